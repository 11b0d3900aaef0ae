import type { ImportedLog } from '../domain/imported';
import type { Meeting } from '../domain/meeting';
import type { City } from '../time/world-times';
import { meetingBasePath } from './meetbot/context';
import type { MeetbotExtension } from './meetbot/write-files';

/** Every minutes format, by the name `--format` and the export dialog use. */
export const MINUTES_FORMATS = [
  'json',
  'txt',
  'html',
  'log.txt',
  'log.html',
  'md',
  'mediawiki',
  'moin',
  'dokuwiki',
] as const;
export type MinutesFormat = (typeof MINUTES_FORMATS)[number];

/** MeetBot's four files, in the order MeetBot writes them. */
export const MEETBOT_FORMATS = [
  'html',
  'txt',
  'log.html',
  'log.txt',
] as const satisfies readonly MinutesFormat[];
export type MeetbotFormat = (typeof MEETBOT_FORMATS)[number];

/** The file extension of each format (MeetBot's own for its four, `.mw` as MeetBot's MediaWiki writer). */
export const EXTENSIONS: Record<MinutesFormat, string> = {
  json: '.json',
  txt: '.txt',
  html: '.html',
  'log.txt': '.log.txt',
  'log.html': '.log.html',
  md: '.md',
  mediawiki: '.mw',
  moin: '.moin.txt',
  dokuwiki: '.dokuwiki.txt',
};

/** True when `name` is a minutes format. */
export function isMinutesFormat(name: string): name is MinutesFormat {
  return (MINUTES_FORMATS as readonly string[]).includes(name);
}

/** True when `format` is one of MeetBot's four files. */
export function isMeetbotFormat(format: MinutesFormat): format is MeetbotFormat {
  return (MEETBOT_FORMATS as readonly string[]).includes(format);
}

/** The extension of one of MeetBot's four files. */
export function meetbotExtension(format: MeetbotFormat): MeetbotExtension {
  return EXTENSIONS[format] as MeetbotExtension;
}

/** What the writers need besides the meeting: the source's extras and where files are published. */
export interface MinutesContext {
  imported?: ImportedLog;
  /** MeetBot file-name pattern; default the preset's. */
  pattern?: string;
  /** Prefix of published URLs; default the preset's. */
  urlPrefix?: string;
  network?: string;
  cities?: readonly City[];
  /** The meeting is still under way: the files say their minutes are so far (see MeetbotWriterOptions). */
  soFar?: boolean;
}

/** Where each format's file goes, relative to an output folder: MeetBot's naming for all of them. */
export function minutesPath(
  meeting: Meeting,
  format: MinutesFormat,
  context: MinutesContext = {},
): string {
  return (
    meetingBasePath(meeting, { pattern: context.pattern, network: context.network }) +
    EXTENSIONS[format]
  );
}
