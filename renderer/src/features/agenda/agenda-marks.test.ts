import { describe, expect, it } from 'vitest';
import { agendaNode, agendaOf, meetingView, T0, topicView } from '../../testing/meeting-fixtures';
import { agendaMarks, plannedMinutes } from './agenda-marks';

const agenda = agendaOf([agendaNode('a', 'Budget'), agendaNode('b', 'Hiring')]);
const topics = [
  topicView({ agendaId: 'a' }),
  topicView({ agendaId: null }),
  topicView({ agendaId: 'b' }),
];

describe('agendaMarks', () => {
  it('keeps the entries an ended meeting took ticked, none current', () => {
    const ended = meetingView({ status: 'ended', endedAt: T0, topics });
    expect(agendaMarks(agenda, ended)).toEqual({ currentId: null, doneIds: ['a', 'b'] });
  });

  it('takes the core’s marks while the meeting is live, and marks nothing with no meeting', () => {
    const live = { ...agenda, currentId: 'b', doneIds: ['a'] };
    expect(agendaMarks(live, meetingView({ topics }))).toEqual({
      currentId: 'b',
      doneIds: ['a'],
    });
    expect(agendaMarks(agenda, null)).toEqual({ currentId: null, doneIds: [] });
  });

  it('leaves another channel’s agenda alone', () => {
    const ended = meetingView({ status: 'ended', endedAt: T0, topics, channel: '#other' });
    expect(agendaMarks(agenda, ended).doneIds).toEqual([]);
  });
});

describe('plannedMinutes', () => {
  it('adds up every timebox, nested entries too, and skips entries with none', () => {
    const items = [
      agendaNode('a', 'Budget', {
        timebox: 20,
        children: [agendaNode('a1', 'Travel', { timebox: 5 })],
      }),
      agendaNode('b', 'Open floor'),
      agendaNode('c', 'Hiring', { timebox: 15 }),
    ];
    expect(plannedMinutes(items)).toBe(40);
    expect(plannedMinutes([])).toBe(0);
  });
});
