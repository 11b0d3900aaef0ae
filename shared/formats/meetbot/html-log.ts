import type { Meeting, MeetingLogLine } from '../../domain/meeting';
import { escapeHtmlText, escapeMarkup } from '../text/html-escape';
import { stripControls } from '../text/sanitize';
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
const TIME_RE = /^[0-9:]+$/;

// Raw log lines are already free of controls.
const h = escapeMarkup;
const span = (cls: string, text: string) => `<span class="${cls}">${h(text)}</span>`;

function messageText(text: string): string {
  if (text.startsWith('#')) {
    const topic = TOPIC_RE.exec(text);
    if (topic) return span('topic', topic[1]!) + span('topicline', topic[2]!);
    const command = COMMAND_RE.exec(text);
    if (command) return span('cmd', command[1]!) + span('cmdline', command[2]!);
  }
  // hilight_re `([^\s]+:)( .*)`: a first word ending in `:`, then a space.
  const space = text.search(SPACE_RE);
  if (space >= 2 && text[space] === ' ' && text[space - 1] === ':') {
    return span('hi', text.slice(0, space)) + h(text.slice(space));
  }
  return h(text);
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

// The common case without re-reading the raw line: a plain `HH:MM:SS` stamp, a nick the
// expressions take whole, and text not starting with a space. Same result as htmlLogLine.
function plainLine(line: MeetingLogLine, nick: string, nickHtml: string): string | null {
  const text = stripControls(line.text);
  if (!TIME_RE.test(line.time) || nick === '' || SPACE_RE.test(text.charAt(0))) return null;
  const anchor = `<a name="l-${line.n}"></a><span class="tm">${line.time}`;
  if (line.kind === 'message') {
    if (nick.includes('>')) return null;
    return `${anchor}</span><span class="nk"> &lt;${nickHtml}&gt;</span> ${messageText(text)}`;
  }
  if (SPACE_RE.test(nick)) return null;
  return `${anchor} </span><span class="nka">* ${nickHtml}</span> ${span('ac', text)}`;
}

/** The `.log.html`: the whole meeting log in a `<pre>`, each line anchored `l-N`. */
export function htmlLog(meeting: Meeting): string {
  const [head, tail] = htmlPageParts(`${escapeHtmlText(meeting.channel)} log`, LOG_CSS);
  const nicks = new Map<string, [string, string]>();
  // One growing string: cheaper here than an array of a million pieces joined at the end.
  let body = '';
  for (const line of meeting.log) {
    let nick = nicks.get(line.nick);
    if (!nick) {
      const clean = stripControls(line.nick);
      nick = [clean, h(clean)];
      nicks.set(line.nick, nick);
    }
    if (line.n > 1) body += '\n';
    body += plainLine(line, nick[0], nick[1]) ?? htmlLogLine(rawLogLine(line), line.n);
  }
  return `${head}<pre>${body}</pre>${tail}`;
}
