import type { Meeting } from '../../domain/meeting';
import type { MeetbotWriterOptions } from './context';
import type { TextSink } from './chunks';
import { walkLogWith } from '../text/gap-notes';
import { htmlLog, htmlLogWalker, writeHtmlLog } from './html-log';
import { htmlMinutes, writeHtmlMinutes } from './html-minutes';
import { textLog, textLogWalker, writeTextLog } from './text-log';
import { textMinutes, writeTextMinutes } from './text-minutes';

/** The four files MeetBot writes, by extension. */
export type MeetbotExtension = '.html' | '.txt' | '.log.html' | '.log.txt';

/**
 * Every MeetBot output of a meeting, keyed by extension (`.html`, `.txt`, `.log.html`,
 * `.log.txt`); each file is `<base path><extension>` (see `meetingBasePath`).
 */
export function writeMeetbotFiles(
  meeting: Meeting,
  options: MeetbotWriterOptions = {},
): Record<MeetbotExtension, string> {
  return {
    '.html': htmlMinutes(meeting, options),
    '.txt': textMinutes(meeting, options),
    '.log.html': htmlLog(meeting),
    '.log.txt': textLog(meeting),
  };
}

/**
 * Writes one of the four files into `out`, piece by piece as it is rendered, so a large meeting
 * is never held as one string; the pieces join into what {@link writeMeetbotFiles} gives for it.
 */
export function writeMeetbotFile(
  meeting: Meeting,
  extension: MeetbotExtension,
  options: MeetbotWriterOptions,
  out: TextSink,
): void {
  switch (extension) {
    case '.html':
      return writeHtmlMinutes(meeting, options, out);
    case '.txt':
      return writeTextMinutes(meeting, options, out);
    case '.log.html':
      return writeHtmlLog(meeting, out);
    case '.log.txt':
      return writeTextLog(meeting, out);
  }
}

/**
 * Writes the `.log.txt` into `textOut` and the `.log.html` into `htmlOut` in one pass over the
 * meeting's log; each gets what {@link writeMeetbotFile} would write into it.
 */
export function writeMeetbotLogs(meeting: Meeting, textOut: TextSink, htmlOut: TextSink): void {
  walkLogWith(meeting, [textLogWalker(meeting, textOut), htmlLogWalker(meeting, htmlOut)]);
}
