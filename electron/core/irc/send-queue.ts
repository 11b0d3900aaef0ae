import type { Clock, TimerHandle } from '../clock';

/** How fast lines may leave: up to `burst` at once, then one every `intervalMs`. */
export interface SendRate {
  burst: number;
  intervalMs: number;
}

/**
 * A burst of 4, then one line a second. One line a second is InspIRCd's default `commandrate`
 * (1000 millicommands/s), and ngircd's default penalties allow about 3 lines/s, so at this rate
 * no common server fakelags Gavel or drops it for flooding. The burst keeps a chair's usual
 * exchange (a `#topic` and an `#info` or two) instant; a 10-line agenda still leaves in about 6 s.
 */
export const DEFAULT_SEND_RATE: SendRate = { burst: 4, intervalMs: 1000 };

/**
 * A token bucket for outgoing lines. `push` sends at once while the bucket has tokens and keeps
 * the rest in order, sending each as soon as a token is earned back. Time comes from the
 * injected clock, so tests drive it without waiting.
 */
export class SendQueue<T> {
  private readonly items: T[] = [];
  // Credit is kept in milliseconds of waiting (one line costs `intervalMs`) so it stays an integer.
  private credit: number;
  private last: number;
  private timer: TimerHandle | null = null;

  constructor(
    private readonly send: (item: T) => void,
    private readonly clock: Clock,
    private readonly rate: SendRate = DEFAULT_SEND_RATE,
  ) {
    this.credit = rate.burst * rate.intervalMs;
    this.last = clock.now();
  }

  /** Lines waiting for a token. */
  get size(): number {
    return this.items.length;
  }

  /** Queues `items` behind any that wait, and sends what the bucket allows now. */
  push(...items: T[]): void {
    this.items.push(...items);
    this.drain();
  }

  /** Drops every waiting line and stops the timer. */
  clear(): void {
    this.items.length = 0;
    if (this.timer !== null) this.clock.clearTimeout(this.timer);
    this.timer = null;
  }

  private drain(): void {
    const now = this.clock.now();
    const capacity = this.rate.burst * this.rate.intervalMs;
    this.credit = Math.min(capacity, this.credit + (now - this.last));
    this.last = now;
    while (this.items.length > 0 && this.credit >= this.rate.intervalMs) {
      this.credit -= this.rate.intervalMs;
      this.send(this.items.shift() as T);
    }
    if (this.items.length > 0 && this.timer === null) {
      this.timer = this.clock.setTimeout(() => {
        this.timer = null;
        this.drain();
      }, this.rate.intervalMs - this.credit);
    }
  }
}
