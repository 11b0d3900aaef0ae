import type { Client } from 'irc-framework';
import type { IpcError } from '../../../../shared/ipc/result';
import {
  joinFailure,
  nickFailure,
  NUMERIC_OF_ERROR,
  registrationFailure,
} from '../numeric-failures';

/** The steps of a connection's life, as its state machine hears about them. */
export interface LifecycleSink {
  /** True when `target` names the connection's channel (by the network's casemapping). */
  isChannel(target: string): boolean;
  /** True when `nick` is the connection's own nick. */
  isSelf(nick: string): boolean;
  /** TCP is connected (with TLS, the handshake starts now). */
  tcpConnected(): void;
  /** The connection is ready for IRC. */
  socketOpened(): void;
  /** The server accepted the sign-in; `nick` is the nick it gave us. */
  registered(nick: string): void;
  joined(): void;
  /** Someone removed us from the channel. */
  kicked(by: string, reason: string): void;
  /** The server refused the nick, the sign-in or the join. */
  refused(failure: IpcError): void;
  /** The server sent an ERROR line, which comes before it closes the connection. */
  serverError(reason: string): void;
  /** The socket closed, with the socket error when there was one. */
  socketClosed(error: { code?: string; message?: string } | null): void;
}

/**
 * Maps irc-framework's connection, registration and error events to {@link LifecycleSink}.
 * Numerics irc-framework names itself arrive as `irc error`; the rest (403, 437, 476, 477, 479)
 * as `unknown command`, so both routes end in the same tables.
 */
export function bindLifecycleEvents(client: Client, sink: LifecycleSink): void {
  const numeric = (code: string, target: string, reason: string) => {
    const failure = sink.isChannel(target)
      ? joinFailure(code, target, reason)
      : (nickFailure(code, target, reason) ?? registrationFailure(code, reason));
    if (failure) sink.refused(failure);
  };

  client.on('raw socket connected', () => sink.tcpConnected());
  client.on('socket connected', () => sink.socketOpened());
  client.on('registered', (e) => sink.registered(e.nick));
  client.on('join', (e) => {
    if (sink.isSelf(e.nick) && sink.isChannel(e.channel)) sink.joined();
  });
  client.on('kick', (e) => {
    if (sink.isSelf(e.kicked) && sink.isChannel(e.channel)) sink.kicked(e.nick, e.message);
  });
  client.on('nick in use', (e) => numeric('433', e.nick, e.reason));
  client.on('nick invalid', (e) => numeric('432', e.nick, e.reason));
  client.on('irc error', (e) => {
    if (e.error === 'irc') sink.serverError(e.reason ?? '');
    const code = NUMERIC_OF_ERROR[e.error];
    if (code) numeric(code, e.channel ?? e.nick ?? '', e.reason ?? '');
  });
  client.on('unknown command', (command) => {
    if (!/^\d{3}$/.test(command.command)) return;
    const [, target = '', ...rest] = command.params;
    numeric(command.command, target, rest.at(-1) ?? '');
  });
  client.on('socket close', (error) => sink.socketClosed(error || null));
}
