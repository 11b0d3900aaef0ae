import { Client, type TransportClass } from 'irc-framework';
import {
  DEFAULT_NETWORK,
  type ConnectionState,
  type ConnectionStatus,
  type ConnectRequest,
} from '../../../shared/ipc/schemas';
import type { IpcError, Result } from '../../../shared/ipc/result';
import { channelProblem, hostProblem, nickProblem } from '../../../shared/irc/validate';
import { systemClock, type Clock, type TimerHandle } from '../clock';
import { ChairSender } from './chair-sender';
import { ChannelJoins } from './channel-joins';
import { clientOptions } from './client-options';
import { bindLifecycleEvents, type LifecycleSink } from './events/lifecycle';
import { bindMembershipEvents } from './events/membership';
import { bindMessageEvents } from './events/messages';
import { guardIncoming } from './guard-incoming';
import { LineRouter, type RoutedLine } from './line-router';
import { DEFAULT_LIVENESS, LivenessWatch, type LivenessTiming } from './liveness';
import type { SendRate } from './send-queue';
import { SignIn } from './sign-in';
import { closedFailure, socketFailure, timeoutFailure, type Phase } from './socket-failures';
import { isCertificateError } from './tls-trust';

/** How long connecting, signing in and joining may take together before Gavel gives up. */
export const DEFAULT_CONNECT_TIMEOUT_MS = 15_000;
// After QUIT, how long the server gets to close the socket before Gavel drops it.
const CLOSE_GRACE_MS = 1000;

/** What an {@link IrcConnection} needs: where to go, where to report, and test overrides. */
export interface IrcConnectionOptions {
  request: ConnectRequest;
  /** Channels to join besides the request's own ones (those joined later, after a reconnect). */
  channels?: readonly string[];
  /** Receives every status change, in order. */
  onStatus: (status: ConnectionStatus) => void;
  /**
   * Receives every transcript line of the connection's channels; `self` marks its own lines,
   * `origin` carries what deduplication needs.
   */
  onLine: RoutedLine;
  /** We are in `channel` now (each time, also after a rejoin). */
  onJoin?: (channel: string) => void;
  /** Reports a bug (a line that must not reach the wire). */
  onBug?: (message: string) => void;
  clock?: Clock;
  connectTimeoutMs?: number;
  sendRate?: SendRate;
  /** When a quiet link is pinged and how long it has to answer ({@link DEFAULT_LIVENESS}). */
  liveness?: LivenessTiming;
  /** Replaces irc-framework's TCP/TLS transport (unit tests feed raw lines through one). */
  transport?: TransportClass;
}

const TERMINAL: readonly ConnectionState[] = ['failed', 'disconnected'];

/**
 * One connection to a network (one socket's life), owning an irc-framework `Client`. It signs
 * in (server password, SASL PLAIN, falling back to other nicks when the nick is taken, NickServ
 * IDENTIFY), joins its channels, and reports its state (`connecting` → `registered` → `joined`
 * once its own channel is joined, or `failed`/`disconnected` with a readable error, each within
 * bounded time) and the channels' lines. The chair's text goes out through a rate-limited queue.
 * It never reconnects by itself: {@link NetworkLink} decides that.
 */
export class IrcConnection {
  private readonly client = new Client();
  private readonly clock: Clock;
  private readonly sender: ChairSender;
  private readonly router: LineRouter;
  private readonly joins: ChannelJoins;
  private readonly signIn: SignIn;
  private readonly liveness: LivenessWatch;
  // Why the connection is being dropped by Gavel itself (the link went silent), if it is.
  private dropped: IpcError | null = null;
  private current: ConnectionStatus;
  private phase: Phase = 'connect';
  private timer: TimerHandle | null = null;
  private serverError: string | null = null;
  private certificate: ConnectionStatus['certificate'] = null;
  private started = false;
  // True from the moment irc-framework was asked to connect until its socket has closed.
  private socketInUse = false;
  private closeWaiters: (() => void)[] = [];

