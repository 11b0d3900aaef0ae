import type { TransportClass } from 'irc-framework';
import type { LogLine } from '../../../shared/domain/line';
import { fail, ok, type IpcError, type Result } from '../../../shared/ipc/result';
import type { ConnectionStatus, ConnectRequest } from '../../../shared/ipc/schemas';
import { ircLower } from '../../../shared/irc/casemap';
import type { Clock } from '../clock';
import { IrcConnection } from './connection';
import { idleStatus } from './idle-status';
import { ChannelDedupe, type LineOrigin } from './dedupe';
import { OutageBook } from './outage-book';
import { DEFAULT_RECONNECT_POLICY, isTransient, type ReconnectPolicy } from './reconnect-policy';
import { Reconnector } from './reconnector';
import type { LivenessTiming } from './liveness';
import type { SendRate } from './send-queue';

/** Overrides a link passes to each of its connections; production leaves them unset. */
export interface ConnectionTuning {
  connectTimeoutMs?: number;
  sendRate?: SendRate;
  liveness?: LivenessTiming;
  transport?: TransportClass;
}

/** Where a {@link NetworkLink} reports, and the overrides it passes to each connection. */
export interface NetworkLinkOptions extends ConnectionTuning {
  network: string;
  clock: Clock;
  /** Every status change of the network. */
  onStatus: (status: ConnectionStatus) => void;
  /** Every new transcript line of one of the network's channels (as joined), deduplicated. */
  onLine: (channel: string, line: LogLine, self: boolean) => void;
  /** A connect request has joined its channel (once per request). */
  onJoined?: (request: ConnectRequest) => void;
  onBug?: (message: string) => void;
  policy?: ReconnectPolicy;
}

interface Pending {
  session: IrcConnection;
  resolve: (result: Result<ConnectionStatus>) => void;
}

const TERMINAL = ['failed', 'disconnected'];
/** A connect's failure result from the status that ended it. */
const settled = (status: ConnectionStatus): Result<ConnectionStatus> => {
  const error = status.error ?? { code: 'cancelled', message: 'Connecting was cancelled.' };
  return fail(error.code, error.message);
};

/**
 * One network, kept connected. `connect` replaces any current connection (the old one quits
 * first, so the nick is free again) and resolves once the new one has joined its channel or
 * failed. Once joined, a lost connection is retried by Gavel's own policy ({@link Reconnector}):
 * status `reconnecting` with the attempt and the next try, every channel rejoined, and a `gap`
 * line recorded exactly once per channel per outage. Without a live meeting it gives up after a
 * bounded number of attempts (`disconnected`, with a message); while a meeting is live
 * ({@link setKeepAlive}) it never does. Lines a server replays on rejoin are recorded once.
 */
export class NetworkLink {
  private request: ConnectRequest | null = null;
  private session: IrcConnection | null = null;
  private leaving: IrcConnection | null = null;
  private extra: string[] = [];
  private everJoined = false;
  private gaveUp = false;
  private pending: Pending | null = null;
  private closed = false;
  private current: ConnectionStatus;
  private readonly outages = new OutageBook();
  private readonly dedupe = new ChannelDedupe();
  private readonly keep = new Set<string>();
  private readonly retry: Reconnector;

  constructor(private readonly options: NetworkLinkOptions) {
    this.retry = new Reconnector(options.clock, options.policy ?? DEFAULT_RECONNECT_POLICY, () =>
      this.reconnectNow(),
    );
    this.current = idleStatus(options.network, options.clock.now());
  }

  status(): ConnectionStatus {
    return this.current;
  }

  /** Connects to `request`'s server and channels; an error result says why it did not. */
  async connect(request: ConnectRequest): Promise<Result<ConnectionStatus>> {
    if (this.closed) return fail('closed', 'Gavel is shutting down.');
    this.settle(fail('replaced', 'A newer connection request replaced this one.'));
    if (
      this.request &&
      (this.request.server !== request.server || this.request.port !== request.port)
    )
      this.outages.clear();
    this.retry.reset();
    this.request = request;
    this.extra = [];
    this.everJoined = false;
    this.gaveUp = false;
    const previous = this.session;
    const session = this.startSession(request, false);
    const outcome = new Promise<Result<ConnectionStatus>>((resolve) => {
      this.pending = { session, resolve };
    });
    if (previous) {
      this.leaving = previous;
      await previous.close();
    }
    if (this.session === session) session.start();
    return outcome;
  }

