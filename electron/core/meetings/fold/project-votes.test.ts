import { describe, expect, it } from 'vitest';
import { tally } from './project-votes';

describe('tally', () => {
  it('counts OpenStack choices by option, ignoring case', () => {
    expect(tally(['Yes', 'No'], { a: 'Yes', b: 'no', c: 'YES' })).toEqual({ Yes: 2, No: 1 });
  });

  it('counts meetingology lines by their first word; 0 and -0 abstain', () => {
    const votes = { a: '+1 great idea', b: '-1', c: '0', d: '-0 meh', e: '+0' };
    expect(tally(['+1', '-1', '+0'], votes)).toEqual({ '+1': 1, '-1': 1, '+0': 3 });
  });

  it('lists every option even with no votes', () => {
    expect(tally(['a', 'b'], {})).toEqual({ a: 0, b: 0 });
  });
});
