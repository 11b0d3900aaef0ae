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
  /** True when `target` names one of the connection's channels (by the network's casemapping). */
  isChannel(target: string): boolean;
  /** True when `nick` is the connection's own nick. */
  isSelf(nick: string): boolean;
  /** TCP is connected (with TLS, the handshake starts now). */
  tcpConnected(): void;
  /** The connection is ready for IRC. */
  socketOpened(): void;
  /** The server accepted the sign-in; `nick` is the nick it gave us. */
  registered(nick: string): void;
  /** We are in `channel` now. */
  joined(channel: string): void;
  /** Someone removed us from `channel`. */
  kicked(channel: string, by: string, reason: string): void;
  /** The server refused the nick or the sign-in (`channel` null), or joining `channel`. */
  refused(failure: IpcError, channel: string | null): void;
  /** SASL did not log in (irc-framework's reason, and the server's text when it sent one). */
  saslFailed(reason: string, message: string | undefined): void;
  /** SASL logged in. */
  loggedIn(): void;
  /** The complete names list of one of our channels. */
  names(channel: string, nicks: string[]): void;
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
    const channel = sink.isChannel(target) ? target : null;
    const failure = channel
      ? joinFailure(code, target, reason)
      : (nickFailure(code, target, reason) ?? registrationFailure(code, reason));
    if (failure) sink.refused(failure, channel);
  };

  client.on('raw socket connected', () => sink.tcpConnected());
  client.on('socket connected', () => sink.socketOpened());
  client.on('registered', (e) => sink.registered(e.nick));
  client.on('join', (e) => {
    if (sink.isSelf(e.nick) && sink.isChannel(e.channel)) sink.joined(e.channel);
  });
  client.on('kick', (e) => {
    if (sink.isSelf(e.kicked) && sink.isChannel(e.channel))
      sink.kicked(e.channel, e.nick, e.message);
  });
  client.on('userlist', (e) => {
    if (sink.isChannel(e.channel))
      sink.names(
        e.channel,
        e.users.map((u) => u.nick),
      );
  });
  client.on('sasl failed', (e) => sink.saslFailed(e.reason, e.message));
  client.on('loggedin', () => sink.loggedIn());
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
