import { Client, type MessageEvent } from 'irc-framework';

/** Where and as whom a bot connects. */
export interface BotOptions {
  host: string;
  port: number;
  nick: string;
  tls?: boolean;
  /** Bound on connecting and signing in. */
  timeoutMs?: number;
}

/** A channel or private message the bot received. */
export interface BotMessage {
  kind: 'message' | 'action' | 'notice';
  nick: string;
  target: string;
  text: string;
}

const DEFAULT_WAIT_MS = 5000;

type Arm<T> = (done: (value: T) => void, failed: (err: Error) => void) => () => void;

/**
 * Runs `arm`, which starts listening and returns how to stop; resolves with what it reports, or
 * rejects with "`what` within `ms` ms" when nothing comes in time.
 */
function bounded<T>(ms: number, what: string, arm: Arm<T>): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    let settled = false;
    let disarm = () => {};
    const finish = (act: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      disarm();
      act();
    };
    const timer = setTimeout(() => finish(() => reject(new Error(`${what} within ${ms} ms`))), ms);
    const stop = arm(
      (value) => finish(() => resolve(value)),
      (err) => finish(() => reject(err)),
    );
    if (settled) stop();
    else disarm = stop;
  });
}

/**
 * A meeting participant for integration and e2e tests, built on irc-framework: it connects,
 * joins, talks and records what it hears. Every wait is bounded and rejects with what it was
 * waiting for.
 */
export class Bot {
  /** Everything the bot heard, in order. */
  readonly received: BotMessage[] = [];
  private readonly listeners = new Set<(message: BotMessage) => void>();

  private constructor(
    private readonly client: Client,
    readonly nick: string,
  ) {
    const record = (kind: BotMessage['kind']) => (e: MessageEvent) => {
      const message = { kind, nick: e.nick, target: e.target, text: e.message };
      this.received.push(message);
      for (const listener of this.listeners) listener(message);
    };
    client.on('privmsg', record('message'));
    client.on('action', record('action'));
    client.on('notice', record('notice'));
  }

  /** Connects and signs in; rejects when the server refuses or `timeoutMs` passes. */
  static async connect(options: BotOptions): Promise<Bot> {
    const client = new Client();
    const bot = new Bot(client, options.nick);
    await bounded<void>(
      options.timeoutMs ?? DEFAULT_WAIT_MS,
      `bot ${options.nick} did not sign in`,
      (done, failed) => {
        const registered = () => done();
        const nickInUse = () => failed(new Error(`the nick ${options.nick} is in use`));
        const closed = () => failed(new Error(`bot ${options.nick} lost its connection`));
        client.on('registered', registered);
        client.on('nick in use', nickInUse);
        client.on('socket close', closed);
        client.connect({
          host: options.host,
          port: options.port,
          tls: options.tls ?? false,
          nick: options.nick,
          username: options.nick,
          gecos: 'Gavel test participant',
          account: {},
          auto_reconnect: false,
        });
        return () => {
          client.removeListener('registered', registered);
          client.removeListener('nick in use', nickInUse);
          client.removeListener('socket close', closed);
        };
      },
    ).catch((err: unknown) => {
      client.connection.end(undefined, true);
      throw err;
    });
    return bot;
  }

  /** Joins `channel`; resolves once the server confirms it. */
  join(channel: string, timeoutMs = DEFAULT_WAIT_MS): Promise<void> {
    return bounded<void>(timeoutMs, `bot ${this.nick} did not join ${channel}`, (done) => {
      const onJoin = (e: { nick: string; channel: string }) => {
        const self = this.client.caseCompare(e.nick, this.client.user.nick);
        if (self && this.client.caseCompare(e.channel, channel)) done();
      };
      this.client.on('join', onJoin);
      this.client.join(channel);
      return () => this.client.removeListener('join', onJoin);
    });
  }

  /** Sets channel modes, e.g. `mode('#meet', '+H', '50:1d')` for InspIRCd's history replay. */
  mode(channel: string, modes: string, ...args: string[]): void {
    this.client.mode(channel, modes, args.join(' ') || undefined);
  }

  /** Sends a command built from fixed test parameters (`OPER`, `KILL`); never pass user text. */
  command(...params: string[]): void {
    this.client.raw(...params);
  }

  /** Changes the bot's nick; resolves once the server confirms it. */
  changeNick(nick: string, timeoutMs = DEFAULT_WAIT_MS): Promise<void> {
    return bounded<void>(timeoutMs, `bot ${this.nick} could not become ${nick}`, (done) => {
      const onNick = (e: { nick: string; new_nick: string }) => {
        if (this.client.caseCompare(e.new_nick, nick)) done();
      };
      this.client.on('nick', onNick);
      this.client.changeNick(nick);
      return () => this.client.removeListener('nick', onNick);
    });
  }

  /** Says `text` to a channel or nick. */
  say(target: string, text: string): void {
    this.client.say(target, text);
  }

  /** The first message, heard already or from now on, that `match` accepts. */
  waitForMessage(
    match: (message: BotMessage) => boolean,
    timeoutMs = DEFAULT_WAIT_MS,
  ): Promise<BotMessage> {
    return bounded<BotMessage>(timeoutMs, `bot ${this.nick} heard no matching message`, (done) => {
      const seen = this.received.find(match);
      if (seen) {
        done(seen);
        return () => {};
      }
      const listener = (message: BotMessage) => {
        if (match(message)) done(message);
      };
      this.listeners.add(listener);
      return () => this.listeners.delete(listener);
    });
  }

  /** Leaves the network and resolves once the socket is closed (or after `timeoutMs`). */
  async quit(timeoutMs = DEFAULT_WAIT_MS): Promise<void> {
    if (!this.client.connected) return;
    await bounded<void>(timeoutMs, `bot ${this.nick} did not disconnect`, (done) => {
      const closed = () => done();
      this.client.on('socket close', closed);
      this.client.quit('bye');
      return () => this.client.removeListener('socket close', closed);
    }).catch(() => this.client.connection.end(undefined, true));
  }
}
