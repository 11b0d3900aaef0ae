import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { limnoria } from './limnoria';

const sample = readFileSync(new URL('./samples/limnoria.log', import.meta.url), 'utf8');

describe('limnoria importer', () => {
  it('reads ISO stamps without a zone, using the zone it is given', () => {
    const log = limnoria.parse(sample, { timeZone: 'UTC' });
    expect(log).toMatchObject({
      format: 'limnoria',
      date: '2024-05-07',
      channel: '#opendev-meeting',
      timeZone: 'UTC',
    });
    expect(log.lines).toHaveLength(17);
    expect(log.lines[1]).toEqual({
      at: Date.UTC(2024, 4, 7, 16, 0, 3),
      time: '16:00:03',
      kind: 'message',
      nick: 'clarkb',
      text: '#startmeeting infra',
    });
    expect(log.lines.filter((l) => l.kind !== 'message').map((l) => [l.kind, l.nick])).toEqual([
      ['join', 'fungi'],
      ['action', 'tonyb'],
      ['part', 'corvus'],
      ['nick', 'tonyb'],
      ['topic', 'clarkb'],
      ['mode', 'ChanServ'],
      ['notice', 'opendevstatus'],
      ['quit', 'guest0'],
    ]);
  });

  it('has no instants without a zone', () => {
    expect(limnoria.parse(sample).lines[0]!.at).toBeNull();
  });
});
