import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { textual } from './textual';

const sample = readFileSync(new URL('./samples/textual.txt', import.meta.url), 'utf8');

describe('textual importer', () => {
  const log = textual.parse(sample);

  it('keeps the local time as shown and computes the instant from the offset', () => {
    expect(log).toMatchObject({ format: 'textual', date: '2023-11-14', timeZone: '+13:00' });
    expect(log.lines).toHaveLength(11);
    expect(log.lines[1]).toEqual({
      at: Date.UTC(2023, 10, 13, 21, 0, 2),
      time: '10:00:02',
      kind: 'message',
      nick: 'kwhite',
      text: "morning all, let's start the release sync",
    });
  });

  it('reads bullet actions, notices and wording-only events', () => {
    expect(log.lines.map((l) => [l.kind, l.nick])).toContainEqual(['action', 'tpohatu']);
    expect(log.lines.find((l) => l.kind === 'notice')).toMatchObject({ nick: 'ChanServ' });
    expect(log.lines[0]).toMatchObject({ kind: 'join', nick: 'alberts' });
    expect(log.lines[10]).toMatchObject({ kind: 'part', nick: 'alberts', text: 'see you' });
  });
});
