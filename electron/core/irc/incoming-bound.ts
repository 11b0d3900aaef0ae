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

/** Most bytes of an unfinished line kept while waiting for its end: one line at its longest. */
export const MAX_PENDING_BYTES = MAX_TAG_BYTES + MAX_BODY_BYTES + 2;

// What irc-framework's TCP transport buffers a line in until its LF arrives.
interface LineBuffer {
  incoming_buffer?: Buffer;
  onSocketData?: (data: Buffer) => void;
}

/**
 * `Base` with every line it reads passed through {@link boundLine} before the client sees it.
 * Over TCP (irc-framework's transport) an unfinished line is also kept to
 * {@link MAX_PENDING_BYTES}: beyond that its start is passed on as a line and the rest is
 * dropped up to its LF, so a server that never ends a line cannot fill the memory.
 */
export function boundIncoming(Base: TransportClass): TransportClass {
  return class BoundedTransport extends Base {
    constructor(...args: ConstructorParameters<TransportClass>) {
      super(...args);
      const self = this as unknown as LineBuffer;
      const read = self.onSocketData;
      if (!read) return;
      let skipping = false;
      self.onSocketData = (data: Buffer) => {
        if (skipping) {
          const end = data.indexOf(0x0a);
          if (end < 0) return;
          skipping = false;
          data = data.subarray(end + 1);
        }
        read.call(this, data);
        const pending = self.incoming_buffer;
        if (pending && pending.length > MAX_PENDING_BYTES) {
          self.incoming_buffer = Buffer.alloc(0);
          skipping = true;
          this.emit('line', pending.subarray(0, MAX_PENDING_BYTES).toString('utf8'));
        }
      };
    }

    override emit(event: string | symbol, ...args: unknown[]): boolean {
      if (event === 'line' && typeof args[0] === 'string')
        return super.emit(event, boundLine(args[0]));
      return super.emit(event, ...args);
    }
  };
}
