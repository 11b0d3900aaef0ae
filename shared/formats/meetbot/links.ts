import { pyStrip, trimWith, type TextModel } from '../text/python-text';

/** A link item split as MeetBot shows it: text before the URL, the URL, text after it. */
export interface LinkParts {
  prefix: string;
  url: string;
  suffix: string;
}

// rkdarst 2010: the first http/https/irc/ftp/mailto/ssh URL anywhere, without a final `.` or `)`.
const URL_2010_RE =
  /^([^\n]*?)((?:http:|https:|irc:|ftp:|mailto:|ssh:)\/\/[^\t\n\v\f\r ]+(?<!\.|\)))([^\n]*)/;

function firstWord(text: string): [string, string] {
  const padded = `${text} `;
  const space = padded.indexOf(' ');
  return [padded.slice(0, space), padded.slice(space + 1)];
}

/**
 * Splits a link's text. `2009` (Fedora, meetingology): the first word is the URL, the rest
 * (stripped) follows after a space, so `#link Board: https://…` links `Board:`. `2010`: the URL
 * is found anywhere; without one, the first word is used as in 2009.
 */
export function linkParts(text: string, style: '2009' | '2010', model: TextModel): LinkParts {
  if (style === '2010') {
    const m = URL_2010_RE.exec(text);
    if (m) return { prefix: m[1]!, url: m[2]!, suffix: m[3]! };
    const [url, rest] = firstWord(text);
    return { prefix: '', url, suffix: ` ${rest}` };
  }
  const [url, rest] = firstWord(text);
  return { prefix: '', url, suffix: ` ${pyStrip(rest, model)}` };
}

const LIVE_SCHEMES = new Set(['http', 'https', 'irc', 'ircs', 'ftp', 'mailto']);
const SCRIPT_SCHEMES = new Set([
  'javascript',
  'vbscript',
  'data',
  'file',
  'blob',
  'filesystem',
  'about',
  'view-source',
]);
const SCHEME_RE = /^([A-Za-z][A-Za-z0-9+.-]*):([^]*)$/;

/**
 * True when `url` may be the `href` of a link in the minutes: an http(s), irc(s), ftp or mailto
 * URL, a relative reference, or a bare `Word:` label (MeetBot's `#link Label: url` idiom links
 * the label, which cannot carry anything). Browsers drop tabs and newlines and trim controls
 * before reading the scheme, so this does too.
 */
export function isSafeHref(url: string): boolean {
  const normalized = trimWith(url.replace(/[\t\n\r]/g, ''), (ch) => ch <= ' ');
  const m = SCHEME_RE.exec(normalized);
  if (!m) return true;
  const scheme = m[1]!.toLowerCase();
  if (LIVE_SCHEMES.has(scheme)) return true;
  return m[2] === '' && !SCRIPT_SCHEMES.has(scheme);
}
