import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { meetingFromLog } from '../../meeting/meeting-from-log';
import { w3cScribe } from './w3c-scribe';

const sample = readFileSync(new URL('./samples/w3c-scribe.log', import.meta.url), 'utf8');

describe('W3C scribe log importer', () => {
  const log = w3cScribe.parse(sample);

  it('reads UTC ISO stamps and nicks with brackets, slashes and underscores', () => {
    expect(log).toMatchObject({ format: 'w3c-scribe', date: '2024-03-12', timeZone: 'UTC' });
    expect(log.preset).toBe('w3c');
    expect(log.lines).toHaveLength(19);
    expect(log.lines[6]).toEqual({
      at: Date.UTC(2024, 2, 12, 15, 2, 5),
      time: '15:02:05',
      kind: 'message',
      nick: 'Ege_(Siemens)',
      text: 'Topic: Minutes review',
    });
    expect(log.lines[12]!.nick).toBe('Kaz_Ashimura/W3C');
  });

  it('gives the w3c preset a structure: topics, resolution, action, the vote', () => {
    const r = meetingFromLog(log.lines, { channel: '#wot', date: log.date, preset: 'w3c' });
    if (!r.ok) throw new Error(r.error.message);
    expect(r.value.topics.map((t) => t.title)).toEqual([
      null,
      'Minutes review',
      'Testing plugfest',
    ]);
    expect(r.value.items.filter((i) => i.type !== 'topic').map((i) => [i.type, i.text])).toEqual([
      ['link', 'https://www.w3.org/WoT/IG/wiki/WG_WoT_Main_Call#March_12 Agenda'],
      ['agreed', 'approve the minutes of March 5'],
      ['action', 'McCool to book the room for the plugfest'],
    ]);
    expect(r.value.votes[0]!.votes).toEqual({
      mjk: '+1',
      'Ege_(Siemens)': '+1',
      'Kaz_Ashimura/W3C': '+0',
    });
    expect(r.value.actions[0]!.owners).toEqual(['McCool']);
  });

  it('skips lines of other shapes', () => {
    expect(w3cScribe.parse('[2024-03-12T15:00:41.210Z] <a> space, not TAB\nhello').lines).toEqual(
      [],
    );
  });
});
