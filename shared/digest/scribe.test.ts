import { describe, expect, it } from 'vitest';
import { digest } from './digest';
import { said } from './testing';
import { readTranscript } from './utterances';

// A W3C-style call: queue and roll lines, a `Chair:` line, a scribe typing what others say.
const call = [
  'Manu_Sporny: Chair: Manu',
  'ann: present+',
  'ben: present+',
  'cel: scribe+',
  'Manu_Sporny: Pull Request 12 - Revocation List',
  'Manu_Sporny: https://example.org/pull/12',
  'cel: manu: This one adds the revocation list to the spec.',
  "cel: ... It has two approvals and I'd like to merge it.",
  'ann: q+',
  'ben: q+ Brentz to talk about IE status',
  'Manu_Sporny: ack ann',
  'cel: ann: The revocation list format needs tests first.',
  'cel: manu: Agreed, tests come first for the revocation list.',
];

describe('scribed calls', () => {
  it('reads Chair:, leaves out queue and roll lines, and gives the scribe’s lines to the named', () => {
    const t = readTranscript({ lines: said(...call) });
    expect([...t.chairs]).toEqual(['manu']);
    expect([...t.scribes]).toEqual(['cel']);
    expect(t.said.map((u) => [u.pos, u.nick, u.scribed ?? 'own'])).toEqual([
      [5, 'Manu_Sporny', 'own'],
      [6, 'Manu_Sporny', 'own'],
      [7, 'manu', 'named'],
      [8, 'manu', 'continued'],
      [12, 'ann', 'named'],
      [13, 'manu', 'named'],
    ]);
    expect(t.said[3]!.text).toBe("It has two approvals and I'd like to merge it.");
  });

  it("takes the chair's bare heading as a topic even when a link follows it", () => {
    const topics = digest({ lines: said(...call) }).filter((s) => s.type === 'topic');
    expect(topics.map((s) => [s.line, s.title])).toEqual([
      [5, 'Pull Request 12 - Revocation List'],
    ]);
  });

  it('reads a log with no scribe as it is: `nick: text` addresses nick', () => {
    const t = readTranscript({ lines: said('ann: ben: can you review it?', 'ben: ack ann') });
    expect(t.said.map((u) => [u.nick, u.text])).toEqual([
      ['ann', 'ben: can you review it?'],
      ['ben', 'ack ann'],
    ]);
    expect([...t.chairs]).toEqual(['ann']);
  });

  it('takes the headings of whoever gave the call its Agenda: line, when no Chair: line names one', () => {
    const lines = [
      'mike: present+',
      'Transcriber: scribe+',
      'Transcriber: mike: Welcome all to the weekly call.',
      'manu: Agenda: https://example.org/agenda',
      'ann: present+',
      ...Array.from({ length: 6 }, (_, i) => `Transcriber: mike: greetings and news ${i}`),
      'manu: Input Documents for the Working Group',
      ...Array.from({ length: 6 }, (_, i) => `Transcriber: ann: input documents transfer ${i}`),
    ];
    const topics = digest({ lines: said(...lines) }).filter((s) => s.type === 'topic');
    expect(topics.map((s) => s.line)).toEqual([12]);
  });
});
