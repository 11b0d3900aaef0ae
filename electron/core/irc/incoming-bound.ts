import type { TransportClass } from 'irc-framework';

/**
 * Longest IRCv3 tag section a server sends, `@` and the space after it included
 * (https://ircv3.net/specs/extensions/message-tags: 8191 bytes).
 */
export const MAX_TAG_BYTES = 8191;
/** Longest rest of a line, CR LF excluded: 512 bytes with them (RFC 1459 §2.3). */
export const MAX_BODY_BYTES = 510;

const encoder = new TextEncoder();
const TERMINATOR_RE = /[\r\n]+$/;

/** The longest start of `text` that fits in `bytes` UTF-8 bytes, never splitting a character. */
function fitBytes(text: string, bytes: number): string {
  // A UTF-16 unit is at most 3 UTF-8 bytes: most lines are known to fit without encoding them.
  if (text.length * 3 <= bytes) return text;
  const { read } = encoder.encodeInto(text, new Uint8Array(bytes));
  return text.slice(0, read);
}

/**
 * A line from the server as a server would have accepted it: NUL removed (it ends a line for
 * most servers and has no place in text), a tag section over {@link MAX_TAG_BYTES} dropped, and
 * the rest cut to {@link MAX_BODY_BYTES} at a character boundary. A hostile or broken server's
 * 4 MB line becomes one ordinary line instead of a record and a row of 4 MB.
 */
export function boundLine(raw: string): string {
  const line = (raw.includes('\0') ? raw.replaceAll('\0', '') : raw).replace(TERMINATOR_RE, '');
  let tags = '';
  let body = line;
  if (line.startsWith('@')) {
    const space = line.indexOf(' ');
    tags = space < 0 ? line : line.slice(0, space + 1);
    body = space < 0 ? '' : line.slice(space + 1);
    if (fitBytes(tags, MAX_TAG_BYTES) !== tags) tags = '';
  }
  return tags + fitBytes(body, MAX_BODY_BYTES);
}

/** `Base` with every line it reads passed through {@link boundLine} before the client sees it. */
export function boundIncoming(Base: TransportClass): TransportClass {
  return class BoundedTransport extends Base {
    override emit(event: string | symbol, ...args: unknown[]): boolean {
      if (event === 'line' && typeof args[0] === 'string')
        return super.emit(event, boundLine(args[0]));
      return super.emit(event, ...args);
    }
  };
}
