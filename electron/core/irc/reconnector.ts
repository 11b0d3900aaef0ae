import type { IpcError } from '../../../shared/ipc/result';
import type { ReconnectInfo } from '../../../shared/ipc/schemas';
import type { Clock, TimerHandle } from '../clock';
import { givesUp, retryDelay, type ReconnectPolicy } from './reconnect-policy';

/** What the reconnector decided after a loss or a failed attempt. */
export type RetryPlan =
  { kind: 'wait'; info: ReconnectInfo } | { kind: 'give-up'; attempts: number };

/**
 * Paces the attempts to get a lost connection back, on an injectable clock: `schedule` plans
 * the next attempt (or gives up, unless a live meeting keeps it going), `attempt` is called
 * when it is due, `cancel` stops everything. One outage at a time; `reset` ends it.
 */
export class Reconnector {
  private attemptNo = 0;
  private lostAt: number | null = null;
  private nextAt: number | null = null;
  private timer: TimerHandle | null = null;
  /** Why the last attempt failed (or why the connection was lost). */
  lastError: IpcError | null = null;

  constructor(
    private readonly clock: Clock,
    private readonly policy: ReconnectPolicy,
    private readonly attempt: () => void,
  ) {}

  /** True while an outage is being worked on (waiting or trying). */
  get active(): boolean {
    return this.lostAt !== null;
  }

  /** Where the outage stands, for the status; null when there is none. */
  info(keepAlive: boolean): ReconnectInfo | null {
    if (this.lostAt === null) return null;
    return {
      attempt: Math.max(1, this.attemptNo),
      nextAt: this.nextAt,
      since: this.lostAt,
      keepAlive,
    };
  }

  /** Plans the next attempt after `error` (the loss itself, or a failed attempt). */
  schedule(error: IpcError, keepAlive: boolean, lostAt = this.clock.now()): RetryPlan {
    this.lostAt ??= lostAt;
    this.lastError = error;
    const next = this.attemptNo + 1;
    if (givesUp(this.policy, next, keepAlive)) {
      const attempts = this.attemptNo;
      this.reset();
      return { kind: 'give-up', attempts };
    }
    const delay = retryDelay(this.policy, this.clock.now() - this.lostAt);
    this.attemptNo = next;
    this.nextAt = this.clock.now() + delay;
    this.stopTimer();
    this.timer = this.clock.setTimeout(() => {
      this.timer = null;
      this.nextAt = null;
      this.attempt();
    }, delay);
    return { kind: 'wait', info: this.info(keepAlive) as ReconnectInfo };
  }

  /** The outage is over (back in) or abandoned: forget it. */
  reset(): void {
    this.stopTimer();
    this.attemptNo = 0;
    this.lostAt = null;
    this.nextAt = null;
    this.lastError = null;
  }

  private stopTimer(): void {
    if (this.timer !== null) this.clock.clearTimeout(this.timer);
    this.timer = null;
  }
}