  /** Leaves the network and stops reconnecting; resolves with the resulting status. */
  async disconnect(): Promise<ConnectionStatus> {
    this.retry.reset();
    this.outages.clear();
    this.gaveUp = false;
    const session = this.session;
    if (session) {
      this.leaving = session;
      await session.close();
    }
    if (this.current.state === 'reconnecting')
      this.publish({ ...this.current, state: 'disconnected', error: null, reconnect: null });
    return this.current;
  }

  /** Sends the chair's text to `channel` (the connection's own by default). */
  say(text: string, channel?: string): Result<{ lines: number }> {
    const target = channel ?? this.request?.channel;
    if (!this.session || !target || !this.session.isIn(target))
      return fail('not-connected', `Gavel is not in ${target ?? 'a channel'}; connect first.`);
    return this.session.say(text, target);
  }

  /** Joins one more channel on this network, rejoined after every reconnect. */
  async join(channel: string): Promise<Result<ConnectionStatus>> {
    const session = this.session;
    if (!session || this.current.state !== 'joined')
      return fail('not-connected', 'Gavel is not connected to this network; connect first.');
    if (session.isIn(channel)) return ok(this.current);
    const failure = await session.join(channel);
    if (failure) return fail(failure.code, failure.message);
    if (!this.extra.some((c) => ircLower(c) === ircLower(channel))) this.extra.push(channel);
    return ok(this.current);
  }

  /** Leaves a channel joined with {@link join}. */
  part(channel: string): Result<ConnectionStatus> {
    if (this.request && ircLower(channel) === ircLower(this.request.channel))
      return fail(
        'own-channel',
        `${channel} is this connection's own channel; disconnect to leave it.`,
      );
    this.extra = this.extra.filter((c) => ircLower(c) !== ircLower(channel));
    this.session?.part(channel);
    return ok(this.current);
  }

  /** Who is in `channel` now, or null while Gavel is not in it. */
  membersIn(channel: string): string[] | null {
    return this.session?.membersOf(channel) ?? null;
  }

  /** Gavel's nick in `channel` while it is in it, else null. */
  nickIn(channel: string): string | null {
    return this.session?.isIn(channel) ? this.current.nick : null;
  }

  /**
   * Marks `channel` as having a live meeting (or not). While any channel of the network has one,
   * a lost connection is retried without limit; turning it on after Gavel gave up starts again.
   */
  setKeepAlive(channel: string, on: boolean): void {
    if (on) this.keep.add(ircLower(channel));
    else this.keep.delete(ircLower(channel));
    if (on && this.gaveUp && this.request && !this.closed) {
      this.gaveUp = false;
      const error = this.current.error ?? { code: 'closed', message: 'The connection was lost.' };
      this.lost(error, this.outages.earliest ?? undefined);
    } else if (this.retry.active) {
      this.publish({ ...this.current, reconnect: this.retry.info(this.keepAlive) });
    }
  }

  /** Closes the connection for good; later connects are refused. */
  async close(): Promise<void> {
    this.closed = true;
    this.retry.reset();
    this.settle(fail('closed', 'Gavel is shutting down.'));
    if (this.session) this.leaving = this.session;
    await this.session?.close();
  }

  private get keepAlive(): boolean {
    return this.keep.size > 0;
  }

  private startSession(request: ConnectRequest, rejoin: boolean): IrcConnection {
    const session: IrcConnection = new IrcConnection({
      request,
      channels: rejoin ? this.extra : [],
      clock: this.options.clock,
      connectTimeoutMs: this.options.connectTimeoutMs,
      sendRate: this.options.sendRate,
      liveness: this.options.liveness,
      transport: this.options.transport,
      onBug: this.options.onBug,
      onStatus: (status) => this.onSessionStatus(session, status),
      onLine: (channel, line, self, origin) =>
        this.onSessionLine(session, channel, line, self, origin),
      onJoin: (channel) => {
        if (session !== this.session) return;
        const gap = this.outages.rejoined(channel, this.options.clock.now());
        if (gap) this.options.onLine(channel, gap, false);
      },
    });
    this.session = session;
    return session;
  }

