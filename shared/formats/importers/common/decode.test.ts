import { describe, expect, it } from 'vitest';
import { decodeLog } from './decode';

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
