import type { Clock, TimerHandle } from '../../clock';

/** `meeting:state` is sent at most this often while lines arrive (the bridge contract's promise). */
export const STATE_INTERVAL_MS = 100;

/**
 * Runs `task` after changes, at most once per `intervalMs`: the first change after a quiet
 * spell runs it at once, later ones are gathered into one run when the interval is over. A task
 * that takes long (a very long meeting's view) stretches the interval to four times its
 * duration, so it never keeps the process more than a fifth of the time busy.
 */
export class Throttle {
  private timer: TimerHandle | null = null;
  private last = Number.NEGATIVE_INFINITY;
  private spacing: number;

  constructor(
    private readonly task: () => void,
    private readonly clock: Clock,
    private readonly intervalMs = STATE_INTERVAL_MS,
  ) {
    this.spacing = intervalMs;
  }

  /** Something changed: run the task now or at the end of the current interval. */
  poke(): void {
    if (this.timer !== null) return;
    const wait = this.last + this.spacing - this.clock.now();
    if (wait <= 0) return this.run();
    this.timer = this.clock.setTimeout(() => {
      this.timer = null;
      this.run();
    }, wait);
  }

  /** Runs a pending task now (e.g. before the meeting closes). */
  flush(): void {
    if (this.timer === null) return;
    this.cancel();
    this.run();
  }

  /** Drops a pending run. */
  cancel(): void {
    if (this.timer !== null) this.clock.clearTimeout(this.timer);
    this.timer = null;
  }

  private run(): void {
    this.last = this.clock.now();
    const started = performance.now();
    this.task();
    this.spacing = Math.max(this.intervalMs, 4 * (performance.now() - started));
  }
}
