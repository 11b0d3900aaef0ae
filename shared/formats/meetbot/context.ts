import type { Meeting } from '../../domain/meeting';
import { presetFor, type Preset } from '../../meeting/presets';
import { stripControls } from '../text/sanitize';
import { baseName, expandPattern, joinUrl } from './filename';
import { startWallTime } from './start-time';

/** Overrides for where the files go: the preset's pattern and URL prefix by default. */
export interface MeetbotWriterOptions {
  /** MeetBot `filenamePattern` (see {@link expandPattern}). */
  pattern?: string;
  /** Prefix of the published URLs (`https://meetbot.fedoraproject.org/`). */
  urlPrefix?: string;
  /** `%(network)s` in the pattern; MeetBot's default is `nonetwork`. */
  network?: string;
  /**
   * The meeting is still under way: the minutes say they are so far, up to the last line, where
   * an ended meeting's say when it ended. Default false (MeetBot's own words).
   */
  soFar?: boolean;
}

/** What every MeetBot writer derives from the meeting before writing. */
export interface WriterContext {
  meeting: Meeting;
  preset: Preset;
  /** Base path of the files, relative to the output folder (no extension). */
  path: string;
  /** `<basename>.log.html`: how the minutes link to the log, next to them. */
  logHref: string;
  /** The log's published URL (prefix + path + `.log.html`). */
  logUrl: string;
  /** `#chan: title`, or `#chan Meeting` without a `#meetingtopic` (controls stripped). */
  pageTitle: string;
  owner: string;
  startTime: string;
  endTime: string;
  /** What happened at `endTime`: "Meeting ended", or for minutes so far "Meeting under way: minutes so far". */
  endedAs: string;
  /** The zone name printed after times (MeetBot's `Config.timeZone`). */
  zoneLabel: string;
}

/** The base path of a meeting's files, e.g. `fedora-meeting/2020-06-10/magazine.2020-06-10-12.02`. */
export function meetingBasePath(meeting: Meeting, options: MeetbotWriterOptions = {}): string {
  const preset = presetFor(meeting.preset);
  return expandPattern(options.pattern ?? preset.pattern, {
    channel: meeting.channel,
    meetingName: meeting.name,
    network: options.network,
    start: startWallTime(meeting),
  });
}

/** How the minutes name their last time: when the meeting ended, or how far they go. */
export function endedAs(options: Pick<MeetbotWriterOptions, 'soFar'>): string {
  return options.soFar ? 'Meeting under way: minutes so far' : 'Meeting ended';
}

/** Builds the shared writer context (names, URLs, title, times) for a meeting. */
export function writerContext(meeting: Meeting, options: MeetbotWriterOptions = {}): WriterContext {
  const preset = presetFor(meeting.preset);
  const path = meetingBasePath(meeting, options);
  const channel = stripControls(meeting.channel);
  const title = meeting.title === null ? null : stripControls(meeting.title);
  return {
    meeting,
    preset,
    path,
    logHref: `${baseName(path)}.log.html`,
    logUrl: `${joinUrl(options.urlPrefix ?? preset.urlPrefix, path)}.log.html`,
    pageTitle: title ? `${channel}: ${title}` : `${channel} Meeting`,
    owner: stripControls(meeting.startedBy ?? ''),
    startTime: stripControls(meeting.start?.time ?? ''),
    endTime: stripControls(meeting.end?.time ?? ''),
    endedAs: endedAs(options),
    zoneLabel: stripControls(meeting.timeZone ?? 'UTC'),
  };
}
