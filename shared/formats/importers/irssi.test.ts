import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { irssi } from './irssi';

const sample = readFileSync(new URL('./samples/irssi.log', import.meta.url), 'utf8');

describe('irssi importer', () => {
  const log = irssi.parse(sample, { timeZone: 'Europe/Budapest' });
  const find = (kind: string) => log.lines.filter((l) => l.kind === kind);

  it('reads messages, actions and events with the dates of the log lines', () => {
    expect(log).toMatchObject({
      format: 'irssi',
      date: '2024-01-09',
      channel: '#gnome-docs',
      timeZone: 'Europe/Budapest',
    });
    expect(log.lines).toHaveLength(21);
    expect(log.lines[2]).toEqual({
      at: Date.UTC(2024, 0, 9, 14, 0),
      time: '15:00',
      kind: 'message',
      nick: 'pkovacs',
      text: '#startmeeting docs team',
    });
    expect(find('action')).toMatchObject([{ nick: 'tomw', text: 'is here but on a train' }]);
    expect(find('nick')).toMatchObject([{ nick: 'tomw', text: 'tomw_away' }]);
    expect(find('kick')).toMatchObject([{ nick: 'pkovacs', text: 'spambot9 (spam)' }]);
    expect(find('mode')).toMatchObject([{ nick: 'pkovacs', text: '+v ana' }]);
    expect(find('quit')).toMatchObject([{ nick: 'lee', text: 'Quit: Leaving' }]);
    expect(find('part')).toMatchObject([{ nick: 'rgarcia', text: 'back later' }]);
    expect(find('topic')[0]!.text).toMatch(/^docs meeting in progress/);
  });

  it('moves to the next day after "Day changed"', () => {
    const last = log.lines[log.lines.length - 1]!;
    expect(last).toMatchObject({ time: '00:02', nick: 'ana' });
    expect(last.at).toBe(Date.UTC(2024, 0, 9, 23, 2));
  });

  it('reads stamps with seconds and notices', () => {
    const out = irssi.parse('12:00:01 <@bob> hi\n12:00:02 -NickServ(NickServ@services.)- identify');
    expect(out.lines.map((l) => [l.time, l.kind, l.nick, l.text])).toEqual([
      ['12:00:01', 'message', 'bob', 'hi'],
      ['12:00:02', 'notice', 'NickServ', 'identify'],
    ]);
  });
});