  private reconnectNow(): void {
    if (!this.request || this.closed) return;
    const session = this.startSession(this.request, true);
    session.start();
  }

  private onSessionStatus(session: IrcConnection, status: ConnectionStatus): void {
    // A session replaced by a newer one has nothing more to say.
    if (session !== this.session) return;
    if (session === this.leaving) this.onLeaving(session, status);
    else if (status.state === 'joined') this.onJoined(session, status);
    else if (!TERMINAL.includes(status.state)) this.onUnderWay(status);
    else this.onEnded(session, status);
  }

  /** The session the chair asked to leave: its states are shown as they are, never retried. */
  private onLeaving(session: IrcConnection, status: ConnectionStatus): void {
    this.publish({ ...status, reconnect: null });
    if (this.pending?.session === session && TERMINAL.includes(status.state))
      this.settle(settled(status));
  }

  /** In its channel: any retrying is over, and a waiting `connect` is answered. */
  private onJoined(session: IrcConnection, status: ConnectionStatus): void {
    this.retry.reset();
    this.gaveUp = false;
    const first = !this.everJoined;
    this.everJoined = true;
    this.publish({ ...status, reconnect: null });
    if (this.pending?.session !== session) return;
    this.settle(ok(this.current));
    if (first && this.request) this.options.onJoined?.(this.request);
  }

  /** Connecting or signing in: shown as `reconnecting` while a retry is under way. */
  private onUnderWay(status: ConnectionStatus): void {
    const reconnect = this.retry.info(this.keepAlive);
    this.publish(
      reconnect ? { ...status, state: 'reconnecting', reconnect } : { ...status, reconnect: null },
    );
  }

  /** Failed or closed: given up when nothing asks for a retry or the error is lasting, else retried. */
  private onEnded(session: IrcConnection, status: ConnectionStatus): void {
    const error = status.error ?? { code: 'closed', message: 'The connection was closed.' };
    if (this.pending?.session === session) this.settle(settled(status));
    const retrying = this.retry.active || this.everJoined || this.keepAlive;
    if (!retrying || !isTransient(error.code)) {
      this.retry.reset();
      this.publish({ ...status, reconnect: null });
      return;
    }
    // Only an outage of a connection that was in its channels is a gap in their transcripts. It
    // began when the server was last heard from: a link can go silent well before that is noticed.
    const lostAt = this.retry.active ? undefined : session.lastHeard;
    if (this.everJoined && lostAt !== undefined) {
      const inside =
        this.current.state === 'joined' ? (this.current.channels ?? []) : session.channels;
      this.outages.lost(inside, lostAt);
    }
    this.lost(error, lostAt);
  }

  private lost(error: IpcError, lostAt?: number): void {
    const plan = this.retry.schedule(error, this.keepAlive, lostAt);
    const base = this.session?.status ?? this.current;
    if (plan.kind === 'wait') {
      this.publish({ ...base, state: 'reconnecting', error, reconnect: plan.info, channels: [] });
      return;
    }
    this.gaveUp = true;
    const server = this.request?.server ?? 'the server';
    const message = `Lost the connection to ${server} and could not get back after ${plan.attempts} attempts (${error.message}) Use Retry to try again.`;
    this.publish({
      ...base,
      state: 'disconnected',
      error: { code: 'gave-up', message },
      reconnect: null,
      channels: [],
    });
  }

  private onSessionLine(
    session: IrcConnection,
    channel: string,
    line: LogLine,
    self: boolean,
    origin: LineOrigin,
  ): void {
    if (session !== this.session || this.dedupe.isDuplicate(channel, line, origin)) return;
    this.options.onLine(channel, line, self);
  }

  private publish(status: ConnectionStatus): void {
    this.current = { ...status, network: this.options.network, since: this.options.clock.now() };
    this.options.onStatus(this.current);
  }

  private settle(result: Result<ConnectionStatus>): void {
    const pending = this.pending;
    this.pending = null;
    pending?.resolve(result);
  }
}
