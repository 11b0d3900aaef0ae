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
        votes: { ann: '+1', ben: '+0', dan: '+0' },
        comments: { ann: 'great', ben: 'changed my mind' },
        result: 'Motion denied (For: 1, Against: 0, Abstained: 2)',
        nick: 'chair',
        time: m.votes[0]!.time,
        line: 3,
      },
    ]);
    expect(m.items.map((i) => [i.type, i.text])).toEqual([['vote', 'Ship it? (Denied)']]);
  });

  it('never count the bot: its "received from" lines are neither votes nor commands', () => {
    const m = fold(
      [
        say('chair', '#startmeeting'),
        say('meetbot', 'Meeting started at 12:00:00 UTC.  The chair is chair.'),
        say('chair', '#vote Ship it?'),
        say('ann', '+1 looks good'),
        say('meetbot', '+1 looks good received from ann'),
        say('ben', '+1'),
        say('meetbot', '+1 received from ben'),
        say('meetbot', '#endvote'),
        say('cat', '-1 received from nobody'),
        say('chair', '#endvote'),
        say('chair', '#endmeeting'),
      ],
      'ubuntu',
    );
    expect(m.votes[0]!.votes).toEqual({ ann: '+1', ben: '+1' });
    expect(m.votes[0]!.comments).toEqual({ ann: 'looks good' });
    expect(m.votes[0]!.result).toBe('Motion carried (For: 2, Against: 0, Abstained: 0)');
    // meetingology 0.4.0 leaves itself out of the people present.
    expect(m.people.map((p) => p.nick)).not.toContain('meetbot');
  });

  it('take the preset bot’s nick when the log has no "Meeting started" reply', () => {
    const m = fold(
      [
        say('chair', '#startmeeting'),
        say('chair', '#vote Ship it?'),
        say('meetingology', '+1 from the bot'),
        say('chair', '#endvote'),
        say('chair', '#endmeeting'),
      ],
      'ubuntu',
    );
    expect(m.votes[0]!.votes).toEqual({});
  });

  it('list a vote in its topic as 0.4.0 does, and only in the vote section as 0.1.5 did', () => {
    const lines = (banner: string) => [
      say('chair', '#startmeeting'),
      say('bot', banner),
      say('chair', '#topic Votes'),
      say('chair', '#vote Tie?'),
      say('ann', '+1'),
      say('ben', '-1'),
      say('chair', '#endvote'),
      say('chair', '#endmeeting'),
    ];
    const now = fold(lines('Meeting started at 12:00:00 UTC.  The chair is chair.'), 'ubuntu');
    expect(now.items.map((i) => [i.type, i.text])).toEqual([
      ['topic', 'Votes'],
      ['vote', 'Tie? (Carried)'],
    ]);
    expect(now.votes[0]!.result).toBe('Motion carried (For: 1, Against: 1, Abstained: 0)');
    const old = fold(
      lines('Meeting started Tue Jan 17 16:00:22 2012 UTC.  The chair is chair.'),
      'ubuntu',
    );
    expect(old.items.map((i) => i.type)).toEqual(['topic']);
    expect(old.votes[0]!.result).toBe('Motion deadlocked (For: 1, Against: 1, Abstained: 0)');
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
