import type { LogLine } from '../../../shared/domain/line';
import type { Clock, TimerHandle } from '../clock';
import type { ReplayStep } from './replay-plan';

/** Where a replay is. */
export type ReplayStatus = 'running' | 'paused' | 'done' | 'stopped';

/**
 * Plays lines out on the core's clock at `speed` times the pace they were said. Lines due at
 * the same moment go out together. The speed can change and the replay can pause at any
 * point; the time left before the next line is kept in the log's time, so neither loses or
 * repeats a line. `deliver` returning false ends the replay (its meeting is gone).
 */
export class Replay {
  private next = 0;
  private timer: TimerHandle | null = null;
  private dueAt = 0;
  private leftMs = 0;
  private state: ReplayStatus = 'paused';

  constructor(
    private readonly steps: readonly ReplayStep[],
    private readonly clock: Clock,
    private speed: number,
    private readonly deliver: (line: LogLine) => boolean,
    private readonly changed: () => void = () => {},
  ) {
    this.leftMs = steps[0]?.gapMs ?? 0;
  }

  get status(): ReplayStatus {
    return this.state;
  }

  /** Lines played so far. */
  get position(): number {
    return this.next;
  }

  get total(): number {
    return this.steps.length;
  }

  get pace(): number {
    return this.speed;
  }

  /** Starts (or resumes) playing. */
  play(): void {
    if (this.state === 'running' || this.state === 'done' || this.state === 'stopped') return;
    if (this.steps.length === 0) {
      this.state = 'done';
      return this.changed();
    }
    this.state = 'running';
    this.schedule(this.leftMs);
  }

  /** Holds the next line back until `play`. */
  pause(): void {
    if (this.state !== 'running') return;
    this.leftMs = this.remaining();
    this.cancel();
    this.state = 'paused';
  }

  /** Plays at `speed` times the log's pace from now on. */
  setSpeed(speed: number): void {
    if (this.state === 'running') {
      const left = this.remaining();
      this.cancel();
      this.speed = speed;
      this.schedule(left);
    } else {
      this.speed = speed;
    }
  }

  /** Ends the replay; nothing more is played. */
  stop(): void {
    this.cancel();
    if (this.state !== 'done') this.state = 'stopped';
  }

  // What is left of the pause before the next line, in the log's time.
  private remaining(): number {
    return Math.max(0, this.dueAt - this.clock.now()) * this.speed;
  }

  private schedule(logMs: number): void {
    const wait = logMs / this.speed;
    this.dueAt = this.clock.now() + wait;
    this.timer = this.clock.setTimeout(() => {
      this.timer = null;
      this.fire();
    }, wait);
  }

  private fire(): void {
    do {
      const step = this.steps[this.next]!;
      this.next++;
      if (!this.deliver(step.line)) {
        this.state = 'done';
        this.changed();
        return;
      }
    } while (this.next < this.steps.length && this.steps[this.next]!.gapMs === 0);
    if (this.next >= this.steps.length) this.state = 'done';
    else this.schedule(this.steps[this.next]!.gapMs);
    this.changed();
  }

  private cancel(): void {
    if (this.timer !== null) this.clock.clearTimeout(this.timer);
    this.timer = null;
  }
}
