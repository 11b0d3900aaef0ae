import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { MIN, T0, meetingView, personView, topicView } from '../../testing/meeting-fixtures';
import { MeetingCharts } from './MeetingCharts';

const cells = (table: HTMLElement) =>
  within(table)
    .getAllByRole('row')
    .slice(1)
    .map((row) => [...row.querySelectorAll('th, td')].map((c) => c.textContent));

describe('MeetingCharts', () => {
  it('shows lines per person and topic minutes as figures with the numbers in tables', () => {
    const view = meetingView({
      status: 'ended',
      people: [personView({ nick: 'alice', lines: 4 }), personView({ nick: 'bob', lines: 9 })],
      topics: [
        topicView({ title: 'Budget', startedAt: T0, endedAt: T0 + 13 * MIN, timebox: 10 }),
        topicView({
          title: 'Release',
          startedAt: T0 + 13 * MIN,
          endedAt: T0 + 18 * MIN,
          timebox: 10,
        }),
      ],
    });
    const { container } = render(<MeetingCharts view={view} />);
    const people = screen.getByRole('figure', { name: 'Lines said per person' });
    expect(cells(within(people).getByRole('table', { name: 'Lines said per person' }))).toEqual([
      ['bob', '9'],
      ['alice', '4'],
    ]);
    const topics = screen.getByRole('figure', { name: 'Topic durations' });
    expect(cells(within(topics).getByRole('table'))).toEqual([
      ['Budget', '10', '13', '3'],
      ['Release', '10', '5', '–'],
    ]);
    expect(container.querySelectorAll('rect.chart-bar-over')).toHaveLength(1);
    expect(within(topics).getByText('13 (+3)')).toBeInTheDocument();
  });

  it('renders names from the channel as text, never as markup', () => {
    const view = meetingView({
      people: [personView({ nick: '<img src=x onerror=alert(1)>', lines: 2 })],
      topics: [topicView({ title: '<script>alert(1)</script>', endedAt: T0 + MIN })],
    });
    const { container } = render(<MeetingCharts view={view} />);
    expect(container.querySelector('img, script')).toBeNull();
    expect(screen.getAllByText('<img src=x onerror=alert(1)>').length).toBeGreaterThan(0);
  });

  it('says so when there is nothing to chart', () => {
    render(<MeetingCharts view={meetingView()} />);
    expect(screen.getByText('Nobody said anything in this meeting.')).toBeInTheDocument();
    expect(screen.getByText('This meeting has no topics.')).toBeInTheDocument();
  });
});
