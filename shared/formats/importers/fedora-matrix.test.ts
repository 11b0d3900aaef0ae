import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { meetingFromLog } from '../../meeting/meeting-from-log';
import { fedoraMatrix } from './fedora-matrix';

const sample = readFileSync(new URL('./samples/fedora-matrix.log.txt', import.meta.url), 'utf8');

describe('fedora matrix importer', () => {
  const log = fedoraMatrix.parse(sample);

  it('keeps Matrix ids as nicks and reads UTC stamps', () => {
    expect(log).toMatchObject({ format: 'fedora-matrix', date: '2024-07-23', timeZone: 'UTC' });
    expect(log.lines).toHaveLength(14);
    expect(log.lines[0]).toEqual({
      at: Date.UTC(2024, 6, 23, 17, 0, 3),
      time: '17:00:03',
      kind: 'message',
      nick: '@zkowal:fedora.im',
      text: '#startmeeting FESCO (2024-07-23)',
    });
  });

  it('turns the bot’s ! commands and tags into structure, and leaves other ! words alone', () => {
    expect(log.lines.map((l) => l.text).filter((t) => /^[#!]/.test(t))).toEqual([
      '#startmeeting FESCO (2024-07-23)',
      '#topic init process',
      '!hi',
      '!hi',
      '#topic #3213 Change: drop the i686 multilib',
      '#agreed APPROVED (+6, 0, 0)',
      '#action sgallagh to write up the steam plan',
      '#endmeeting',
    ]);
    const r = meetingFromLog(log.lines, { channel: '#fesco', date: log.date });
    if (!r.ok) throw new Error(r.error.message);
    const m = r.value;
    expect(m.topics.map((t) => [t.title, t.items.map((i) => i.type)])).toEqual([
      ['init process', []],
      ['#3213 Change: drop the i686 multilib', ['agreed', 'action']],
    ]);
    // The bot's "Meeting started" reply makes it known: its lines are never commands.
    expect(m.people.find((p) => p.nick === '@meetbot:fedora.im')?.lines).toBe(3);
    expect(fedoraMatrix.parse('2024-01-01 12:00:00 <@a:b> !topical x').lines[0]!.text).toBe(
      '!topical x',
    );
  });

  it('keeps each line of a multi-line message, with the same stamp', () => {
    expect(log.lines.slice(8, 10).map((l) => [l.time, l.nick, l.text])).toEqual([
      ['17:01:40', '@sgallagh:fedora.im', "I'm +1, but we need a plan for steam"],
      ['17:01:40', '@sgallagh:fedora.im', 'and for wine'],
    ]);
  });

  it('reads the Ansible variant', () => {
    const out = fedoraMatrix.parse('2024-01-01 12:00:00 | @user:server | hello |there');
    expect(out.lines[0]).toMatchObject({ nick: '@user:server', text: 'hello |there' });
  });
});
