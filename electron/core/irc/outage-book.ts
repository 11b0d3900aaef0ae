import type { LogLine } from '../../../shared/domain/line';
import { ircLower } from '../../../shared/irc/casemap';
import { gapLine } from './gap-line';

/**
 * When each channel of a network was lost, until Gavel is back in it. Each outage yields its
 * gap line exactly once: on the first rejoin of that channel after the loss. A second loss
 * before the rejoin does not move the start.
 */
export class OutageBook {
  private readonly since = new Map<string, number>();

  /** The connection was lost at `at` while in `channels`. */
  lost(channels: readonly string[], at: number): void {
    for (const channel of channels) {
      const key = ircLower(channel);
      if (!this.since.has(key)) this.since.set(key, at);
    }
  }

  /** True while some channel's outage is open. */
  get open(): boolean {
    return this.since.size > 0;
  }

  /** When the earliest open outage began, or null. */
  get earliest(): number | null {
    return this.since.size > 0 ? Math.min(...this.since.values()) : null;
  }

  /** Back in `channel` at `at`: the gap line to record, or null when nothing was lost there. */
  rejoined(channel: string, at: number): LogLine | null {
    const key = ircLower(channel);
    const from = this.since.get(key);
    if (from === undefined) return null;
    this.since.delete(key);
    return gapLine(from, at);
  }

  /** Forgets every open outage (the user chose to disconnect or connect elsewhere). */
  clear(): void {
    this.since.clear();
  }
}
