import { fail, ok, type Result } from '../../ipc/result';

/** A mailbox: an address and, when given, the name shown with it. */
export interface Mailbox {
  name: string | null;
  address: string;
}

// The HTML standard's "valid e-mail address": what people type, without RFC 5322's comments and
// quoted local parts, which mail programs handle badly anyway.
const ADDRESS_RE =
  /^[a-zA-Z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)*$/;
const NAMED_RE = /^(.*?)\s*<([^<>]*)>$/s;
// A comma outside double quotes separates mailboxes.
const SEPARATOR_RE = /,(?=(?:[^"]*"[^"]*")*[^"]*$)/;

/** Parses `user@example.org` or `Name <user@example.org>` (the name may be quoted). */
export function parseMailbox(text: string): Result<Mailbox> {
  const trimmed = text.trim();
  const named = NAMED_RE.exec(trimmed);
  const address = (named ? named[2]! : trimmed).trim();
  if (address.length > 254 || !ADDRESS_RE.test(address)) {
    const shown = address.replace(/[\r\n]+/g, ' ').slice(0, 80);
    return fail('address', `"${shown}" is not an e-mail address such as devel@lists.example.org.`);
  }
  let name = named ? named[1]!.trim() : '';
  if (/^".*"$/s.test(name)) name = name.slice(1, -1).replace(/\\(.)/g, '$1');
  name = name
    .replace(/[\p{Cc}\u2028\u2029]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return ok({ name: name === '' ? null : name, address });
}

/** Parses one or more mailboxes (a list, or one string separated by commas); at least one. */
export function parseMailboxes(input: string | readonly string[]): Result<Mailbox[]> {
  const parts = (typeof input === 'string' ? input.split(SEPARATOR_RE) : [...input]).filter(
    (p) => p.trim() !== '',
  );
  if (parts.length === 0) return fail('address', 'At least one recipient address is needed.');
  const out: Mailbox[] = [];
  for (const part of parts) {
    const parsed = parseMailbox(part);
    if (!parsed.ok) return parsed;
    out.push(parsed.value);
  }
  return ok(out);
}
