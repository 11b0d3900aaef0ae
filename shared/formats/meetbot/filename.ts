import { trimWith } from '../text/python-text';
import { stripControls } from '../text/sanitize';
import { strftime, type WallTime } from '../text/strftime';

/** The values a MeetBot file-name pattern can name, and the meeting's start (local time). */
export interface PatternValues {
  channel: string;
  meetingName: string | null;
  network?: string;
  start: WallTime;
}

// Characters that would let a name escape its folder, break a URL or an HTML attribute, or
// that no file system likes; MeetBot kept them, Gavel turns them into `_`.
const UNSAFE_RE = /[\x00-\x20\x7f"'<>&%\\:*?|#`]/g;

function safeValue(value: string): string {
  const cleaned = stripControls(value).replace(/\//g, '').replace(UNSAFE_RE, '_');
  return /^\.*$/.test(cleaned) && cleaned !== '' ? '_' : cleaned;
}

/** MeetBot's channel slug: `#`s and spaces trimmed from both ends, lower-cased, `/` removed. */
export function channelSlug(channel: string): string {
  return safeValue(trimWith(channel, (ch) => ch === '#' || ch === ' ').toLowerCase());
}

/**
 * Expands a MeetBot `filenamePattern` into the base path of the meeting's files (no
 * extension): first `%(channel)s`, `%(meetingname)s` (the channel when unset) and
 * `%(network)s`, then `strftime` with the start time, so dates are written `%%Y` in the
 * pattern. E.g. `%(channel)s/%%Y/%(channel)s.%%F-%%H.%%M` gives
 * `meetbot-test/2009/meetbot-test.2009-06-17-05.00`. Values are made safe for a path and a URL.
 */
export function expandPattern(pattern: string, values: PatternValues): string {
  const channel = channelSlug(values.channel);
  const vars: Record<string, string> = {
    channel,
    meetingname: values.meetingName ? safeValue(values.meetingName) : channel,
    network: safeValue((values.network ?? 'nonetwork').trim().toLowerCase()),
  };
  const substituted = pattern.replace(/%(?:\((\w+)\)s|%)/g, (whole, key: string | undefined) =>
    key === undefined ? '%' : (vars[key] ?? whole),
  );
  return strftime(substituted, values.start);
}

/** `os.path.join(prefix, path)` for URLs: the prefix, a `/` if it lacks one, then the path. */
export function joinUrl(prefix: string, path: string): string {
  if (path.startsWith('/')) return path;
  return prefix === '' || prefix.endsWith('/') ? prefix + path : `${prefix}/${path}`;
}

/** The last segment of a path (`os.path.basename`). */
export function baseName(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}
