import type { LogLine } from '../../../shared/domain/line';
import { clockSeconds } from '../../../shared/meeting/clock';

/** A line to replay and how long after the previous one it was said (ms, in the log's time). */
export interface ReplayStep {
  line: LogLine;
  gapMs: number;
}

/** Longest pause a replay keeps: a quiet half hour in the log need not be waited out. */
export const MAX_GAP_MS = 20_000;
/** The pause before a line when the log gives no times. */
export const UNTIMED_GAP_MS = 2_000;
/** The pause before the first line. */
export const FIRST_GAP_MS = 1_000;

function gapBetween(previous: LogLine, line: LogLine): number {
  if (previous.at !== null && line.at !== null) return line.at - previous.at;
  const [a, b] = [clockSeconds(previous.time), clockSeconds(line.time)];
  if (a === null || b === null) return UNTIMED_GAP_MS;
  // A time earlier than the last is the next day.
  return ((((b - a) % 86_400) + 86_400) % 86_400) * 1000;
}

/**
 * The log's lines with the pauses between them as said (from instants, else clock times, else
 * a fixed pause), each cut to 20 s; divided by the replay speed, they time the replay. The
 * first pause is from `previous` (the line the replay starts after), else 1 s.
 */
export function replayPlan(lines: readonly LogLine[], previous?: LogLine): ReplayStep[] {
  return lines.map((line, i) => {
    const before = i === 0 ? previous : lines[i - 1];
    const gap = before === undefined ? FIRST_GAP_MS : gapBetween(before, line);
    return { line, gapMs: Math.min(Math.max(0, gap), MAX_GAP_MS) };
  });
}
