import type { HistoryEntry, PracticeState } from '../../../../shared/ipc/after-meeting-schemas';
import { fail, ok, type Result } from '../../../../shared/ipc/result';
import { localDateTime } from '../../time/format-time';

/** Slowest and fastest replay, as the core allows them (times the pace the meeting was held). */
export const MIN_SPEED = 1;
export const MAX_SPEED = 20;
/** The pace a practice starts at unless the chair picks another. */
export const DEFAULT_SPEED = 5;

/** The replay speed typed in a field, or why it is not one (1× to 20×). */
export function parseSpeed(text: string): Result<number> {
  const trimmed = text.trim().replace(/[×x]$/i, '').trim();
  if (trimmed === '') return fail('speed', `Give a speed from ${MIN_SPEED}× to ${MAX_SPEED}×.`);
  const speed = Number(trimmed);
  if (!Number.isFinite(speed) || speed < MIN_SPEED || speed > MAX_SPEED)
    return fail('speed', `The speed is ${MIN_SPEED}× to ${MAX_SPEED}×.`);
  return ok(speed);
}

/** One line saying which replay runs and how far it is, e.g. `… of #x: 12 of 70 lines`. */
export function progressText(practice: PracticeState): string {
  const base = `Practice replay of ${practice.channel}: ${practice.position} of ${practice.total} lines`;
  if (practice.status === 'done') return `${base} — replay finished`;
  if (practice.status === 'paused') return `${base} — paused`;
  return base;
}

/**
 * The meetings worth replaying, newest first: every recorded or imported meeting, leaving out
 * earlier practice runs unless `keep` names one.
 */
export function replayChoices(
  entries: readonly HistoryEntry[],
  keep: string | null,
): HistoryEntry[] {
  return entries.filter((entry) => entry.source !== 'practice' || entry.id === keep);
}

/** How a meeting reads in the list to pick from: its title, channel and start (in the user's locale). */
export function meetingLabel(entry: HistoryEntry): string {
  const when = localDateTime(entry.startedAt);
  const title = entry.title?.trim();
  return title ? `${title} — ${entry.channel}, ${when}` : `${entry.channel}, ${when}`;
}
