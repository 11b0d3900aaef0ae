import type { Meeting } from '../../domain/meeting';
import type { MeetbotWriterOptions } from './context';
import { htmlLog } from './html-log';
import { htmlMinutes } from './html-minutes';
import { textLog } from './text-log';
import { textMinutes } from './text-minutes';

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
