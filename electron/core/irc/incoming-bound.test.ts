import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { boundLine, MAX_BODY_BYTES, MAX_TAG_BYTES } from './incoming-bound';

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
