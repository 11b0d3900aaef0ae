import { fail, ok, type Result } from '../../ipc/result';
import { parseMailboxes } from './address';
import { headerText, wellFormed } from './header';

/** What a `mailto:` link opens in the mail program. */
export interface MailtoInput {
  to: string | readonly string[];
  subject: string;
  body: string;
}

/** A `mailto:` link, and whether the body had to be cut to fit. */
export interface MailtoLink {
  href: string;
  truncated: boolean;
}

/**
 * Mail programs and operating systems cut or refuse longer `mailto:` links (Outlook and
 * Windows stop near 2,000 characters).
 */
export const MAILTO_MAX = 2000;
/** Said at the end of a body that was cut. */
export const TRUNCATION_NOTE =
  '[Minutes truncated here: the full text is in the exported minutes file.]';

function encodeAddress(address: string): string {
  return encodeURIComponent(address).replace(/%40/g, '@');
}

/**
 * A `mailto:` link (RFC 6068): addresses, subject and body percent-encoded as UTF-8, line breaks
 * as `%0D%0A`. When the link would exceed `max` characters, the body is cut at a line break
 * (or, failing one, anywhere) and ends with `note`. Fails on a bad address, or when even an
 * empty body would not fit.
 */
export function mailtoLink(
  input: MailtoInput,
  max: number = MAILTO_MAX,
  note: string = TRUNCATION_NOTE,
): Result<MailtoLink> {
  const to = parseMailboxes(input.to);
  if (!to.ok) return to;
  const head =
    `mailto:${to.value.map((m) => encodeAddress(m.address)).join(',')}` +
    `?subject=${encodeURIComponent(headerText(input.subject))}&body=`;
  const encode = (body: string) => encodeURIComponent(body.replace(/\r\n|\r|\n/g, '\r\n'));
  const text = wellFormed(input.body);
  const full = head + encode(text);
  if (full.length <= max) return ok({ href: full, truncated: false });

  const chars = Array.from(text);
  const tail = `\n\n${note}`;
  const fits = (n: number) => head.length + encode(chars.slice(0, n).join('') + tail).length <= max;
  if (!fits(0))
    return fail(
      'too-long',
      `The recipients and subject alone make the mail link longer than ${max} characters.`,
    );
  let lo = 0;
  let hi = chars.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (fits(mid)) lo = mid;
    else hi = mid - 1;
  }
  const kept = chars.slice(0, lo).join('');
  const lastBreak = kept.lastIndexOf('\n');
  const body = (lastBreak > 0 ? kept.slice(0, lastBreak) : kept).trimEnd() + tail;
  return ok({ href: head + encode(body), truncated: true });
}
