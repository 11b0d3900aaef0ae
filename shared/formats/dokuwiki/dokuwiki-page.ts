import type { Meeting } from '../../domain/meeting';
import { DEFAULT_CITIES, worldTimes } from '../../time/world-times';
import { meetingInstant, meetingWhen } from '../markdown/page-head';
import type { MarkdownPageOptions } from '../markdown/page-options';
import { gapNotes } from '../text/gap-notes';
import { dwInline } from './dokuwiki-escape';
import {
  actionsByOwner,
  agenda,
  heading,
  participants,
  peoplePresent,
  summary,
  transcript,
} from './dokuwiki-sections';

/** What the DokuWiki page takes: the same as the Markdown page. */
export type DokuWikiPageOptions = MarkdownPageOptions;

function head(meeting: Meeting, opts: DokuWikiPageOptions): string[][] {
  const at = meetingInstant(meeting) ?? opts.imported?.scheduledAt ?? null;
  const date =
    at !== null
      ? new Date(at).toISOString().slice(0, 10)
      : (meeting.date ?? opts.imported?.date ?? null);
  const title = meeting.title ?? opts.imported?.title ?? `${meeting.channel} meeting`;
  const blocks: string[][] = [
    [heading(1, date && !title.includes(date) ? `${title} - ${date}` : title)],
  ];
  blocks.push(['Date:'], [`  * ${meetingWhen(at, date)}`]);
  const cities = opts.cities ?? DEFAULT_CITIES;
  if (at !== null && cities.length > 0) {
    const rows = worldTimes(at, cities).map(
      (t) => `  * ${dwInline(`${t.local} (${t.offset}) - ${t.city}`)}`,
    );
    blocks.push(['Times across the world:'], rows);
  }
  const network = opts.network ?? opts.imported?.place ?? null;
  const where = network ? ` on **${dwInline(network)}** server` : '';
  const place = [`  * **${dwInline(meeting.channel)}** IRC channel${where}`];
  if (opts.logUrl) place.push(`  * Full log: ${dwInline(opts.logUrl)}`);
  blocks.push(['Place:'], place);
  return blocks;
}

/**
 * The meeting page as DokuWiki markup (Kamailio's wiki), with the content of the Markdown page:
 * title and date, the time across the world, place, the recorder's gap notes, participants, agenda, the minutes by topic,
 * action items by person, people present and the transcript split by topic (in `<code>` blocks).
 * Channel text is unformatted (`%%…%%`) so that it shows as written and adds no markup; only
 * http, https, ftp, irc and mailto URLs become links. Ends with a newline.
 */
export function writeDokuWikiPage(meeting: Meeting, options: DokuWikiPageOptions = {}): string {
  const blocks = [
    ...head(meeting, options),
    ...gapNotes(meeting).map((note) => [dwInline(note)]),
    ...participants(meeting, options.imported),
    ...agenda(options.imported),
    ...summary(meeting),
    ...actionsByOwner(meeting, options.imported?.participants ?? []),
    ...peoplePresent(meeting),
    ...transcript(meeting),
  ];
  return `${blocks.map((lines) => lines.join('\n')).join('\n\n')}\n`;
}
