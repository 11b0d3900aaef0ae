import { describe, expect, it } from 'vitest';
import { digest } from './digest';
import { said } from './testing';

const decisions = (...lines: string[]) =>
  digest({ lines: said(...lines) }).filter((s) => s.type === 'agreed');

describe('decisions', () => {
  it('finds a proposal supported by +1s, placed where the chair restates it', () => {
    const found = decisions(
      'chair: proposal: we ship 2.0 on Friday June 12 with the new installer',
      'ann: +1',
      'ben: +1',
      'cid: sounds good',
      'chair: we ship 2.0 on Friday June 12 with the new installer',
      'chair: next one',
    );
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({
      line: 5,
      text: 'we ship 2.0 on Friday June 12 with the new installer',
    });
    expect(found[0]!.reason).toBe('+1 from 3 people, then the proposal said again');
  });

  it('keeps one +1 below the accept line, unless the proposal asked for objections', () => {
    const [one] = decisions('chair: shall we move the call to Thursdays', 'ann: +1');
    expect(one!.confidence).toBeLessThan(0.5);
    const [lazy] = decisions('chair: we move the call to Thursdays, any objections?', 'ann: +1');
    expect(lazy!.confidence).toBeGreaterThanOrEqual(0.5);
    expect(lazy!.reason).toBe('+1 from 1 person after a proposal asking for objections');
  });

  it('stops counting support at an objection', () => {
    const found = decisions(
      'chair: shall we drop the old API now',
      'ann: -1, users still need it',
      'ben: +1',
    );
    expect(found).toHaveLength(0);
  });

  it('takes explicit statements, but not reports of old decisions or questions', () => {
    const found = decisions(
      'chair: ok, consensus is to move the meeting to Thursdays',
      'ann: the basic ideas have been agreed upon already',
      'ben: so we agreed on the date?',
    );
    expect(found.map((d) => d.line)).toEqual([1]);
    expect(found[0]!.reason).toBe('"consensus is" said by the chair');
  });

  it("places a proposal said again after its support (a scribe's RESOLVED) there, the last of a chain", () => {
    const found = decisions(
      'chair: Rename the HTTP API to become the VC API.',
      'ann: +1',
      'ben: +1',
      'chair: Rename the HTTP API to become the VC API.',
      'cid: +1',
      'dan: +1',
      'chair: ok, let me read it out loud once more',
      'chair: Rename the HTTP API to become the VC API.',
      'ann: thanks all, now the use cases document and its editors',
    );
    expect(found.map((d) => [d.line, d.reason])).toEqual([
      [8, '+1 from 2 people, then the proposal said again'],
    ]);
  });

  it("does not count support for someone's point, or agreeing with a person, as a decision", () => {
    const found = decisions(
      'ann: the revocation list needs its own tests before we merge it',
      'ben: +1 Justin',
      'cid: +1 to ann',
      'dan: +1 lots of gaming on that kind of thing',
      "chair: ann: agreed, tests are important and we don't want to rush it",
      "chair: we just haven't all agreed to define that yet",
    );
    expect(found.filter((d) => d.confidence >= 0.5)).toEqual([]);
  });

  it('takes two +1s after a plain statement as opinions, three as the meeting agreeing', () => {
    const statement = 'ann: the nightly builds should move to the new runners';
    const [two] = decisions('chair: hi', statement, 'ben: +1', 'cid: +1');
    expect(two!.confidence).toBeLessThan(0.5);
    const [three] = decisions('chair: hi', statement, 'ben: +1', 'cid: +1', 'dan: +1');
    expect(three!.confidence).toBeGreaterThanOrEqual(0.5);
  });
});
