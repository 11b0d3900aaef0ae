import { describe, expect, it } from 'vitest';
import type { LogLine } from '../domain/line';
import type { PresetId } from '../domain/meeting';
import { meetingFromLog } from './meeting-from-log';
import { lineMaker } from './test-lines';

const { say } = lineMaker();

function fold(lines: LogLine[], preset: PresetId) {
  const r = meetingFromLog(lines, { channel: '#v', preset });
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}

describe('meetingology votes', () => {
  it('count +1/-1/+0 lines, the last per voter, against #votesrequired', () => {
    const m = fold(
      [
        say('chair', '#startmeeting'),
        say('ann', '+1 too early'),
        say('chair', '#vote Ship it?'),
        say('ann', '+1 great'),
        say('ben', '-1'),
        say('ben', '+0 changed my mind'),
        say('cat', '+10 is not a vote'),
        say('dan', '-0'),
        say('chair', '#votesrequired 2'),
        say('chair', '#endvote'),
        say('chair', '#endmeeting'),
      ],
      'ubuntu',
    );
    expect(m.votes).toEqual([
      {
        question: 'Ship it?',
        options: ['+1', '-1', '+0'],
        votes: { ann: '+1 great', ben: '+0 changed my mind', dan: '-0' },
        result: 'Motion denied (For: 1, Against: 0, Abstained: 2)',
        nick: 'chair',
        time: m.votes[0]!.time,
        line: 3,
      },
    ]);
    expect(m.items.map((i) => [i.type, i.text])).toEqual([['vote', 'Ship it? (Denied)']]);
  });

  it('limit voting to #voters, who become known, and close an open vote at #endmeeting', () => {
    const m = fold(
      [
        say('chair', '#startmeeting'),
        say('chair', '#voters ann, zed'),
        say('chair', '#vote Adopt?'),
        say('ann', '+1'),
        say('ben', '-1'),
        say('chair', '#endmeeting'),
      ],
      'ubuntu',
    );
    expect(m.votes[0]!.votes).toEqual({ ann: '+1' });
    expect(m.votes[0]!.result).toBe('Motion carried (For: 1, Against: 0, Abstained: 0)');
    expect(m.people.map((p) => p.nick)).toContain('zed');
  });

  it('record #subtopic, #progress and #done from chairs only', () => {
    const m = fold(
      [
        say('chair', '#startmeeting'),
        say('chair', '#subtopic one'),
        say('chair', '#progress two'),
        say('chair', '#done three'),
        say('ann', '#done not a chair'),
        say('chair', '#endmeeting'),
      ],
      'ubuntu',
    );
    expect(m.items.map((i) => i.type)).toEqual(['subtopic', 'progress', 'done']);
  });
});

describe('OpenStack votes', () => {
  it('take #vote options case-insensitively and tally them in the bot’s dict order', () => {
    const m = fold(
      [
        say('chair', '#startmeeting Team'),
        say('ann', '#startvote ann is no chair? a, b'),
        say('chair', '#startvote Ship it? yes, no, maybe'),
        say('ann', '#vote YES'),
        say('ben', '#vote maybe'),
        say('ben', '#vote no'),
        say('cat', '#vote perhaps'),
        say('chair', '#endvote'),
        say('chair', '#endmeeting'),
      ],
      'openstack',
    );
    // Python 2 dict order of the keys maybe, yes, no (reference: MeetBot notes §3.2).
    expect(m.votes[0]!.result).toBe('Voted on "Ship it?" Results are, maybe: 0, yes: 1, no: 1');
    expect(m.votes[0]!.votes).toEqual({ ann: 'yes', ben: 'no' });
    expect(m.items.map((i) => i.type)).toEqual(['vote']);
  });

  it('default to Yes/No, and let anyone end a meeting that ran past an hour', () => {
    const m = fold(
      [
        say('chair', '#startmeeting Team', '10:00:00'),
        say('chair', '#startvote Lunch?', '10:01:00'),
        say('ann', '#vote yes', '10:02:00'),
        say('ann', '#endmeeting', '10:30:00'),
        say('ann', '#endmeeting', '11:00:00'),
      ],
      'openstack',
    );
    expect(m.votes[0]!.options).toEqual(['Yes', 'No']);
    expect(m.votes[0]!.result).toBeNull();
    expect(m.end?.time).toBe('11:00:00');
  });
});
