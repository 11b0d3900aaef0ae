import type { Meeting } from '../../domain/meeting';
import { DEFAULT_CITIES, worldTimes } from '../../time/world-times';
import { mdAutolink, mdInline, mdToken } from './markdown-escape';
import type { MarkdownPageOptions } from './page-options';
import { splitUrls } from './url-split';

const DAY = new Intl.DateTimeFormat('en-US', {
  timeZone: 'UTC',
  weekday: 'long',
  month: 'long',
  day: 'numeric',
  year: 'numeric',
});

/** The instant the meeting started, in epoch ms, when the log lets us know it. */
export function meetingInstant(meeting: Meeting): number | null {
  if (meeting.start?.at != null) return meeting.start.at;
  const parsed = meeting.startedAt ? Date.parse(meeting.startedAt) : Number.NaN;
  return Number.isNaN(parsed) ? null : parsed;
}

/** `YYYY-MM-DD` of the meeting: its UTC start date, else the date the log or page gives. */
function meetingDate(
  meeting: Meeting,
  at: number | null,
  opts: MarkdownPageOptions,
): string | null {
  if (at !== null) return new Date(at).toISOString().slice(0, 10);
  return meeting.date ?? opts.imported?.date ?? null;
}

function titleLine(meeting: Meeting, date: string | null, opts: MarkdownPageOptions): string {
  const title = meeting.title ?? opts.imported?.title ?? `${meeting.channel} meeting`;
  const suffix = date && !title.includes(date) ? ` - ${date}` : '';
  return `# ${mdInline(title)}${suffix}`;
}

/**
 * When the meeting was, as both meeting pages write it: `**15:00 UTC, Tuesday, January 31, 2012**`,
 * the day alone when only the date is known, else `not recorded`.
 */
export function meetingWhen(at: number | null, date: string | null): string {
  if (at !== null) return `**${new Date(at).toISOString().slice(11, 16)} UTC, ${DAY.format(at)}**`;
  if (date) return `**${DAY.format(Date.parse(`${date}T12:00:00Z`))}**`;
  return 'not recorded';
}

function dateBlock(at: number | null, date: string | null): string[][] {
  return [['Date:'], [`- ${meetingWhen(at, date)}`]];
}

function worldBlock(at: number | null, opts: MarkdownPageOptions): string[][] {
  const cities = opts.cities ?? DEFAULT_CITIES;
  if (at === null || cities.length === 0) return [];
  const rows = worldTimes(at, cities).map(
    (t) => `- ${t.local} (${t.offset}) - ${mdInline(t.city)}`,
  );
  return [['Times across the world:'], rows];
}

function placeBlock(meeting: Meeting, opts: MarkdownPageOptions): string[][] {
  const network = opts.network ?? opts.imported?.place ?? null;
  const where = network ? ` on **${mdToken(network)}** server` : '';
  const lines = [`- **${mdToken(meeting.channel)}** IRC channel${where}`];
  const log = opts.logUrl ? splitUrls(opts.logUrl) : [];
  if (log.length === 1 && log[0]!.kind === 'url')
    lines.push(`- Full log: ${mdAutolink(log[0]!.value)}`);
  return [['Place:'], lines];
}

/**
 * The top of the page, in the Kamailio wiki's shape: `# Title - YYYY-MM-DD`, the `Date:` block
 * (`**15:00 UTC, Tuesday, January 31, 2012**`), the meeting's local time in each city (the offset
 * in force on that day, so daylight-saving changes are right), and the `Place:` block.
 */
export function pageHead(meeting: Meeting, opts: MarkdownPageOptions): string[][] {
  // A log's own start wins; a page without times still states when the meeting was scheduled.
  const at = meetingInstant(meeting) ?? opts.imported?.scheduledAt ?? null;
  const date = meetingDate(meeting, at, opts);
  return [
    [titleLine(meeting, date, opts)],
    ...dateBlock(at, date),
    ...worldBlock(at, opts),
    ...placeBlock(meeting, opts),
  ];
}
