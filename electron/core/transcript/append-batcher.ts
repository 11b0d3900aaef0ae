import type { TranscriptLine } from '../../../shared/domain/line';
import type { Payload } from '../../../shared/ipc/schemas';
import type { Clock, TimerHandle } from '../clock';

/** One `transcript:append` event: consecutive lines of one channel from `fromSeq` on. */
export type AppendBatch = Payload<'transcript:append'>;

export interface BatchLimits {
  /** Longest a line waits before its batch goes out. */
  maxDelayMs: number;
  /** A batch this large goes out at once. */
  maxLines: number;
}

/**
 * 20 ms (about one frame) still turns a flood of lines into a few events rather than one per
 * line, while leaving most of the 100 ms a line may take from channel to screen for the window
 * to paint; 200 lines caps a single event's size.
 */
export const DEFAULT_BATCH_LIMITS: BatchLimits = { maxDelayMs: 20, maxLines: 200 };

/**
 * Groups live lines into `transcript:append` batches per channel: a batch leaves when its first
 * line has waited `maxDelayMs` or when it reaches `maxLines`, whichever comes first. Lines of a
 * channel leave in seq order without gaps.
 */
export class AppendBatcher {
  private readonly pending = new Map<string, TranscriptLine[]>();
  private timer: TimerHandle | null = null;

  constructor(
    private readonly emit: (batch: AppendBatch) => void,
    private readonly clock: Clock,
    private readonly limits: BatchLimits = DEFAULT_BATCH_LIMITS,
  ) {}

  /** Adds one line (lines of a channel must come in seq order). */
  add(line: TranscriptLine): void {
    const lines = this.pending.get(line.channel) ?? [];
    lines.push(line);
    this.pending.set(line.channel, lines);
    if (lines.length >= this.limits.maxLines) this.send(line.channel);
    else if (this.timer === null) {
      this.timer = this.clock.setTimeout(() => {
        this.timer = null;
        this.flush();
      }, this.limits.maxDelayMs);
    }
  }

  /** Sends every waiting batch now and stops the timer. */
  flush(): void {
    if (this.timer !== null) this.clock.clearTimeout(this.timer);
    this.timer = null;
    for (const channel of [...this.pending.keys()]) this.send(channel);
  }

  private send(channel: string): void {
    const lines = this.pending.get(channel);
    this.pending.delete(channel);
    if (lines?.[0]) this.emit({ channel, fromSeq: lines[0].seq, lines });
  }
}
