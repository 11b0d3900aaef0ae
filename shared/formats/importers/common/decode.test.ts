import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { decodeLog, decodeLogParts } from './decode';

const bytes = (...b: number[]) => new Uint8Array(b);

describe('decodeLog', () => {
  it('decodes UTF-8 and drops a byte-order mark', () => {
    const input = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('12:00 < ä> hi')]);
    expect(decodeLog(input)).toEqual({ ok: true, value: '12:00 < ä> hi' });
    expect(decodeLog('\ufeffx')).toEqual({ ok: true, value: 'x' });
  });

  it('replaces invalid UTF-8 in an otherwise textual file', () => {
    const text = new TextEncoder().encode(`${'12:00:01 <a> hello there\n'.repeat(20)}caf`);
    const r = decodeLog(new Uint8Array([...text, 0xe9]));
    expect(r.ok && r.value.endsWith('caf\ufffd')).toBe(true);
  });

  it('refuses empty and whitespace-only input', () => {
    expect(decodeLog(bytes())).toMatchObject({ ok: false, error: { code: 'empty' } });
    expect(decodeLog(' \n\t\r\n')).toMatchObject({ ok: false, error: { code: 'empty' } });
  });

  it('refuses NUL bytes and control-heavy or non-UTF-8 input', () => {
    expect(decodeLog('12:00 <a> hi\0')).toMatchObject({ ok: false, error: { code: 'binary' } });
    const png = bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x01, 0x02, 0x03);
    expect(decodeLog(png)).toMatchObject({ ok: false, error: { code: 'binary' } });
    const latin = bytes(...Array.from({ length: 200 }, (_, i) => 0x80 + (i % 120)));
    expect(decodeLog(latin)).toMatchObject({ ok: false, error: { code: 'binary' } });
  });

  it('keeps mIRC formatting codes, which logs may contain', () => {
    expect(decodeLog('\x0303[18:00] <a> \x02hi\x02')).toMatchObject({ ok: true });
  });
});

describe('decodeLogParts', () => {
  const encode = (s: string) => new TextEncoder().encode(s);

  it('joins into the text decodeLog gives, with lines of plain ASCII apart from the rest', () => {
    const text = '12:00 <a> hi\n12:01 <b> café\n12:02 <c> ok\n12:03 <d> ok too\n—\nend';
    const parts = decodeLogParts(encode(text));
    expect(parts).toEqual({
      ok: true,
      value: [
        '12:00 <a> hi\n',
        '12:01 <b> café\n',
        '12:02 <c> ok\n12:03 <d> ok too\n',
        '—\n',
        'end',
      ],
    });
  });

  it('finds a lone byte above 0x7f wherever it sits in a word', () => {
    for (let at = 0; at < 8; at++) {
      const bytes = new Uint8Array([
        ...encode('x'.repeat(at)),
        0xff,
        ...encode(`\n${'abcdefgh\n'.repeat(4)}é`),
      ]);
      const parts = decodeLogParts(bytes);
      expect(parts.ok && parts.value[0]).toBe(`${'x'.repeat(at)}\ufffd\n`);
    }
  });

  test.prop([
    fc.array(
      fc.oneof(
        fc.constantFrom(
          0x0a,
          0x0a,
          0x20,
          0x41,
          0x7f,
          0x80,
          0xbf,
          0xc3,
          0xa9,
          0xe2,
          0x80,
          0x94,
          0xef,
          0xbb,
          0xf0,
          0x9f,
          0xff,
        ),
        fc.integer({ min: 0x01, max: 0xff }),
      ),
      { maxLength: 60 },
    ),
    fc.boolean(),
    fc.integer({ min: 0, max: 3 }),
  ])(
    'decodes any bytes, at any alignment, as one decoding of the whole would',
    (bytes, bom, offset) => {
      const body = new Uint8Array([...(bom ? [0xef, 0xbb, 0xbf] : []), ...bytes]);
      // The same bytes at another offset in their buffer, as a file read into a shared pool may be.
      const shifted = new Uint8Array(body.length + offset);
      shifted.set(body, offset);
      const input = shifted.subarray(offset);
      const whole = new TextDecoder('utf-8').decode(body).replace(/^\ufeff/, '');
      const parts = decodeLogParts(input);
      if (parts.ok) {
        expect(parts.value.join('')).toBe(whole);
        for (const part of parts.value.slice(0, -1)) expect(part.endsWith('\n')).toBe(true);
        // A part is a run of ASCII lines, or a single line holding something else.
        for (const part of parts.value)
          expect(/^[\x00-\x7f]*$/.test(part) || !part.slice(0, -1).includes('\n')).toBe(true);
      } else expect(decodeLog(whole).ok).toBe(false);
    },
  );
});
