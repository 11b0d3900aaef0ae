import { fail, ok, type Result } from '../../ipc/result';
import { parseMailbox, parseMailboxes } from './address';
import { encodeWords, foldHeader, formatMailbox, headerText } from './header';
import { quotedPrintable } from './quoted-printable';

/** What a mailing-list draft carries. */
export interface EmlInput {
  /** One address, several separated by commas, or a list; `Name <addr>` accepted. */
  to: string | readonly string[];
  subject: string;
  /** The text minutes. */
  body: string;
  /** Left out when not given, so the mail program fills in the sender's own account. */
  from?: string;
  /** When the draft was made, epoch ms. */
  date: number;
}

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
// RFC 5322 §2.1.1: no line may exceed 998 octets; beyond that the body goes quoted-printable.
const MAX_LINE_OCTETS = 998;
const encoder = new TextEncoder();

/** An RFC 5322 date in UTC, e.g. `Mon, 16 Mar 2026 14:00:00 +0000`. */
export function mailDate(at: number): string {
  const d = new Date(at);
  const two = (n: number) => String(n).padStart(2, '0');
  return `${DAYS[d.getUTCDay()]}, ${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()} ${two(d.getUTCHours())}:${two(d.getUTCMinutes())}:${two(d.getUTCSeconds())} +0000`;
}

function needsQuotedPrintable(lines: readonly string[]): boolean {
  return lines.some((l) => encoder.encode(l).length > MAX_LINE_OCTETS);
}

/**
 * An unsent e-mail (`.eml`, RFC 5322 with MIME) that mail programs open as a draft: CRLF line
 * endings, `text/plain; charset=UTF-8`, the body in 8bit unless a line is too long for it (then
 * quoted-printable), a non-ASCII subject or name as RFC 2047 encoded words. Header values
 * cannot carry line breaks, and every address is checked. Fails with a message on a bad
 * address, an empty subject or an invalid date.
 */
export function emlDraft(input: EmlInput): Result<string> {
  const to = parseMailboxes(input.to);
  if (!to.ok) return to;
  const from = input.from === undefined ? null : parseMailbox(input.from);
  if (from && !from.ok) return from;
  const subject = headerText(input.subject);
  if (subject === '') return fail('subject', 'The e-mail needs a subject.');
  if (!Number.isFinite(input.date) || Math.abs(input.date) > 8.64e15)
    return fail('date', 'The e-mail has no valid date.');

  const lines = input.body.replace(/\0/g, '').split(/\r\n|\r|\n/);
  const qp = needsQuotedPrintable(lines);
  const headers = [
    `Date: ${mailDate(input.date)}`,
    ...(from ? [foldHeader('From', formatMailbox(from.value))] : []),
    foldHeader('To', to.value.map(formatMailbox).join(', ')),
    foldHeader('Subject', encodeWords(subject)),
    'MIME-Version: 1.0',
    'Content-Type: text/plain; charset=UTF-8',
    `Content-Transfer-Encoding: ${qp ? 'quoted-printable' : '8bit'}`,
    // Outlook and others open a message marked unsent as a draft, ready to send.
    'X-Unsent: 1',
  ];
  const body = qp ? quotedPrintable(lines.join('\n')) : lines.join('\r\n');
  return ok(`${headers.join('\r\n')}\r\n\r\n${body}${body.endsWith('\r\n') ? '' : '\r\n'}`);
}
