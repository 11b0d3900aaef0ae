import type { Meeting, MeetingGap, MeetingLogLine } from '../../domain/meeting';
import { escapeHtmlText, escapeMarkup } from '../text/html-escape';
import { meetingLog, type MeetingLogView } from '../../meeting/meeting-log';
import { gapLogLine, walkLogWith, type LogWalker } from '../text/gap-notes';
import { isPlainTime, stripControls } from '../text/sanitize';
import { collect, type TextSink } from './chunks';
import { LOG_CSS } from './css';
import { htmlPageParts } from './html-page';
import { actionParts, messageParts } from './log-line-parts';
import { rawLogLine } from './text-log';

// HTMLlog2's regular expressions for the text of a message, applied as MeetBot does. `\s` is
// ASCII whitespace there and `.` stops at a newline.
const S = '\\t\\n\\v\\f\\r ';
const TOPIC_RE = /^(#topic[ \t\f\v]*)([^\n]*)/;
const COMMAND_RE = new RegExp(`^(#[^${S}]+[ \\t\\f\\v]*)([^\\n]*)`);
const SPACE_RE = new RegExp(`[${S}]`);
// What stripControls removes (see sanitize.ts) or escapeMarkup escapes: text with none of these
// goes into the page as it is.
const NEEDS_WORK_RE = /[\x00-\x08\x0a-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\ud800-\udfff&<>]/;

// Raw log lines are already free of controls.
const h = escapeMarkup;
// Text known to hold nothing to escape goes through as it is.
const asIs = (text: string): string => text;
const span = (cls: string, text: string, escape = h) =>
  `<span class="${cls}">${escape(text)}</span>`;

const isSpaceCode = (c: number): boolean => c === 0x20 || (c >= 0x09 && c <= 0x0d);

function messageText(text: string, escape = h): string {
  if (text.startsWith('#')) {
    const topic = TOPIC_RE.exec(text);
    if (topic) return span('topic', topic[1]!, escape) + span('topicline', topic[2]!, escape);
    const command = COMMAND_RE.exec(text);
    if (command) return span('cmd', command[1]!, escape) + span('cmdline', command[2]!, escape);
  }
  // hilight_re `([^\s]+:)( .*)`: a first word ending in `:`, then a space.
  let space = 0;
  while (space < text.length && !isSpaceCode(text.charCodeAt(space))) space++;
  if (space >= 2 && text.charCodeAt(space) === 0x20 && text.charCodeAt(space - 1) === 0x3a) {
    return span('hi', text.slice(0, space), escape) + escape(text.slice(space));
  }
  return escape(text);
}

/** One line of the `.log.html` from the raw log line, with its `l-N` anchor. */
export function htmlLogLine(raw: string, n: number): string {
  const anchor = `<a name="l-${n}"></a>`;
  const m = messageParts(raw);
  if (m)
    return `${anchor}<span class="tm">${h(m.time)}</span><span class="nk">${h(m.nick)}</span> ${messageText(m.text)}`;
  const a = actionParts(raw);
  if (a)
    return `${anchor}<span class="tm">${h(a.time)}</span><span class="nka">${h(a.nick)}</span> ${span('ac', a.text)}`;
  // MeetBot drops a line it cannot read (an empty nick); Gavel keeps it as plain text.
  return anchor + h(raw);
}

/**
 * What follows the stamp of a plain line by `nick`: the nick's markup, ready to use, or null
 * when the nick is one the shortcut cannot take (see plainLine).
 */
function nickMarkup(nick: string, kind: MeetingLogLine['kind']): string | null {
  const clean = stripControls(nick);
  if (clean === '') return null;
  if (kind === 'message') {
    return clean.includes('>') ? null : `</span><span class="nk"> &lt;${h(clean)}&gt;</span> `;
  }
  return SPACE_RE.test(clean) ? null : ` </span><span class="nka">* ${h(clean)}</span> `;
}

// The common case without re-reading the raw line: a plain `HH:MM:SS` stamp, a nick the
// expressions take whole, and text not starting with a space. Same result as htmlLogLine.
function plainLine(log: MeetingLogView, i: number, nick: string | null): string | null {
  const time = log.time(i);
  if (nick === null || !isPlainTime(time)) return null;
  const said = log.text(i);
  const plain = !NEEDS_WORK_RE.test(said);
  const text = plain ? said : stripControls(said);
  if (isSpaceCode(text.charCodeAt(0))) return null;
  const escape = plain ? asIs : h;
  const head = `<a name="l-${log.n(i)}"></a><span class="tm">${time}${nick}`;
  return log.kind(i) === 'message'
    ? head + messageText(text, escape)
    : `${head}<span class="ac">${escape(text)}</span>`;
}

// A gap as the `.log.txt` has it (stamp, then `* ` and the note), styled as an action, with no
// line anchor since it is no line of the meeting log.
function gapHtml(gap: MeetingGap): string {
  const raw = gapLogLine(gap);
  const space = raw.indexOf(' ');
  return `<span class="tm">${h(raw.slice(0, space))}</span> ${span('ac', raw.slice(space + 1))}`;
}

/**
 * The `.log.html` (see {@link htmlLog}) as a {@link LogWalker} writing into `out`: the page's
 * head at once, each line as it comes, gaps where they fell, the tail at the end.
 */
export function htmlLogWalker(meeting: Meeting, out: TextSink): LogWalker {
  const [head, tail] = htmlPageParts(`${escapeHtmlText(meeting.channel)} log`, LOG_CSS);
  out(`${head}<pre>`);
  const says = new Map<string, string | null>();
  const does = new Map<string, string | null>();
  const log = meetingLog(meeting);
  let first = true;
  const write = (html: string) => {
    out(first ? html : `\n${html}`);
    first = false;
  };
  return {
    line(i) {
      const kind = log.kind(i);
      const said = log.nick(i);
      const byKind = kind === 'message' ? says : does;
      let nick = byKind.get(said);
      if (nick === undefined) {
        nick = nickMarkup(said, kind);
        byKind.set(said, nick);
      }
      write(plainLine(log, i, nick) ?? htmlLogLine(rawLogLine(log.line(i)), log.n(i)));
    },
    gap: (gap) => write(gapHtml(gap)),
    end: () => out(`</pre>${tail}`),
  };
}

/** Writes the `.log.html` (see {@link htmlLog}) into `out`, line by line, gaps where they fell. */
export function writeHtmlLog(meeting: Meeting, out: TextSink): void {
  walkLogWith(meeting, [htmlLogWalker(meeting, out)]);
}

/** The `.log.html`: the whole meeting log in a `<pre>`, each line anchored `l-N`. */
export function htmlLog(meeting: Meeting): string {
  return collect((out) => writeHtmlLog(meeting, out));
}
