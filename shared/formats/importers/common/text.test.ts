import { describe, expect, it } from 'vitest';
import { logLines, splitLines, unescapeMarkdown } from './text';

describe('text helpers', () => {
  it('splits on every line end and neutralises Unicode separators', () => {
    expect(splitLines('a\r\nb\nc\rd')).toEqual(['a', 'b', 'c', 'd']);
    expect(splitLines('a\u2028b\u2029c')).toEqual(['a b c']);
  });

  it('strips formatting codes before splitting', () => {
    expect(logLines('\x0303[12:00]\x0f <a> \x02hi\x02\nx')).toEqual(['[12:00] <a> hi', 'x']);
  });

  it('removes Markdown escapes only', () => {
    expect(unescapeMarkdown('\\[16:06\\] \\<miconda> K\\|S \\n')).toBe('[16:06] <miconda> K|S \\n');
  });
});
