import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import type { ClientOptions } from 'irc-framework';
import NetTransport from 'irc-framework/src/transports/net.js';
import {
  boundIncoming,
  boundLine,
  MAX_BODY_BYTES,
  MAX_PENDING_BYTES,
  MAX_TAG_BYTES,
} from './incoming-bound';

const bytes = (s: string) => Buffer.byteLength(s);

describe('boundLine', () => {
  it('keeps an ordinary line as it is, without its line ending', () => {
    expect(boundLine(':a!b@c PRIVMSG #m :hello\r\n')).toBe(':a!b@c PRIVMSG #m :hello');
    const tagged = '@time=2026-01-01T00:00:00.000Z;msgid=x :a!b@c PRIVMSG #m :hi';
    expect(boundLine(tagged)).toBe(tagged);
  });

  it('removes NUL', () => {
    expect(boundLine(':a!b@c PRIVMSG #m :be\0fore\0\r\n')).toBe(':a!b@c PRIVMSG #m :before');
  });

  it('cuts the body to 510 bytes at a character boundary, and keeps tags up to 8191 bytes', () => {
    const long = `:a!b@c PRIVMSG #m :${'é'.repeat(4_000_000)}`;
    const cut = boundLine(long);
    expect(bytes(cut)).toBeLessThanOrEqual(MAX_BODY_BYTES);
    expect(bytes(cut)).toBeGreaterThan(MAX_BODY_BYTES - 2);
    expect(cut).not.toContain('\ufffd');
    const tags = `@${'k=v;'.repeat(2000)} `;
    expect(bytes(tags)).toBeLessThanOrEqual(MAX_TAG_BYTES);
    expect(boundLine(`${tags}${long}`)).toBe(`${tags}${cut}`);
    expect(boundLine(`@${'x'.repeat(MAX_TAG_BYTES)} :a PRIVMSG #m :hi`)).toBe(':a PRIVMSG #m :hi');
  });

  test.prop([fc.string({ unit: 'binary', maxLength: 3000 })])(
    'never leaves NUL, a line ending, or more than the caps',
    (raw) => {
      const line = boundLine(raw);
      expect(line).not.toMatch(/\0|[\r\n]$/);
      const space = line.startsWith('@') ? line.indexOf(' ') + 1 : 0;
      expect(bytes(line.slice(space))).toBeLessThanOrEqual(MAX_BODY_BYTES);
      expect(bytes(line.slice(0, space))).toBeLessThanOrEqual(MAX_TAG_BYTES);
    },
  );
});

describe('boundIncoming over the TCP transport', () => {
  it('never buffers more than one line’s worth of a line that does not end', () => {
    const Bounded = boundIncoming(NetTransport);
    const transport = new Bounded({ host: '127.0.0.1', port: 1, nick: 'x' } as ClientOptions);
    const raw = transport as unknown as { incoming_buffer: Buffer; onSocketData(d: Buffer): void };
    raw.incoming_buffer = Buffer.alloc(0);
    const lines: string[] = [];
    transport.on('line', (line: string) => lines.push(line));
    raw.onSocketData(Buffer.from(':m!m@h PRIVMSG #m :'));
    let most = 0;
    for (let i = 0; i < 64; i++) {
      raw.onSocketData(Buffer.alloc(64 * 1024, 'y'));
      most = Math.max(most, raw.incoming_buffer.length);
    }
    raw.onSocketData(Buffer.from('tail\r\n:c!c@h PRIVMSG #m :next\r\n'));
    expect(most).toBeLessThanOrEqual(MAX_PENDING_BYTES);
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^:m!m@h PRIVMSG #m :y+$/);
    expect(bytes(lines[0]!)).toBeLessThanOrEqual(MAX_BODY_BYTES);
    expect(lines[1]).toBe(':c!c@h PRIVMSG #m :next');
  });
});
