import { describe, expect, it } from 'vitest';
import { charsPerLine, estimateRowPx } from './row-estimate';

describe('row estimates', () => {
  it('gives a one-line row 24px, the height the stylesheet fixes', () => {
    expect(estimateRowPx({ nick: 'alice', text: 'hi' }, 80)).toBe(24);
    expect(estimateRowPx(undefined, 80)).toBe(24);
  });

  it('adds 20px per extra line of text', () => {
    expect(estimateRowPx({ nick: 'a', text: 'x'.repeat(100) }, 80)).toBe(44);
    expect(estimateRowPx({ nick: 'a', text: 'x'.repeat(300) }, 80)).toBe(84);
  });

  it('fits more characters on a wider row, never fewer than a few', () => {
    expect(charsPerLine(1200)).toBeGreaterThan(charsPerLine(600));
    expect(charsPerLine(0)).toBe(16);
  });
});
