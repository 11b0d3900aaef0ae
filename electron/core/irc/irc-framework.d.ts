/**
 * The part of irc-framework 4.14 that Gavel uses, typed narrowly. Event names and payload fields
 * are the library's own (space-separated, snake_case); they stay inside `electron/core/irc/`.
 * Sources: irc-framework `docs/clientapi.md`, `docs/events.md` and `src/commands/handlers/*`.
 */
declare module 'irc-framework' {
  import type { EventEmitter } from 'node:events';

  /** What a pluggable transport is given and must do (see `src/transports/net.js`). */
  export interface Transport extends EventEmitter {
    connect(): void;
    writeLine(line: string, callback?: () => void): void;
    setEncoding(encoding: string): boolean;
    close(force?: boolean): void;
    disposeSocket(): void;
  }

  export type TransportClass = new (options: ClientOptions) => Transport;

  export interface ClientOptions {
    host: string;
    port: number;
    nick: string;
    username?: string;
    gecos?: string;
    tls?: boolean;
    rejectUnauthorized?: boolean;
    /** An empty object turns SASL off; without it the nick and server password are tried. */
    account?: { account?: string; password?: string };
    /** CTCP VERSION reply; `false` sends none. */
    version?: string | false;
    auto_reconnect?: boolean;
    enable_echomessage?: boolean;
    /** Longest PRIVMSG text, in bytes, before `say()` splits it. */
    message_max_length?: number;
    transport?: TransportClass;
  }

  /** The server time of events that carry a line from the network. */
  interface Stamped {
    /** Server time (IRCv3 `server-time`) in epoch ms, when the server sent one. */
    time?: number;
  }

  export interface MessageEvent extends Stamped {
    nick: string;
    target: string;
    message: string;
    from_server: boolean;
  }

  export interface ClientEvents {
    /** TCP is connected; with TLS the handshake comes next. */
    'raw socket connected': [socket: unknown];
    /** The connection is ready for IRC (after the TLS handshake, with TLS). */
    'socket connected': [];
    /** The socket closed; the argument is the last socket error, or false after a clean close. */
    'socket close': [error: (Error & { code?: string }) | false | undefined];
    registered: [event: { nick: string }];
    privmsg: [event: MessageEvent];
    action: [event: MessageEvent];
    notice: [event: MessageEvent];
    join: [event: Stamped & { nick: string; channel: string }];
    part: [event: Stamped & { nick: string; channel: string; message: string }];
    quit: [event: Stamped & { nick: string; message: string }];
    kick: [event: Stamped & { nick: string; kicked: string; channel: string; message: string }];
    nick: [event: Stamped & { nick: string; new_nick: string }];
    /** A topic change (with `nick`) or the topic announced on join (without). */
    topic: [event: Stamped & { nick?: string; channel: string; topic: string }];
    'nick in use': [event: { nick: string; reason: string }];
    'nick invalid': [event: { nick: string; reason: string }];
    /** ERROR lines (`error: 'irc'`) and the numerics irc-framework names (471, 473, 474…). */
    'irc error': [event: { error: string; reason?: string; channel?: string; nick?: string }];
    /** Any command or numeric irc-framework has no handler for (403, 476, 477, 479…). */
    'unknown command': [command: { command: string; params: string[] }];
  }

  export class Client {
    constructor(options?: Partial<ClientOptions>);
    readonly connected: boolean;
    readonly user: { nick: string };
    readonly network: { cap: { isEnabled(name: string): boolean } };
    readonly connection: {
      /** Closes the socket; `hadError` true destroys it at once instead of ending it. */
      end(data?: string, hadError?: boolean): void;
    };
    connect(options: ClientOptions): void;
    join(channel: string): void;
    say(target: string, message: string): void;
    quit(message?: string): void;
    /** Compares two names with the network's CASEMAPPING. */
    caseCompare(a: string, b: string): boolean;
    on<E extends keyof ClientEvents>(event: E, listener: (...args: ClientEvents[E]) => void): this;
    removeListener<E extends keyof ClientEvents>(
      event: E,
      listener: (...args: ClientEvents[E]) => void,
    ): this;
    removeAllListeners(): this;
  }

  /** A parsed IRC line, or null when the line is empty. */
  export function ircLineParser(line: string): { command: string; params: string[] } | null;
}

declare module 'irc-framework/src/linebreak.js' {
  /**
   * Splits `text` into pieces of at most `bytes` UTF-8 bytes at word, then grapheme, then code
   * point boundaries (the splitter `say()` uses).
   */
  export function lineBreak(
    text: string,
    options: { bytes: number; allowBreakingWords: boolean; allowBreakingGraphemes: boolean },
  ): IterableIterator<string>;
}
