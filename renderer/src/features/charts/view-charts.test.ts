import { describe, expect, it } from 'vitest';
import { MIN, T0, meetingView, personView, topicView } from '../../testing/meeting-fixtures';
import { overrun, peopleChart, topicChart } from './view-charts';

describe('peopleChart', () => {
  it('lists the people who spoke, most lines first', () => {
    const view = meetingView({
      people: [
        personView({ nick: 'alice', lines: 3 }),
        personView({ nick: 'lurker', lines: 0 }),
        personView({ nick: 'bob', lines: 7 }),
        personView({ nick: 'carol', lines: 3 }),
      ],
    });
    expect(peopleChart(view).rows).toEqual([
      { label: 'bob', values: [7] },
      { label: 'alice', values: [3] },
      { label: 'carol', values: [3] },
    ]);
  });
});

describe('topicChart', () => {
  it('puts planned minutes beside actual ones, the current topic counting to now', () => {
    const view = meetingView({
      topics: [
        topicView({ title: null, startedAt: T0, endedAt: T0 + 2 * MIN }),
        topicView({
          title: 'Budget',
          startedAt: T0 + 2 * MIN,
          endedAt: T0 + 14.5 * MIN,
          timebox: 10,
        }),
        topicView({ title: 'Release', startedAt: T0 + 14.5 * MIN, endedAt: null, timebox: 15 }),
        topicView({ title: 'Unknown', startedAt: null }),
      ],
    });
    const chart = topicChart(view, T0 + 20.5 * MIN);
    expect(chart.series).toEqual(['planned', 'actual']);
    expect(chart.rows).toEqual([
      { label: '(before the first topic)', values: [null, 2] },
      { label: 'Budget', values: [10, 12.5] },
      { label: 'Release', values: [15, 6] },
      { label: 'Unknown', values: [null, null] },
    ]);
  });

  it('says how far a topic ran over its timebox', () => {
    const chart = topicChart(meetingView(), T0);
    expect(overrun(chart, [10, 12.5])).toBe(2.5);
    expect(overrun(chart, [10, 10])).toBeNull();
    expect(overrun(chart, [null, 12])).toBeNull();
    expect(overrun(peopleChart(meetingView()), [1, 2])).toBeNull();
  });
});
