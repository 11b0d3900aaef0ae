import { parseLooseDate } from './common/dates';
import { plainText } from './outline-item';

/** What the top of a meeting page says about the meeting. */
export interface PageMeta {
  title: string | null;
  date: string | null;
  /** The start time the Date block states in UTC (`15:00 UTC`), as `HH:MM`, or null. */
  utcTime: string | null;
  channel: string | null;
  place: string | null;
}

const TITLE_RE = /^# (.*)$/;
const BULLET_RE = /^[ \t]*[-*+][ \t]+(.*)$/;
const LABEL_RE = /^\**([A-Za-z][A-Za-z ]{0,40}):\**$/;
const CHANNEL_RE = /(?:^|[\s*])([#&][^\s*,;]+)/;
const UTC_TIME_RE = /\b([01]?\d|2[0-3]):([0-5]\d)\s*(?:UTC|GMT)\b/;
const SERVER_RE = /\bon \**([A-Za-z0-9.-]+\.[A-Za-z]{2,})\**/;

function placeOf(bullet: string): { channel: string | null; place: string | null } {
  const channel = CHANNEL_RE.exec(bullet)?.[1] ?? null;
  const server = SERVER_RE.exec(bullet)?.[1];
  if (server) return { channel, place: server };
  const colon = channel?.indexOf(':') ?? -1;
  if (channel && colon > 0) return { channel, place: channel.slice(colon + 1) };
  return { channel, place: plainText(bullet) || null };
}

/**
 * Reads a Kamailio-style page's head: the `# Title`, the `Date:` block (a `Selected:` date wins
 * over the title's date, which wins over a `Proposed:` one) and the `Place:` block
 * (`**#sip-router** IRC channel on **irc.freenode.net** server` gives the channel and the server).
 */
export function readPageMeta(lines: readonly string[]): PageMeta {
  let title: string | null = null;
  let label = '';
  let selected: { date: string; time: string | null } | null = null;
  let proposed: { date: string; time: string | null } | null = null;
  let where: { channel: string | null; place: string | null } | null = null;
  for (const raw of lines) {
    const trimmed = raw.trim();
    const t = TITLE_RE.exec(trimmed);
    if (t && title === null) {
      title = plainText(t[1]!);
      continue;
    }
    const l = LABEL_RE.exec(trimmed);
    if (l) {
      label = l[1]!.toLowerCase();
      continue;
    }
    const bullet = BULLET_RE.exec(raw);
    if (!bullet) continue;
    if (label === 'date') {
      const date = parseLooseDate(plainText(bullet[1]!));
      const t = UTC_TIME_RE.exec(bullet[1]!);
      const when = date ? { date, time: t ? `${t[1]!.padStart(2, '0')}:${t[2]}` : null } : null;
      if (when && /\bselected\b/i.test(bullet[1]!)) selected ??= when;
      else if (when) proposed ??= when;
    } else if (label === 'place' && where === null) where = placeOf(bullet[1]!);
  }
  const titleDate = title && /\d{4}-\d\d-\d\d/.test(title) ? parseLooseDate(title) : null;
  const date = selected?.date ?? titleDate ?? proposed?.date ?? null;
  // The time counts only when it was stated for the date the page settles on.
  const stated = [selected, proposed].find((w) => w?.date === date);
  return {
    title,
    date,
    utcTime: stated?.time ?? null,
    channel: where?.channel ?? null,
    place: where?.place ?? null,
  };
}
