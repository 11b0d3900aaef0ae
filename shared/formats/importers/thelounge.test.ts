import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { thelounge } from './thelounge';

const sample = readFileSync(new URL('./samples/thelounge.log', import.meta.url), 'utf8');

describe('thelounge importer', () => {
  const log = thelounge.parse(sample);

  it('reads UTC stamps, mode prefixes and events', () => {
    expect(log).toMatchObject({ format: 'thelounge', date: '2024-05-01', timeZone: 'UTC' });
    expect(log.lines).toHaveLength(18);
    expect(log.lines[1]).toEqual({
      at: Date.UTC(2024, 4, 1, 14, 0, 10),
      time: '14:00:10',
      kind: 'message',
      nick: 'wfischer',
      text: '#startmeeting matrix bridge ops',
    });
    expect(log.lines[4]).toMatchObject({
      kind: 'action',
      nick: 'wfischer',
      text: 'checks the dashboard',
    });
    expect(log.lines.map((l) => l.kind).filter((k) => k !== 'message')).toEqual([
      'join',
      'action',
      'nick',
      'topic',
      'mode',
      'join',
      'kick',
      'notice',
      'part',
      'quit',
    ]);
  });

  it('turns the "| " lines of a multi-line message into lines by the same sender', () => {
    expect(log.lines[7]).toMatchObject({
      kind: 'message',
      nick: 'ocampo',
      text: 'it got better after the restart at 18:00',
    });
  });

  it('skips a continuation with nothing to continue', () => {
    expect(thelounge.parse('[2024-05-01T14:01:31.101Z] | orphan').lines).toEqual([]);
  });
});
