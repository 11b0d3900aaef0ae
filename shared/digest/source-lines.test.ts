import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importLog } from '../formats/importers/import-log';
import { testData } from '../testdata/index';
import { sourceLineNumbers } from './source-lines';

describe('sourceLineNumbers', () => {
  it('finds each line of a real meeting page in the file, headings and transcript alike', () => {
    const text = readFileSync(testData('seeds/kamailio-devel-2012-01-31.md'), 'utf8');
    const log = importLog(text);
    if (!log.ok) throw new Error(log.error.message);
    const numbers = sourceLineNumbers(text, log.value.lines);
    const file = text.split('\n');
    log.value.lines.forEach((line, i) => {
      expect(file[numbers[i]! - 1]).toContain(line.text.trim());
    });
    expect(numbers[0]).toBe(55); // "### Existing Issues"
  });

  it('gives a line it cannot find the line after the last one found', () => {
    const line = (nick: string, text: string) => ({
      at: null,
      time: '',
      kind: 'message' as const,
      nick,
      text,
    });
    expect(
      sourceLineNumbers('<a> one\n\n<b> two\n', [
        line('a', 'one'),
        line('b', 'gone'),
        line('b', 'two'),
      ]),
    ).toEqual([1, 2, 3]);
  });
});
