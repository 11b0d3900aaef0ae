import type { Meeting } from '../../domain/meeting';
import { gapNotes } from '../text/gap-notes';
import { mdInline } from './markdown-escape';
import { actionsSection, peopleSection } from './page-actions';
import { chartsSection } from './page-charts';
import { pageHead } from './page-head';
import type { MarkdownPageOptions } from './page-options';
import { agendaSection, participantsSection } from './page-people';
import { summarySection } from './page-summary';
import { transcriptSection } from './page-transcript';

export type { MarkdownPageOptions } from './page-options';

/**
 * A Kamailio-style Markdown meeting page: title and date, the meeting's time across the world,
 * place, participants (`Name (nick)`), agenda, the minutes by topic, action items by person,
 * people present (lines said), text charts of lines per person and of topic time (planned
 * against actual), and the transcript split by topic. Everything that came from the
 * channel or the source page is cleaned of control characters and escaped so that it renders as
 * text; only http, https, ftp, irc and mailto URLs become links. Ends with a newline.
 */
export function writeMarkdownPage(meeting: Meeting, options: MarkdownPageOptions = {}): string {
  const participants = options.imported?.participants ?? [];
  const blocks = [
    ...pageHead(meeting, options),
    ...gapNotes(meeting).map((note) => [mdInline(note)]),
    ...participantsSection(meeting, options.imported),
    ...agendaSection(options.imported),
    ...summarySection(meeting),
    ...actionsSection(meeting, participants),
    ...peopleSection(meeting),
    ...chartsSection(meeting, options.planned ?? options.imported?.agenda),
    ...transcriptSection(meeting),
  ];
  return `${blocks.map((lines) => lines.join('\n')).join('\n\n')}\n`;
}
