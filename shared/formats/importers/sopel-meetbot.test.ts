import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { sopelMeetbot } from './sopel-meetbot';

const sample = readFileSync(new URL('./samples/sopel-meetbot.log', import.meta.url), 'utf8');

describe('sopel meetbot importer', () => {
  const log = sopelMeetbot.parse(sample, { date: '2024-04-02' });

  it('reads the CRLF log in UTC', () => {
    expect(sample).toContain('\r\n');
    expect(log).toMatchObject({ format: 'sopel-meetbot', date: '2024-04-02', timeZone: 'UTC' });
    expect(log.lines).toHaveLength(13);
    expect(log.lines[1]).toEqual({
      at: Date.UTC(2024, 3, 2, 18, 0, 10),
      time: '18:00:10',
      kind: 'message',
      nick: 'lmartin',
      text: 'welcome to the mapping party planning meeting',
    });
  });

  it('turns logged results back into the MeetBot commands the chairs typed', () => {
    const commands = log.lines
      .filter((l) => l.text.startsWith('#'))
      .map((l) => `${l.nick}: ${l.text}`);
    expect(commands).toEqual([
      'lmartin: #startmeeting',
      'lmartin: #chair lmartin apatel',
      'lmartin: #topic venue',
      'lmartin: #agreed mapping party on the 14th at the library',
      'apatel: #topic equipment',
      'lmartin: #action jwong brings gps loggers',
      'lmartin: #info the library has wifi for 40 people',
      'lmartin: #link https://wiki.example.org/MappingParty [Mapping party - wiki]',
      'lmartin: #endmeeting',
    ]);
  });

  it('needs Sopel meetbot wording to claim a log', () => {
    expect(sopelMeetbot.detect(['[12:00:05] <alice> hello'])).toBe(0);
  });
});
