import { describe, expect, it } from 'vitest';
import { headerColumns, isSeparatorRow, readTableRow, splitRow } from './wiki-table';

describe('transcript tables', () => {
  it('splits rows on unescaped pipes', () => {
    expect(splitRow('| a | b \\| c |')).toEqual(['a', 'b | c']);
    expect(splitRow('|10:24:24|@m:s|ready|')).toEqual(['10:24:24', '@m:s', 'ready']);
    expect(splitRow('not a row')).toBeNull();
  });

  it('recognises separators and headers', () => {
    expect(isSeparatorRow(['---', ':---:', '--'])).toBe(true);
    expect(isSeparatorRow(['---', 'x'])).toBe(false);
    expect(headerColumns(['time (UTC)', 'person', 'comment'])).toEqual({
      time: 0,
      nick: 1,
      text: 2,
    });
    expect(headerColumns(['who', 'said'])).toEqual({ time: -1, nick: 0, text: 1 });
    expect(headerColumns(['a', 'b'])).toBeNull();
  });

  it('reads rows with and without a header', () => {
    expect(
      readTableRow(['2024-12-09 15:00', '@miconda', 'hello!'], { time: 0, nick: 1, text: 2 }),
    ).toEqual({
      kind: 'message',
      nick: 'miconda',
      text: 'hello!',
      time: '15:00',
      stamp: { date: '2024-12-09' },
    });
    expect(
      readTableRow(['10:24:24', '@miconda:matrix.kamailio.dev', 'ready to start'], null),
    ).toMatchObject({
      nick: '@miconda:matrix.kamailio.dev',
      time: '10:24:24',
    });
    expect(readTableRow(['@miconda:matrix.kamailio.dev', 'hello everyone!'], null)).toMatchObject({
      time: '',
      text: 'hello everyone!',
    });
    expect(readTableRow(['one', 'two', 'three'], null)).toBeNull();
    expect(readTableRow(['10:32:13', '@henning:matrix.kamailio.dev', ''], null)).toBeNull();
    expect(readTableRow(['nick with spaces', 'text'], null)).toBeNull();
  });
});
