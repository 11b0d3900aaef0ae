import { describe, expect, it } from 'vitest';
import { digest } from './digest';
import { said } from './testing';

const actions = (...lines: string[]) =>
  digest({ lines: said(...lines) }).filter((s) => s.type === 'action');

describe('actions', () => {
  it('reads "X to <verb> …" as a task for X', () => {
    const [a] = actions('chair: hello', 'bob: hi', 'chair: bob to update the wiki page');
    expect(a).toMatchObject({ owners: ['bob'], line: 3, lines: [3, 3] });
    expect(a!.confidence).toBeGreaterThan(0.8);
    expect(a!.reason).toContain('bob to update');
  });

  it('reads the chair\'s "X <verb> …" as a task for X, not a statement about X', () => {
    const found = actions(
      'chair: hello',
      'bob: hi',
      'ann: hi',
      'chair: bob review PR 928',
      'chair: ann and bob work with infra to label the issues',
      'chair: bob wrote this one up',
      'bob: ann fixed it already',
      'chair: bob, over to you',
    );
    expect(found.map((a) => [a.line, a.owners])).toEqual([
      [4, ['bob']],
      [5, ['ann', 'bob']],
    ]);
    expect(found[0]!.reason).toBe('the chair names bob and what to do');
  });

  it('gives "I\'ll …" to the speaker, and ignores negations, states and questions', () => {
    const found = actions(
      'miconda: I will post some details later',
      'osas: I will not have time for that',
      "osas: I'll be away next week",
      'osas: will I need to rebase?',
    );
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({
      owners: ['miconda'],
      text: 'miconda will post some details later',
    });
  });

  it("reads the chair's task for a group, owned by nobody in particular", () => {
    const found = actions(
      'chair: hello',
      'chair: Anyone near Glasgow to go to the release party and enjoy it',
      'chair: anyone want to take notes?',
    );
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({
      line: 2,
      owners: [],
      reason: 'the chair gives a group a task',
    });
  });

  it('holds a promise that says when above one said in passing', () => {
    const [when, passing] = actions(
      "miconda: I'll send the tarballs Monday",
      'osas: I will correct that in the minutes',
    );
    expect(when!.confidence).toBeGreaterThanOrEqual(0.5);
    expect(passing!.confidence).toBeLessThan(0.5);
  });

  it('gives a request to its addressee, surer when they say yes', () => {
    const [asked] = actions(
      'chair: hi',
      'alice: hi',
      'chair: alice, can you email the list?',
      'alice: yep!',
    );
    expect(asked).toMatchObject({ owners: ['alice'], line: 3 });
    expect(asked!.reason).toBe('asked of alice, who said yes');
    const [unanswered] = actions('chair: hi', 'alice: hi', 'chair: alice: could you review #12?');
    expect(unanswered!.confidence).toBeLessThan(asked!.confidence);
  });

  it('reads TODO and action: notes, owners from the nicks they name', () => {
    const [a] = actions('carol: hi', 'dave: hi', 'carol: TODO: dave checks the mirrors');
    expect(a).toMatchObject({ owners: ['dave'], text: 'dave checks the mirrors' });
  });

  it("keeps only the chair's restatement of an offer made just before", () => {
    const found = actions(
      'bcotton: hi',
      'sysoplab: I can do the samba one and the docker one',
      'bcotton: sysoplab to edit #184 and #188',
    );
    expect(found).toHaveLength(1);
    expect(found[0]!.line).toBe(3);
  });

  it("keeps two tasks of one owner apart, and reads 'X met with …' as news, not a task", () => {
    const found = actions(
      'chair: hi',
      'maleck13: hi',
      'chair: maleck13 met with folks about this.',
      'chair: chair assign bundle-lib issue 118 to a release and implementer',
      'chair: chair bind and unbind tests for bundle-lib issue 55',
    );
    expect(found.map((a) => a.line)).toEqual([4, 5]);
  });

  it('takes a promise inside a long turn as said in passing', () => {
    const long = `alice: I'm going to paste the agenda in the chat today, ${'and talk about it '.repeat(10)}`;
    const [a] = actions('chair: hi', long);
    expect(a!.confidence).toBeLessThan(0.5);
  });
});
