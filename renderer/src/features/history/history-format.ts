export { meetingMinutes } from '../../../../shared/time/meeting-minutes';
import type { HistoryEntry } from '../../../../shared/ipc/after-meeting-schemas';
import { ircLower } from '../../../../shared/irc/casemap';

export { localDateTime } from '../../time/format-time';

/** A meeting's length in words: `45 min`, `1 h 5 min`; `under way` while live, `–` when unknown. */
export function durationText(entry: Pick<HistoryEntry, 'durationMin' | 'status'>): string {
  const minutes = entry.durationMin;
  if (minutes === null) return entry.status === 'live' ? 'under way' : '–';
  if (minutes < 60) return `${minutes} min`;
  const rest = minutes % 60;
  return rest === 0 ? `${minutes / 60} h` : `${Math.floor(minutes / 60)} h ${rest} min`;
}

/** Where a meeting came from: live, ended, practice, or imported with the importer's name. */
export function sourceText(entry: Pick<HistoryEntry, 'source' | 'status' | 'format'>): string {
  switch (entry.source) {
    case 'imported':
      return entry.format ? `imported (${entry.format})` : 'imported';
    case 'practice':
      return 'practice';
    case 'live':
      return entry.status === 'live' ? 'live' : 'ended';
  }
}

/** What a meeting is called in a list: its title, else its channel. */
export const meetingTitle = (entry: Pick<HistoryEntry, 'title' | 'channel'>): string =>
  entry.title?.trim() || entry.channel;

/** The channels of `entries` and `known`, once each (IRC case rules), in alphabetical order. */
export function channelsOf(
  entries: readonly HistoryEntry[],
  known: readonly string[] = [],
): string[] {
  const byKey = new Map<string, string>();
  for (const channel of [...known, ...entries.map((e) => e.channel)]) {
    const key = ircLower(channel);
    if (!byKey.has(key)) byKey.set(key, channel);
  }
  return [...byKey.values()].sort((a, b) => ircLower(a).localeCompare(ircLower(b)));
}