  constructor(private readonly options: IrcConnectionOptions) {
    this.clock = options.clock ?? systemClock;
    const { request } = options;
    this.joins = new ChannelJoins(request.channel, [
      ...(request.channels ?? []),
      ...(options.channels ?? []),
    ]);
    this.signIn = new SignIn(request);
    this.sender = new ChairSender(
      this.client,
      {
        inChannel: (channel) => this.isIn(channel),
        echo: (channel, line) =>
          this.router.line(line.kind, this.client.user.nick, line.text, undefined, channel),
      },
      this.clock,
      options.sendRate,
    );
    this.router = new LineRouter(this.client, this.clock, () => this.joins.all, options.onLine);
    const { server, port, tls, nick, channel } = request;
    this.current = {
      state: 'idle',
      server,
      port,
      tls,
      nick,
      channel,
      error: null,
      since: this.clock.now(),
      network: request.network ?? DEFAULT_NETWORK,
      channels: [],
    };
    guardIncoming(this.client, (line, err) =>
      options.onBug?.(
        `A line from the server could not be handled (${String(err)}): ${JSON.stringify(line.slice(0, 200))}`,
      ),
    );
    this.liveness = new LivenessWatch(
      this.clock,
      options.liveness ?? DEFAULT_LIVENESS,
      () => this.client.raw('PING', 'gavel'),
      () => this.onSilent(),
    );
    this.client.on('raw', (event) => {
      if (event.from_server) this.liveness.heard();
    });
    bindLifecycleEvents(this.client, this.lifecycle());
    bindMessageEvents(this.client, this.router);
    bindMembershipEvents(this.client, this.router);
  }

  /** The latest status. */
  get status(): ConnectionStatus {
    return this.current;
  }

  /**
   * When the server was last heard from (any line): where an outage of this connection really
   * began, since a link can go silent well before anything notices.
   */
  get lastHeard(): number {
    return this.liveness.lastHeard;
  }

  /** Every channel this connection joins (its own first), including those joined later. */
  get channels(): readonly string[] {
    return this.joins.all;
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
    const onBug = (line: string) =>
      this.options.onBug?.(
        `A line with CR, LF or NUL was stopped before the wire: ${JSON.stringify(line)}`,
      );
    this.client.connect(clientOptions(request, request.nick, this.options.transport, onBug));
  }

  /**
   * Queues `text` for `channel` (the connection's own by default) and says how many messages it
   * became, or why none were queued (blank, or the send queue is full). Lines starting with
   * `/me ` become CTCP ACTIONs. Only valid while in that channel; the caller checks.
   */
  say(text: string, channel = this.options.request.channel): Result<{ lines: number }> {
    return this.sender.say(this.joins.all.find((c) => this.sameName(c, channel)) ?? channel, text);
  }

  /** Who is in `channel` now (Gavel included), or null while Gavel is not in it. */
  membersOf(channel: string): string[] | null {
    return this.isIn(channel) ? this.router.members.of(channel) : null;
  }

  /** True while the connection is joined and in `channel`. */
  isIn(channel: string): boolean {
    return this.current.state === 'joined' && this.joins.isIn(channel);
  }

  /**
   * Joins one more channel; resolves with null once in it, or with why not (refused, the
   * connection went, or no answer within the connect timeout).
   */
  join(channel: string): Promise<IpcError | null> {
    const joined = this.joins.add(channel);
    this.client.join(channel);
    const ms = this.options.connectTimeoutMs ?? DEFAULT_CONNECT_TIMEOUT_MS;
    return new Promise((resolve) => {
      const timer = this.clock.setTimeout(
        () => resolve(timeoutFailure(this.options.request, 'join', ms, channel)),
        ms,
      );
      void joined.then((failure) => {
        this.clock.clearTimeout(timer);
        resolve(failure);
      });
    });
  }

  /** Leaves `channel` (never the connection's own). */
  part(channel: string): void {
    if (this.sameName(channel, this.options.request.channel)) return;
    this.joins.remove(channel);
    this.router.members.forget(channel);
    this.client.part(channel, 'Gavel');
    this.setState(this.current.state, { error: this.current.error });
  }

  /**
   * Leaves the network (QUIT) and resolves once the socket is closed, within about a second
   * even when the server does not answer. Reports `disconnected` unless already failed.
   */
  async close(reason = 'Gavel'): Promise<void> {
    if (!TERMINAL.includes(this.current.state)) this.setState('disconnected');
    this.liveness.stop();
    this.stopPending();
    await this.shutdown(reason);
  }

