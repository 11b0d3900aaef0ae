import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { hexchat } from './hexchat';

const sample = readFileSync(new URL('./samples/hexchat.log', import.meta.url), 'utf8');

describe('hexchat importer', () => {
  const log = hexchat.parse(sample, { timeZone: 'UTC' });
  const of = (kind: string) => log.lines.filter((l) => l.kind === kind);

  it('takes the year from the BEGIN LOGGING line and the channel from the join banner', () => {
    expect(log).toMatchObject({ format: 'hexchat', date: '2019-12-30', channel: '#openbsd-meet' });
    expect(log.lines).toHaveLength(18);
    expect(log.lines[3]).toEqual({
      at: Date.UTC(2019, 11, 30, 20, 0, 10),
      time: '20:00:10',
      kind: 'message',
      nick: 'hkaur',
      text: "ok let's start, agenda is in the topic",
    });
  });

  it('crosses into the new year without a new BEGIN line', () => {
    const newYear = log.lines.find((l) => l.text === 'happy new year everyone')!;
    expect(newYear.at).toBe(Date.UTC(2020, 0, 1, 0, 0, 4));
  });

  it('reads actions, notices and events from the left column', () => {
    expect(of('action')).toMatchObject([{ nick: 'mcarter', text: 'is listening' }]);
    expect(of('notice')).toMatchObject([{ nick: 'NickServ' }]);
    expect(of('kick')).toMatchObject([{ nick: 'hkaur', text: 'spamw (off topic)' }]);
    expect(of('topic')).toMatchObject([
      { nick: 'hkaur', text: 'release planning, item 2: errata process' },
    ]);
    expect(of('join').map((l) => l.nick)).toEqual(['jpereira']);
    expect(of('system')).toHaveLength(3);
  });

  it('reads old XChat logs padded with spaces', () => {
    const out = hexchat.parse(
      'Mar 03 10:28:55 <x>   hi there\nMar 03 10:28:56 *   x gives channel operator status to y',
      { date: '2005-03-03' },
    );
    expect(out.lines.map((l) => [l.kind, l.nick, l.text])).toEqual([
      ['message', 'x', 'hi there'],
      ['mode', 'x', 'gives channel operator status to y'],
    ]);
  });
});
