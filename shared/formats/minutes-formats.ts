import type { ImportedLog } from '../domain/imported';
import type { Meeting } from '../domain/meeting';
import type { City } from '../time/world-times';
import { minutesJsonText } from './json/minutes-json';
import { writeMarkdownPage } from './markdown/markdown-page';
import { writeMediaWikiMinutes } from './mediawiki/mediawiki-minutes';
import { meetingBasePath } from './meetbot/context';
import { writeMeetbotFiles, type MeetbotExtension } from './meetbot/write-files';
import { writeMoinMinutes } from './moin/moin-minutes';

/** Every minutes format, by the name `--format` and the export dialog use. */
export const MINUTES_FORMATS = ['json', 'txt', 'html', 'log.txt', 'log.html', 'md', 'mediawiki', 'moin'] as const;
export type MinutesFormat = (typeof MINUTES_FORMATS)[number];

/** MeetBot's four files, in the order MeetBot writes them. */
export const MEETBOT_FORMATS = ['html', 'txt', 'log.html', 'log.txt'] as const satisfies readonly MinutesFormat[];

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
};

/** True when `name` is a minutes format. */
export function isMinutesFormat(name: string): name is MinutesFormat {
  return (MINUTES_FORMATS as readonly string[]).includes(name);
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
}

/**
 * Renders the meeting in each of `formats`; MeetBot's four files are written in one pass. The
 * result maps each format to its text.
 */
export function renderMinutes(
  meeting: Meeting,
  formats: readonly MinutesFormat[],
  context: MinutesContext = {},
): Map<MinutesFormat, string> {
  const files = new Map<MinutesFormat, string>();
  const meetbotOptions = { pattern: context.pattern, urlPrefix: context.urlPrefix, network: context.network };
  let meetbot: Record<MeetbotExtension, string> | null = null;
  for (const format of formats) {
    switch (format) {
      case 'json':
        files.set(format, minutesJsonText(meeting, context.imported));
        break;
      case 'md':
        files.set(format, writeMarkdownPage(meeting, { imported: context.imported, cities: context.cities, network: context.network }));
        break;
      case 'mediawiki':
        files.set(format, writeMediaWikiMinutes(meeting, meetbotOptions));
        break;
      case 'moin':
        files.set(format, writeMoinMinutes(meeting, meetbotOptions));
        break;
      default:
        meetbot ??= writeMeetbotFiles(meeting, meetbotOptions);
        files.set(format, meetbot[EXTENSIONS[format] as MeetbotExtension]);
    }
  }
  return files;
}

/** Where each format's file goes, relative to an output folder: MeetBot's naming for all of them. */
export function minutesPath(meeting: Meeting, format: MinutesFormat, context: MinutesContext = {}): string {
  return meetingBasePath(meeting, { pattern: context.pattern, network: context.network }) + EXTENSIONS[format];
}
