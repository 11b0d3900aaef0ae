import { Client, type ClientOptions, type TransportClass } from 'irc-framework';
import type { LineKind, LogLine } from '../../../shared/domain/line';
import type {
  ConnectionState,
  ConnectionStatus,
  ConnectRequest,
} from '../../../shared/ipc/schemas';
import type { IpcError } from '../../../shared/ipc/result';
import { channelProblem, hostProblem, nickProblem } from '../../../shared/irc/validate';
import { systemClock, type Clock, type TimerHandle } from '../clock';
import { bindLifecycleEvents, type LifecycleSink } from './events/lifecycle';
import { bindMembershipEvents } from './events/membership';
import { bindMessageEvents } from './events/messages';
import { MAX_MESSAGE_BYTES, outgoingMessages } from './outgoing';
import { SendQueue, type SendRate } from './send-queue';
import { closedFailure, socketFailure, timeoutFailure, type Phase } from './socket-failures';

/** How long connecting, signing in and joining may take together before Gavel gives up. */
export const DEFAULT_CONNECT_TIMEOUT_MS = 15_000;
// After QUIT, how long the server gets to close the socket before Gavel drops it.
const CLOSE_GRACE_MS = 1000;

/** What an {@link IrcConnection} needs: where to go, where to report, and test overrides. */
export interface IrcConnectionOptions {
  request: ConnectRequest;
  /** Receives every status change, in order. */
  onStatus: (status: ConnectionStatus) => void;
  /** Receives every transcript line of the channel; `self` marks the connection's own lines. */
  onLine: (line: LogLine, self: boolean) => void;
  clock?: Clock;
  connectTimeoutMs?: number;
  sendRate?: SendRate;
  /** Replaces irc-framework's TCP/TLS transport (unit tests feed raw lines through one). */
  transport?: TransportClass;
}

const TERMINAL: readonly ConnectionState[] = ['failed', 'disconnected'];
// Live lines are stamped in UTC, MeetBot's default zone, so they read like its logs; `at` keeps
// the instant for local display.
const utcTime = (at: number) => new Date(at).toISOString().slice(11, 19);

/**
 * One network connection for one channel, owning an irc-framework `Client`. It reports its
 * state (`connecting` → `registered` → `joined`, or `failed`/`disconnected` with a readable
 * error, each within bounded time) and the channel's lines, and sends the chair's text through
 * a rate-limited queue. The chair's own lines are recorded once: from the server's echo when it
 * supports IRCv3 echo-message, else when they are handed to the socket.
 */
export class IrcConnection {
  private readonly client = new Client();
  private readonly clock: Clock;
  private readonly queue: SendQueue<string>;
  private current: ConnectionStatus;
  private phase: Phase = 'connect';
  private timer: TimerHandle | null = null;
  private serverError: string | null = null;
  private started = false;
  // True from the moment irc-framework was asked to connect until its socket has closed.
  private socketInUse = false;
  private closeWaiters: (() => void)[] = [];

  constructor(private readonly options: IrcConnectionOptions) {
    this.clock = options.clock ?? systemClock;
    this.queue = new SendQueue((text) => this.sendNow(text), this.clock, options.sendRate);
    const { server, port, tls, nick, channel } = options.request;
    this.current = {
      state: 'idle',
      server,
      port,
      tls,
      nick,
      channel,
      error: null,
      since: this.clock.now(),
    };
    bindLifecycleEvents(this.client, this.lifecycle());
    const lines = { isChannel: (t: string) => this.isChannel(t), line: this.record.bind(this) };
    bindMessageEvents(this.client, lines);
    bindMembershipEvents(this.client, lines);
  }

  /** The latest status. */
  get status(): ConnectionStatus {
    return this.current;
  }

  /** Starts connecting; progress and the outcome arrive through `onStatus`. Once only, never after close. */
  start(): void {
    if (this.started || TERMINAL.includes(this.current.state)) return;
    this.started = true;
    const { request } = this.options;
    const problem =
      hostProblem(request.server) ?? nickProblem(request.nick) ?? channelProblem(request.channel);
    if (problem) return this.fail({ code: 'bad-request', message: problem });
    this.setState('connecting');
    const timeoutMs = this.options.connectTimeoutMs ?? DEFAULT_CONNECT_TIMEOUT_MS;
    this.timer = this.clock.setTimeout(() => {
      this.timer = null;
      this.fail(timeoutFailure(request, this.phase, timeoutMs, request.channel));
    }, timeoutMs);
    this.socketInUse = true;
    this.client.connect(this.clientOptions());
  }

  /**
   * Queues `text` for the channel and returns how many messages it became (0 when it was
   * blank). Only valid once joined; the caller checks {@link status}.
   */
  say(text: string): number {
    const messages = outgoingMessages(text);
    this.queue.push(...messages);
    return messages.length;
  }

