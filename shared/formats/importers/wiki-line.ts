import type { Stamp } from './common/log-builder';
import { parseClock } from './common/clock-time';
import { isIsoDate } from './common/dates';
import { bareNick } from './common/nick';
import { normalizeZone } from './common/zone';

/** A transcript line read from a wiki page or a plain-text copy of a chat. */
export interface WikiLine {
  kind: 'message' | 'action';
  nick: string;
  text: string;
  /** `HH:MM[:SS]` or '' when the line has no time. */
  time: string;
  stamp?: Stamp;
}

// The stamp in front of a line: "[10:02am]", "[2014-05-14 16:06:41]", "15:02", "11:02am",
// "2021-12-15 09:59:47 -0500 EST", "2024-12-09T15:00Z".
const STAMP_RE =
  /^(?:\[(?:(\d{4}-\d\d-\d\d) )?(\d{1,2}:\d\d(?::\d\d)?) ?([AaPp][Mm])?\]|(?:(\d{4}-\d\d-\d\d)[ T])?(\d{1,2}:\d\d(?::\d\d)?)(?: ?([AaPp][Mm]))?(?: ?([+-]\d\d:?\d\d|Z|UTC)(?: [A-Z]{2,5})?)?) +(.*)$/;
const NICK = '@?[A-Za-z_[\\]\\\\^{|}`][A-Za-z0-9_[\\]\\\\^{|}`.-]{0,40}';
// A nick or a Matrix id in angle brackets; `<https://…>` is a Markdown autolink, not a speaker.
const ANGLE_RE = /^<(@[^\s>:]+:[^\s>/]+|[^\s>:/]{1,64})> ?(.*)$/;
const BOLD_RE = /^\*\*([^\s*]{1,64}?):?\*\*:?[ \t]+(\S.*)$/;
const ACTION_RE = /^[*•] ([^\s*:]+) (.*)$/;
const MXID_RE = /^(@[^\s:]+:\S+) (.*)$/;
const COLON_RE = new RegExp(`^(${NICK}):(?: (.*)|$)`);
const SPEAKER_RE = /^\*\*([^*:]{1,64})\*\*$/;
const BULLET_RE = /^[-*] (?:\d|\[|\*\*|<)/;

function said(
  kind: WikiLine['kind'],
  nick: string,
  text: string,
  time: string,
  stamp?: Stamp,
): WikiLine {
  const line: WikiLine = { kind, nick: bareNick(nick), text, time };
  if (stamp) line.stamp = stamp;
  return line;
}

function speakerPart(
  text: string,
  time: string,
  stamp: Stamp | undefined,
  stamped: boolean,
  bare: boolean,
): WikiLine | null {
  const first = text[0];
  let m: RegExpExecArray | null = null;
  if (first === '<') m = ANGLE_RE.exec(text);
  else if (first === '*' && text[1] === '*') m = BOLD_RE.exec(text);
  if (m) return said('message', m[1]!, m[2]!, time, stamp);
  if (first === '•' || (first === '*' && stamped)) {
    if ((m = ACTION_RE.exec(text))) return said('action', m[1]!, m[2]!, time, stamp);
  }
  if (first === '@' && stamped && (m = MXID_RE.exec(text)))
    return said('message', m[1]!, m[2]!, time, stamp);
  if ((stamped || bare) && (m = COLON_RE.exec(text)))
    return said('message', m[1]!, (m[2] ?? '').trim(), time, stamp);
  return null;
}

/**
 * Reads one transcript line in the shapes wiki pages use: `15:02 nick: text`, `[10:02am] nick:
 * text`, `[16:06] <nick> text`, `**nick:** text`, `15:01:12 **@nick** text`, `2021-12-15 09:59:47
 * -0500 EST @nick:server text`, `• nick action`; a leading `- ` bullet is allowed. A bare
 * `nick: text` without a time is read only when `bare` is true (inside a transcript section, or
 * an indented line). Markdown escapes must already be removed. Null for anything else.
 */
export function readWikiLine(line: string, bare: boolean): WikiLine | null {
  const t = line.trim();
  const s = (t[0] === '-' || t[0] === '*') && BULLET_RE.test(t) ? t.slice(2) : t;
  const first = s.charCodeAt(0);
  // Every stamp starts with a digit or '['.
  const m = (first >= 48 && first <= 57) || first === 91 ? STAMP_RE.exec(s) : null;
  if (!m) return speakerPart(s, '', undefined, false, bare);
  const time = parseClock(m[2] ?? m[5]!, m[3] ?? m[6]);
  if (!time) return null;
  const date = m[1] ?? m[4];
  const zone = m[7] ? normalizeZone(m[7]) : null;
  const stamp = date && isIsoDate(date) ? (zone ? { date, zone } : { date }) : undefined;
  return speakerPart(m[8]!, time, stamp, true, bare);
}

/**
 * The speaker of a `**nick**` line standing alone: the chat-export shape where the lines that
 * follow are theirs. Exports show display names, so the result may contain spaces
 * (`**Henning Westerholt**`).
 */
export function readSpeaker(line: string): string | null {
  const m = SPEAKER_RE.exec(line.trim());
  const name = m?.[1]!.trim();
  return name ? bareNick(name) : null;
}
