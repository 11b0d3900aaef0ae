import type { TopicView } from '../../../../shared/ipc/meeting-schemas';

/** Where a topic stands against its timebox: none set, within it, nearly used (80 %), or over. */
export type TimeboxState = 'none' | 'within' | 'nudge' | 'over';

// The quiet nudge comes when four fifths of the timebox are used.
const NUDGE_AT = 0.8;

/** How a topic's span is drawn and described. */
export interface SpanModel {
  elapsedMs: number;
  plannedMs: number | null;
  state: TimeboxState;
  /** Width of the actual bar and position of the planned mark, in % of the span's track. */
  actualPct: number;
  plannedPct: number | null;
  /** The span's words: "7 min of 10", "8 min of 10 — 2 min left", "3 min over 15", "12 min". */
  summary: string;
}

const MINUTE = 60_000;
const whole = (ms: number) => Math.floor(ms / MINUTE);

/** A topic's time against its timebox, as of `now` for the topic still under way. */
export function spanModel(
  topic: Pick<TopicView, 'startedAt' | 'endedAt' | 'timebox'>,
  now: number,
): SpanModel {
  const start = topic.startedAt ?? now;
  const elapsedMs = Math.max(0, (topic.endedAt ?? now) - start);
  const plannedMs = topic.timebox !== null ? topic.timebox * MINUTE : null;
  if (plannedMs === null) {
    return {
      elapsedMs,
      plannedMs,
      state: 'none',
      actualPct: 100,
      plannedPct: null,
      summary: `${whole(elapsedMs)} min`,
    };
  }
  const ratio = elapsedMs / plannedMs;
  const state: TimeboxState = ratio >= 1 ? 'over' : ratio >= NUDGE_AT ? 'nudge' : 'within';
  const track = Math.max(elapsedMs, plannedMs);
  const left = Math.max(1, Math.ceil((plannedMs - elapsedMs) / MINUTE));
  const summary =
    state === 'over'
      ? `${whole(elapsedMs - plannedMs)} min over ${topic.timebox}`
      : state === 'nudge'
        ? `${whole(elapsedMs)} min of ${topic.timebox} — ${left} min left`
        : `${whole(elapsedMs)} min of ${topic.timebox}`;
  return {
    elapsedMs,
    plannedMs,
    state,
    actualPct: (elapsedMs / track) * 100,
    plannedPct: (plannedMs / track) * 100,
    summary,
  };
}
