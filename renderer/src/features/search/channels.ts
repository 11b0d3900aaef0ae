import type { HistoryEntry } from '../../../../shared/ipc/after-meeting-schemas';
import { ircLower } from '../../../../shared/irc/casemap';

/**
 * The channels worth filtering on: each channel of the meeting index once (IRC case rules), in
 * alphabetical order. Practice runs are left out, as the search leaves them out.
 */
export function channelsOf(entries: readonly HistoryEntry[]): string[] {
  const seen = new Map<string, string>();
  for (const entry of entries) {
    if (entry.source === 'practice') continue;
    const key = ircLower(entry.channel);
    if (!seen.has(key)) seen.set(key, entry.channel);
  }
  return [...seen.values()].sort((a, b) => ircLower(a).localeCompare(ircLower(b)));
}

/** `channels` with `selected` added when the list lacks it, so the select can show it. */
export function withSelected(channels: readonly string[], selected: string): string[] {
  return !selected || channels.includes(selected) ? [...channels] : [selected, ...channels];
}
