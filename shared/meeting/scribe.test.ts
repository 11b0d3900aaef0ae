import { describe, expect, it } from 'vitest';
import type { LogLine } from '../domain/line';
import { meetingFromLog } from './meeting-from-log';
import { lineMaker } from './test-lines';

const { say } = lineMaker();

function fold(lines: LogLine[]) {
  const r = meetingFromLog(lines, { channel: '#ccg', preset: 'w3c' });
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}

describe('W3C scribe conventions', () => {
  it('take scribe.perl’s three forms of action, and none of RRSAgent’s recap', () => {
    const m = fold([
      say('harsh', 'ACTION: ann to draft the page'),
      say('harsh', 'action Fajar: convert the feedback'),
      say('harsh', 'action bob to review'),
      say('harsh', 'actions are late'),
      say('RRSAgent', 'ACTION: ann to draft the page [1]'),
    ]);
    expect(m.actions.map((a) => a.text)).toEqual([
      'ann to draft the page',
      'Fajar: convert the feedback',
      'bob to review',
    ]);
  });

  it('take Zakim taking up an agendum as a topic, in the old and the new wording', () => {
    const m = fold([
      say('harsh', 'agenda+ Presentation by George'),
      say('harsh', 'zakim, open agendum 1'),
      say('Zakim', 'agendum 1. "Presentation by George" taken up [from harsh]'),
      say('Zakim', 'agendum 9. "Quoted" taken up [from someone]', '12:00:10'),
      say('harsh', 'Zakim, next item'),
      say('Zakim', 'agendum 2 -- Virtual workshop -- taken up [from agendabot]'),
      say('ann', 'agendum 3. "Not Zakim" taken up [from ann]'),
    ]);
    expect(m.items.filter((i) => i.type === 'topic').map((i) => i.text)).toEqual([
      'Presentation by George',
      'Quoted',
      'Virtual workshop',
    ]);
  });

  it('become topics, resolutions, actions, chairs, the agenda link and the people present', () => {
    const m = fold([
      say('cel', 'scribe+'),
      say('cel', 'Chair: Manu'),
      say('cel', 'Agenda: https://lists.w3.org/agenda.html'),
      say('TallTed', 'present+'),
      say('cel', 'present+ Orie, Joe Andrieu'),
      say('manu', 'Topic: Specification Structure'),
      say('cel', 'manu: Welcome'),
      say('manu', 'ACTION: manu to write the ReSpec skeleton'),
      say('manu', 'RESOLVED: Create 1 ReSpec specification'),
      say('manu', 'topic: Use Cases'),
    ]);
    expect(m.items.map((i) => [i.type, i.text])).toEqual([
      ['link', 'https://lists.w3.org/agenda.html Agenda'],
      ['topic', 'Specification Structure'],
      ['action', 'manu to write the ReSpec skeleton'],
      ['agreed', 'Create 1 ReSpec specification'],
      ['topic', 'Use Cases'],
    ]);
    expect(m.chairs).toContain('Manu');
    expect(m.people.map((p) => p.nick)).toEqual(
      expect.arrayContaining(['cel', 'TallTed', 'Orie', 'Joe_Andrieu', 'manu']),
    );
    expect(m.actions[0]!.owners).toEqual(['manu']);
  });

  it('count +1/-1/0 after a proposal, each proposal a vote of its own, closed by RESOLVED', () => {
    const m = fold([
      say('manu', 'DRAFT PROPOSAL: Three specifications'),
      say('Orie', '+1'),
      say('manu', 'PROPOSAL: One specification'),
      say('Juan_Caballero_(DIF/Spherity)', '+1 mprorock'),
      say('agropper', '-1'),
      say('cel', '+0'),
      say('TallTed_//_Ted', '-0'),
      say('manu', 'RESOLVED: One specification'),
      say('mprorock', '+1 late, after the resolution'),
    ]);
    expect(m.votes.map((v) => [v.question, v.votes, v.result])).toEqual([
      ['Three specifications', { Orie: '+1' }, 'Motion carried (For: 1, Against: 0, Abstained: 0)'],
      [
        'One specification',
        {
          'Juan_Caballero_(DIF/Spherity)': '+1',
          agropper: '-1',
          cel: '+0',
          'TallTed_//_Ted': '+0',
        },
        'Motion carried (For: 1, Against: 1, Abstained: 2)',
      ],
    ]);
    expect(m.votes[1]!.comments).toEqual({ 'Juan_Caballero_(DIF/Spherity)': 'mprorock' });
    expect(m.items.map((i) => i.type)).toEqual(['agreed']);
  });
});
