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
    /** Server password, sent as PASS before NICK. */
    password?: string;
    /** An empty object turns SASL off; without it the nick and server password are tried. */
    account?: { account?: string; password?: string };
    /** CTCP VERSION reply; `false` sends none. */
    version?: string | false;
    auto_reconnect?: boolean;
    /** Seconds between client PINGs once registered. */
    ping_interval?: number;
    /** Seconds without any server data before the connection is dropped. */
    ping_timeout?: number;
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

  /** The IRCv3 batch a line arrived in (history replay, bouncer playback). */
  export interface BatchInfo {
    id: string;
    type: string;
    params: string[];
  }

  export interface MessageEvent extends Stamped {
    nick: string;
    target: string;
    message: string;
    from_server: boolean;
    /** IRCv3 message tags (`msgid`, `time`, …). */
    tags: Record<string, string>;
    batch?: BatchInfo;
  }

  export interface ClientEvents {
    /** TCP is connected; with TLS the handshake comes next. */
    'raw socket connected': [socket: unknown];
    /** The connection is ready for IRC (after the TLS handshake, with TLS). */
    'socket connected': [];
    /** The socket closed; the argument is the last socket error, or false after a clean close. */
    'socket close': [error: (Error & { code?: string }) | false | undefined];
    /** Every line read (`from_server`) or written, as it crosses the socket. */
    raw: [event: { line: string; from_server: boolean }];
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
    /** The names list of a channel, complete (after 366). */
    userlist: [event: { channel: string; users: { nick: string }[] }];
    /** SASL did not log in: `fail` (904), `too_long` (905), `nick_locked` (902), `unsupported_mechanism`, `capability_missing`. */
    'sasl failed': [event: { reason: string; message?: string }];
    /** 900: the server logged us in to `account`. */
    loggedin: [event: { account: string }];
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
    readonly network: {
      cap: { isEnabled(name: string): boolean; available: Map<string, string> };
    };
    readonly connection: {
      /** Closes the socket; `hadError` true destroys it at once instead of ending it. */
      end(data?: string, hadError?: boolean): void;
    };
    connect(options: ClientOptions): void;
    join(channel: string): void;
    part(channel: string, message?: string): void;
    mode(channel: string, modes: string, args?: string): void;
    /** Sends one command from its parameters. It does not check for CR or LF: never pass user text. */
    raw(...params: string[]): void;
    say(target: string, message: string): void;
    /** Sends CTCP ACTION text (split at `message_max_length`; no CR/LF check of its own). */
    action(target: string, message: string): string[];
    changeNick(nick: string): void;
    quit(message?: string): void;
    /** Installs a middleware; `raw` sees each parsed line before irc-framework handles it. */
    use(
      middleware: (
        client: Client,
        raw: {
          use(
            fn: (
              command: string,
              message: unknown,
              line: string,
              client: Client,
              next: () => void,
            ) => void,
          ): void;
        },
      ) => void,
    ): this;
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

declare module 'irc-framework/src/transports/net.js' {
  import type { TLSSocket } from 'node:tls';
  import type { Socket } from 'node:net';
  import { EventEmitter } from 'node:events';
  import type { ClientOptions, Transport } from 'irc-framework';

  /** irc-framework's TCP/TLS transport; subclasses hook into its socket callbacks. */
  export default class NetTransport extends EventEmitter implements Transport {
    constructor(options: ClientOptions);
    options: ClientOptions;
    socket: Socket | TLSSocket | null;
    /** The error `close` reports; set before destroying the socket to explain why. */
    last_socket_error: Error | null;
    connect(): void;
    writeLine(line: string, callback?: () => void): void;
    setEncoding(encoding: string): boolean;
    close(force?: boolean): void;
    disposeSocket(): void;
    /** Called once the socket is ready for IRC (after the TLS handshake); emits `open`. */
    onSocketFullyConnected(): void;
  }
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