  /**
   * Leaves the network (QUIT) and resolves once the socket is closed, within about a second
   * even when the server does not answer. Reports `disconnected` unless already failed.
   */
  async close(reason = 'Gavel'): Promise<void> {
    if (!TERMINAL.includes(this.current.state)) this.setState('disconnected');
    this.stopPending();
    await this.shutdown(reason);
  }

  private clientOptions(): ClientOptions {
    const { server, port, tls, nick } = this.options.request;
    return {
      host: server,
      port,
      tls,
      rejectUnauthorized: true,
      nick,
      username: nick,
      gecos: 'Gavel',
      account: {},
      version: false,
      auto_reconnect: false,
      enable_echomessage: true,
      message_max_length: MAX_MESSAGE_BYTES,
      ...(this.options.transport ? { transport: this.options.transport } : {}),
    };
  }

  private lifecycle(): LifecycleSink {
    return {
      isChannel: (target) => this.isChannel(target),
      isSelf: (nick) => this.client.caseCompare(nick, this.client.user.nick),
      tcpConnected: () => {
        if (this.options.request.tls) this.phase = 'handshake';
      },
      socketOpened: () => {
        this.phase = 'register';
      },
      registered: (nick) => {
        if (this.current.state !== 'connecting') return;
        this.phase = 'join';
        this.setState('registered', { nick });
        this.client.join(this.options.request.channel);
      },
      joined: () => {
        if (this.current.state !== 'registered') return;
        this.stopPending();
        this.setState('joined');
      },
      kicked: (by, reason) => {
        this.queue.clear();
        this.setState('registered', {
          error: {
            code: 'kicked',
            message: `${by} removed you from ${this.options.request.channel}${reason ? `: ${reason}` : '.'}`,
          },
        });
      },
      refused: (failure) => {
        if (this.current.state === 'connecting' || this.current.state === 'registered')
          this.fail(failure);
      },
      serverError: (reason) => {
        this.serverError = reason;
      },
      socketClosed: (error) => this.onSocketClosed(error),
    };
  }

  private onSocketClosed(error: { code?: string; message?: string } | null): void {
    this.socketInUse = false;
    for (const resolve of this.closeWaiters.splice(0)) resolve();
    if (TERMINAL.includes(this.current.state)) return;
    const { request } = this.options;
    const failure =
      error && this.serverError === null
        ? socketFailure(error, request, this.phase)
        : closedFailure(request, this.serverError, this.phase);
    if (this.current.state === 'joined' || this.current.state === 'registered') {
      this.stopPending();
      this.setState('disconnected', { error: failure });
    } else {
      this.fail(failure);
    }
  }

  private fail(error: IpcError): void {
    if (TERMINAL.includes(this.current.state)) return;
    this.stopPending();
    this.setState('failed', { error });
    void this.shutdown('Gavel');
  }

  private async shutdown(reason: string): Promise<void> {
    if (!this.socketInUse) return;
    this.client.quit(reason);
    if (await this.socketClosedWithin(CLOSE_GRACE_MS)) return;
    this.client.connection.end(undefined, true);
    await this.socketClosedWithin(CLOSE_GRACE_MS);
  }

  /** Stops the connect timer and drops lines not yet sent. */
  private stopPending(): void {
    if (this.timer !== null) this.clock.clearTimeout(this.timer);
    this.timer = null;
    this.queue.clear();
  }

  private setState(state: ConnectionState, change: Partial<ConnectionStatus> = {}): void {
    this.current = { ...this.current, error: null, ...change, state, since: this.clock.now() };
    this.options.onStatus(this.current);
  }

  private isChannel(target: string): boolean {
    return this.client.caseCompare(target, this.options.request.channel);
  }

  private record(kind: LineKind, nick: string, text: string, time: number | undefined): void {
    const at = time !== undefined && Number.isFinite(time) ? time : this.clock.now();
    const self = this.client.caseCompare(nick, this.client.user.nick);
    this.options.onLine({ at, time: utcTime(at), kind, nick, text }, self);
  }

  private sendNow(text: string): void {
    if (this.current.state !== 'joined') return;
    this.client.say(this.options.request.channel, text);
    if (!this.client.network.cap.isEnabled('echo-message')) {
      this.record('message', this.client.user.nick, text, undefined);
    }
  }

  private socketClosedWithin(ms: number): Promise<boolean> {
    if (!this.socketInUse) return Promise.resolve(true);
    return new Promise((resolve) => {
      const timer = this.clock.setTimeout(() => resolve(false), ms);
      this.closeWaiters.push(() => {
        this.clock.clearTimeout(timer);
        resolve(true);
      });
    });
  }
}