  private lifecycle(): LifecycleSink {
    return {
      isChannel: (target) => this.router.isChannel(target),
      isSelf: (nick) => this.client.caseCompare(nick, this.client.user.nick),
      tcpConnected: () => {
        if (this.options.request.tls) this.phase = 'handshake';
      },
      socketOpened: () => {
        this.phase = 'register';
      },
      registered: (nick) => this.onRegistered(nick),
      joined: (channel) => {
        this.joins.entered(channel);
        this.options.onJoin?.(channel);
        if (
          this.sameName(channel, this.options.request.channel) &&
          this.current.state === 'registered'
        ) {
          this.stopPending();
          this.setState('joined');
        } else {
          this.setState(this.current.state, { error: this.current.error });
        }
      },
      kicked: (channel, by, reason) => this.onKicked(channel, by, reason),
      refused: (failure, channel) => this.onRefused(failure, channel),
      saslFailed: (reason, message) => {
        if (this.current.state === 'connecting') this.fail(this.signIn.saslFailed(reason, message));
      },
      loggedIn: () => this.signIn.noteLoggedIn(),
      names: (channel, nicks) => this.router.members.names(channel, nicks),
      serverError: (reason) => {
        this.serverError = reason;
      },
      socketClosed: (error) => this.onSocketClosed(error),
    };
  }

  private onRegistered(nick: string): void {
    if (this.current.state !== 'connecting') return;
    const failure = this.signIn.welcomed(this.client);
    if (failure) return this.fail(failure);
    this.phase = 'join';
    this.liveness.start();
    this.setState('registered', { nick });
    this.client.join(this.joins.all.join(','));
  }

  private onKicked(channel: string, by: string, reason: string): void {
    this.joins.left(channel);
    const why = `${by} removed you from ${channel}${reason ? `: ${reason}` : '.'}`;
    if (!this.sameName(channel, this.options.request.channel)) {
      this.setState(this.current.state, { error: { code: 'kicked', message: why } });
      return;
    }
    this.sender.clear();
    this.setState('registered', { error: { code: 'kicked', message: why } });
  }

  private onRefused(failure: IpcError, channel: string | null): void {
    const { state } = this.current;
    if (channel && !this.sameName(channel, this.options.request.channel)) {
      this.joins.refused(channel, failure);
      this.setState(state, { error: this.current.error });
      return;
    }
    if (failure.code === 'nick-in-use' && state === 'connecting') {
      const next = this.signIn.nextNick();
      if (next) return this.client.changeNick(next);
    }
    if (state === 'connecting' || state === 'registered') this.fail(failure);
  }

  // Nothing came back, not even to a PING: the link is dead although the socket is open. Drop
  // the socket; its close reports the loss like any other.
  private onSilent(): void {
    const { server } = this.options.request;
    const { idleMs, answerMs } = this.options.liveness ?? DEFAULT_LIVENESS;
    this.dropped = {
      code: 'silent',
      message: `Nothing came from ${server} for ${(idleMs + answerMs) / 1000} s, not even an answer to a PING; the connection is taken as lost.`,
    };
    this.client.connection.end(undefined, true);
  }

  private onSocketClosed(error: { code?: string; message?: string } | null): void {
    this.socketInUse = false;
    this.liveness.stop();
    for (const resolve of this.closeWaiters.splice(0)) resolve();
    if (isCertificateError(error)) this.certificate = error.certificate;
    const { request } = this.options;
    const failure =
      this.dropped ??
      (error && this.serverError === null
        ? socketFailure(error, request, this.phase)
        : closedFailure(request, this.serverError, this.phase));
    this.joins.lost(failure);
    if (TERMINAL.includes(this.current.state)) return;
    if (this.current.state === 'joined' || this.current.state === 'registered') {
      this.stopPending();
      this.setState('disconnected', { error: failure });
    } else {
      this.fail(failure);
    }
  }

  private fail(error: IpcError): void {
    if (TERMINAL.includes(this.current.state)) return;
    this.liveness.stop();
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
    this.sender.clear();
  }

  private setState(state: ConnectionState, change: Partial<ConnectionStatus> = {}): void {
    this.current = {
      ...this.current,
      error: null,
      ...change,
      state,
      since: this.clock.now(),
      channels: TERMINAL.includes(state) ? [] : this.joins.joined,
      certificate: this.certificate,
    };
    this.options.onStatus(this.current);
  }

  private sameName(a: string, b: string): boolean {
    return this.client.caseCompare(a, b);
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
