import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { withLines } from '../../../shared/formats/importers/common/table-builder';
import { importTable, importTableParts } from '../../../shared/formats/importers/import-log';
import { testData } from '../../../shared/testdata/index';
import { LineParts } from './line-parts';

const bytes = (text: string) => new TextEncoder().encode(text);

/** The parts of `data` sent in chunks cut at `cuts` (byte offsets). */
function streamed(data: Uint8Array, cuts: readonly number[]): readonly string[] {
  const parts = new LineParts();
  let from = 0;
  for (const cut of [...cuts, data.length]) {
    parts.push(data.subarray(from, cut));
    from = cut;
  }
  return parts.end();
}

/** The text the whole file decodes to. */
const whole = (data: Uint8Array) => new TextDecoder('utf-8', { ignoreBOM: false }).decode(data);

describe('LineParts', () => {
  it('keeps a line cut between two chunks whole, and decodes only whole lines', () => {
    const parts = new LineParts();
    parts.push(bytes('12:00:01 <ann> hello\n12:00:02 <bo'));
    expect(parts.parts.join('')).toBe('12:00:01 <ann> hello\n');
    parts.push(bytes('b> there\n'));
    expect(parts.end().join('')).toBe('12:00:01 <ann> hello\n12:00:02 <bob> there\n');
  });

  it('keeps a UTF-8 character cut between two chunks', () => {
    const data = bytes('12:00:01 <ann> café ☕ 𝄞\n12:00:02 <bob> ok');
    const euro = data.indexOf(0xe2); // the first byte of ☕ (three bytes)
    const clef = data.indexOf(0xf0); // the first byte of 𝄞 (four bytes)
    for (const cut of [euro + 1, euro + 2, clef + 1, clef + 3]) {
      const parts = streamed(data, [cut]);
      expect(parts.join(''), `cut at ${cut}`).toBe(whole(data));
      expect(parts.join('')).not.toContain('\ufffd');
    }
  });

  it('keeps a CR LF pair cut between two chunks as one line end', () => {
    const data = bytes('12:00:01 <ann> one\r\n12:00:02 <bob> two\r\n');
    const cr = data.indexOf(0x0d);
    const parts = streamed(data, [cr + 1]);
    expect(parts.join('')).toBe(whole(data));
    expect(parts.every((p) => !p.endsWith('\r'))).toBe(true);
  });

  it('drops the file’s byte-order mark, even cut, but keeps one that starts a later line', () => {
    const data = bytes('\ufeffone\n\ufefftwo\n');
    expect(streamed(data, [1]).join('')).toBe('one\n\ufefftwo\n');
    expect(streamed(data, [4, 5]).join('')).toBe('one\n\ufefftwo\n');
  });

  it('gives the text the whole file decodes to for chunks cut anywhere', () => {
    const data = bytes('\ufeffa\r\nbé\n\nc☕\rd\r\n𝄞 e\n\x00f');
    for (let a = 0; a <= data.length; a++) {
      for (let b = a; b <= data.length; b += 3) {
        const parts = streamed(data, [a, b]);
        expect(parts.join(''), `cuts ${a}, ${b}`).toBe(whole(data));
        expect(parts.slice(0, -1).every((p) => p.endsWith('\n'))).toBe(true);
      }
    }
  });

  it('reads a real log cut in 512-byte chunks as importTable reads the file', () => {
    const file = readFileSync(testData('seeds/cockpit-2017-05-08.log.txt'));
    const crlf = Buffer.from(file.toString('utf8').replace(/\n/g, '\r\n'));
    for (const data of [file, crlf]) {
      const cuts = Array.from({ length: Math.floor(data.length / 511) }, (_, i) => (i + 1) * 511);
      const parts = streamed(data, cuts);
      const opts = { channel: '#cockpit' };
      const fromParts = importTableParts(parts, opts);
      const fromFile = importTable(data, opts);
      if (!fromParts.ok || !fromFile.ok) throw new Error('not read');
      expect(fromParts.value.table.length).toBeGreaterThan(100);
      expect(withLines(fromParts.value)).toEqual(withLines(fromFile.value));
    }
  });
});
