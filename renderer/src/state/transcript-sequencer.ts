import type { TranscriptLine } from '../../../shared/domain/line';
import type { IpcError, Result } from '../../../shared/ipc/result';

/** What the sequencer needs from its owner. */
export interface SequencerDeps {
  /** `transcript:since` for the followed channel. */
  fetchSince(afterSeq: number): Promise<Result<{ lines: TranscriptLine[]; lastSeq: number }>>;
  /** New lines, in order, each exactly once. `snapshot` is true for lines fetched by a re-sync. */
  deliver(lines: TranscriptLine[], snapshot: boolean): void;
  /** The core numbers this channel from scratch (it restarted): drop everything delivered. */
  restart(): void;
  /** A re-sync failed (it is retried), or a later one succeeded (null). */
  report(error: IpcError | null): void;
  /** Pause before retrying a failed re-sync. */
  retryDelayMs?: number;
  /**
   * Starting afresh, only the newest `tail` lines are fetched when the core has more: older ones
   * are the window's to page in when the chair scrolls to them. All of them when left out.
   */
  tail?: number;
}

/** Orders one channel's lines by `seq`. */
export interface Sequencer {
  /** Takes a pushed batch: drops lines already seen; on a gap, re-syncs before going on. */
  accept(lines: readonly TranscriptLine[]): void;
  /** Fetches everything after the last line seen, retrying on failure; resolves when caught up or stopped. */
  resync(): Promise<void>;
  stop(): void;
}

/**
 * Keeps one channel's transcript whole: pushed lines are delivered once and in order; a gap in
 * `seq` triggers `transcript:since`, with pushed lines held meanwhile and replayed after it.
 */
export function createSequencer(deps: SequencerDeps): Sequencer {
  let lastSeq = 0;
  let held: TranscriptLine[] = [];
  let syncing: Promise<void> | null = null;
  let retryTimer: ReturnType<typeof setTimeout> | undefined;
  let wake: (() => void) | null = null;
  let stopped = false;

  const accept = (lines: readonly TranscriptLine[]) => {
    if (stopped) return;
    if (syncing) {
      for (const line of lines) held.push(line);
      return;
    }
    const fresh: TranscriptLine[] = [];
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i]!;
      if (line.seq <= lastSeq) continue;
      if (line.seq !== lastSeq + 1) {
        held = lines.slice(i);
        break;
      }
      fresh.push(line);
      lastSeq = line.seq;
    }
    if (fresh.length > 0) deps.deliver(fresh, false);
    if (held.length > 0) void resync();
  };

  // Snapshot lines are taken as the core has them, gaps included, so a hole in the core's own
  // record cannot make the window re-sync forever.
  const catchUp = async (): Promise<boolean> => {
    for (;;) {
      const freshStart = lastSeq === 0;
      const result = await deps.fetchSince(lastSeq);
      if (stopped) return true;
      if (!result.ok) {
        deps.report(result.error);
        return false;
      }
      deps.report(null);
      const { lines, lastSeq: coreLast } = result.value;
      if (coreLast < lastSeq) {
        lastSeq = 0;
        deps.restart();
        continue;
      }
      const fresh = lines.filter((line) => line.seq > lastSeq);
      const beyond = coreLast - (fresh.at(-1)?.seq ?? 0);
      if (freshStart && deps.tail !== undefined && beyond > deps.tail) {
        lastSeq = coreLast - deps.tail;
        continue;
      }
      if (fresh.length > 0) {
        lastSeq = fresh[fresh.length - 1]!.seq;
        deps.deliver(fresh, true);
      }
      if (fresh.length === 0 || lastSeq >= coreLast) return true;
    }
  };

  const pause = () =>
    new Promise<void>((resolve) => {
      wake = resolve;
      retryTimer = setTimeout(resolve, deps.retryDelayMs ?? 1000);
    });

  const run = async () => {
    // Pushed lines stay held until the core answers, however many tries that takes.
    while (!stopped) {
      if (await catchUp()) break;
      if (!stopped) await pause();
    }
    syncing = null;
    if (stopped) return;
    const replay = held;
    held = [];
    accept(replay);
  };

  const resync = (): Promise<void> => {
    if (stopped) return Promise.resolve();
    syncing ??= run();
    return syncing;
  };

  return {
    accept,
    resync,
    stop() {
      stopped = true;
      clearTimeout(retryTimer);
      wake?.();
      held = [];
    },
  };
}
