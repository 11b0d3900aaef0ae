import type { Clock, TimerHandle } from '../clock';

/** When the silent-link check asks and how long it waits for an answer. */
export interface LivenessTiming {
  /** Quiet this long (nothing read from the server) and Gavel sends a PING. */
  idleMs: number;
  /** Nothing read this long after that PING and the link is taken as lost. */
  answerMs: number;
}

/**
 * A PING after 5 s of quiet, and 5 s for anything to come back: a link that went silent (packets
 * dropped, socket still open) is noticed 5–10 s after the last line heard, not at the 45 s ping
 * timeout. A busy channel needs no PING at all; a quiet one sends one line every 5 s, which no
 * server's flood limit notices. Five seconds of lag is far beyond what a healthy link shows.
 */
export const DEFAULT_LIVENESS: LivenessTiming = { idleMs: 5000, answerMs: 5000 };

/**
 * Watches that the server is still heard from. {@link heard} notes each line read; after
 * `idleMs` of quiet `ping` is called, and when `answerMs` more pass with nothing heard,
 * `silent` is called once with the time of the last line heard (where a gap really begins).
 * One timer at a time, re-armed lazily, so a busy link costs a clock read per line.
 */
export class LivenessWatch {
  private last: number;
  private pingedAt: number | null = null;
  private timer: TimerHandle | null = null;
  private running = false;

  constructor(
    private readonly clock: Clock,
    private readonly timing: LivenessTiming,
    private readonly ping: () => void,
    private readonly silent: (lastHeard: number) => void,
  ) {
    this.last = clock.now();
  }

  /** When the server was last heard from. */
  get lastHeard(): number {
    return this.last;
  }

  /** A line came from the server. */
  heard(): void {
    this.last = this.clock.now();
  }

  /** Starts watching (the connection is signed in). */
  start(): void {
    if (this.running) return;
    this.running = true;
    this.last = this.clock.now();
    this.arm(this.timing.idleMs);
  }

  /** Stops watching (the connection is closing or closed). */
  stop(): void {
    this.running = false;
    if (this.timer !== null) this.clock.clearTimeout(this.timer);
    this.timer = null;
  }

  private arm(ms: number): void {
    if (this.timer !== null) this.clock.clearTimeout(this.timer);
    this.timer = this.clock.setTimeout(() => this.check(), Math.max(1, ms));
  }

  private check(): void {
    this.timer = null;
    if (!this.running) return;
    const now = this.clock.now();
    if (this.pingedAt !== null && this.last < this.pingedAt) {
      if (now - this.pingedAt < this.timing.answerMs)
        return this.arm(this.pingedAt + this.timing.answerMs - now);
      this.stop();
      return this.silent(this.last);
    }
    this.pingedAt = null;
    const quiet = now - this.last;
    if (quiet < this.timing.idleMs) return this.arm(this.timing.idleMs - quiet);
    this.pingedAt = now;
    this.ping();
    this.arm(this.timing.answerMs);
  }
}
