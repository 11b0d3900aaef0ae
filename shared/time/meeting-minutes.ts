/** Where a meeting came from, as far as its length is concerned. */
export type LengthSource = 'live' | 'imported' | 'practice';

/**
 * A meeting's length in whole minutes, as the history counts it: null while it is still going,
 * and null for an imported transcript without clock times (it starts and ends at one instant,
 * so its length is unknown rather than zero).
 */
export function meetingMinutes(
  meeting: { startedAt: number; endedAt: number | null },
  source: LengthSource,
): number | null {
  if (meeting.endedAt === null) return null;
  if (source === 'imported' && meeting.endedAt <= meeting.startedAt) return null;
  return Math.round(Math.max(0, meeting.endedAt - meeting.startedAt) / 60_000);
}
