import type { Clock, TimerHandle } from '../clock';

/**
 * How fast lines may leave: up to `burst` at once, then one every `intervalMs`; with
 * `bytesPerSecond`, a long line waits longer, as if it were `bytes / bytesPerSecond` seconds long.
 */
export interface SendRate {
  burst: number;
  intervalMs: number;
  bytesPerSecond?: number;
}

/**
 * A burst of 3, then one line a second, and no more than 256 bytes a second for long lines.
 * ngircd (26.1) handles at most 3 commands of a client per pass and delays a client by a second
 * once it has sent 256 bytes within a second; InspIRCd's default `commandrate` is one command a
 * second after a short burst, and it disconnects a client whose unprocessed input passes its
 * `recvq` (8 KiB). At this rate neither server ever has a backlog from Gavel, so nothing is
 * delayed and nothing can overflow. The burst keeps a chair's usual exchange (a `#topic` and an
 * `#info` or two) instant; 100 short commands take about 98 s.
 */
export const DEFAULT_SEND_RATE: SendRate = { burst: 3, intervalMs: 1000, bytesPerSecond: 256 };

/**
 * Most lines that may wait at once: about three minutes at {@link DEFAULT_SEND_RATE}. More would
 * reach the channel long after the moment they were meant for (5,000 pastes once queued 60,000
 * lines, almost 17 hours of sending), and hold their memory until then.
 */
export const MAX_QUEUED_LINES = 200;

/**
 * A token bucket for outgoing lines. `push` sends at once while the bucket has tokens and keeps
 * the rest in order, sending each as soon as a token is earned back; at most `limit` wait.
 * Time comes from the injected clock, so tests drive it without waiting.
 */
export class SendQueue<T> {
  private readonly items: T[] = [];
  // Credit is kept in milliseconds of waiting (one line costs `intervalMs`) so it stays an integer.
  private credit: number;
  private last: number;
  private timer: TimerHandle | null = null;

  /** `bytesOf` gives an item's length on the wire (used with `rate.bytesPerSecond`). */
  constructor(
    private readonly send: (item: T) => void,
    private readonly clock: Clock,
    private readonly rate: SendRate = DEFAULT_SEND_RATE,
    private readonly bytesOf: (item: T) => number = () => 0,
    private readonly limit = MAX_QUEUED_LINES,
  ) {
    this.credit = rate.burst * rate.intervalMs;
    this.last = clock.now();
  }

  /** Lines waiting for a token. */
  get size(): number {
    return this.items.length;
  }

  /** How many more lines may wait. */
  get room(): number {
    return Math.max(0, this.limit - this.items.length);
  }

  /**
   * Queues `items` behind any that wait and sends what the bucket allows now; returns false,
   * queuing none of them, when they would not all fit under the limit.
   */
  push(...items: T[]): boolean {
    this.drain();
    if (items.length > this.room) return false;
    this.items.push(...items);
    this.drain();
    return true;
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
    while (this.items.length > 0 && this.credit >= this.cost(this.items[0] as T)) {
      const item = this.items.shift() as T;
      this.credit -= this.cost(item);
      this.send(item);
    }
    if (this.items.length > 0 && this.timer === null) {
      this.timer = this.clock.setTimeout(
        () => {
          this.timer = null;
          this.drain();
        },
        this.cost(this.items[0] as T) - this.credit,
      );
    }
  }

  /** What sending `item` takes from the bucket, in milliseconds of waiting. */
  private cost(item: T): number {
    const { intervalMs, bytesPerSecond } = this.rate;
    if (!bytesPerSecond) return intervalMs;
    const capacity = this.rate.burst * intervalMs;
    // A line longer than the whole bucket still goes, once the bucket is full.
    return Math.min(
      capacity,
      Math.max(intervalMs, Math.ceil((this.bytesOf(item) * 1000) / bytesPerSecond)),
    );
  }
}
