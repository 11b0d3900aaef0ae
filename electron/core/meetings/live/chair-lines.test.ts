import { describe, expect, it } from 'vitest';
import { chairLine, meetbotLine, type LineCommand } from './chair-lines';

describe('chairLine', () => {
  it('writes the MeetBot command for each chair action', () => {
    expect(chairLine({ type: 'topic', text: 'Budget' }, 'classic')).toEqual({
      ok: true,
      value: '#topic Budget',
    });
    expect(chairLine({ type: 'agreed', text: 'ship\r\nit' }, 'classic')).toEqual({
      ok: true,
      value: '#agreed ship it',
    });
    expect(chairLine({ type: 'link', text: 'https://x.test/a b' }, 'classic')).toEqual({
      ok: true,
      value: '#link https://x.test/a b',
    });
    expect(chairLine({ type: 'unchair', nicks: ['a', 'b'] }, 'classic')).toEqual({
      ok: true,
      value: '#unchair a b',
    });
    expect(chairLine({ type: 'undo' }, 'openstack')).toEqual({ ok: true, value: '#undo' });
    expect(chairLine({ type: 'meetingname', text: 'infra' }, 'classic')).toEqual({
      ok: true,
      value: '#meetingname infra',
    });
    expect(chairLine({ type: 'subtopic', text: 'detail' }, 'meetingology')).toEqual({
      ok: true,
      value: '#subtopic detail',
    });
  });

  it('keeps every argument on the one line, so no argument can add a command', () => {
    expect(chairLine({ type: 'chair', nicks: ['bob\r\n#endmeeting'] }, 'classic')).toEqual({
      ok: true,
      value: '#chair bob #endmeeting',
    });
    expect(chairLine({ type: 'nick', nicks: ['a\u2028b', '\x01c'] }, 'classic')).toEqual({
      ok: true,
      value: '#nick a b c',
    });
    expect(meetbotLine('startmeeting', 'Weekly\n#endmeeting')).toBe(
      '#startmeeting Weekly #endmeeting',
    );
    expect(meetbotLine('startmeeting', ' \r\n')).toBe('#startmeeting');
  });

  it('writes votes the way the meeting’s bot takes them', () => {
    const vote: LineCommand = {
      type: 'vote-start',
      question: 'Ship it',
      options: ['yes', 'no', 'maybe'],
    };
    expect(chairLine(vote, 'openstack')).toEqual({
      ok: true,
      value: '#startvote Ship it? yes, no, maybe',
    });
    expect(chairLine({ ...vote, options: [] }, 'openstack')).toEqual({
      ok: true,
      value: '#startvote Ship it?',
    });
    expect(chairLine(vote, 'meetingology')).toEqual({ ok: true, value: '#vote Ship it' });
    expect(chairLine({ type: 'vote-end' }, 'meetingology')).toEqual({
      ok: true,
      value: '#endvote',
    });
    expect(chairLine({ ...vote, options: ['not sure'] }, 'openstack')).toMatchObject({
      ok: false,
      error: { code: 'bad-option' },
    });
  });

  it('refuses what the dialect cannot record, saying why', () => {
    expect(chairLine({ type: 'vote-start', question: 'Q', options: [] }, 'classic')).toEqual({
      ok: false,
      error: {
        code: 'unsupported',
        message:
          'A vote is not something classic MeetBot records, and this meeting follows classic MeetBot.',
      },
    });
    expect(chairLine({ type: 'done', text: 'x' }, 'openstack')).toMatchObject({
      ok: false,
      error: { code: 'unsupported' },
    });
  });
});
