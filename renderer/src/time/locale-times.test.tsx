import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { transcriptLine } from '../testing/fake-bridge';
import { renderApp } from '../testing/render-app';
import { JOINED, meetingView, MIN, T0, topicView } from '../testing/meeting-fixtures';

afterEach(() => vi.restoreAllMocks());

// T0 is 13:00 local time; the line is said at 13:05:09.
const meeting = meetingView({
  chairs: ['chair'],
  topics: [topicView({ title: 'Budget', startedAt: T0, endedAt: T0 + 10 * MIN, seq: 1 })],
  status: 'ended',
  endedAt: T0 + 10 * MIN,
});
const lines = [transcriptLine(1, { nick: 'bob', text: 'hello', at: T0 + 5 * MIN + 9_000 })];

async function timesIn(locale: string) {
  vi.spyOn(navigator, 'language', 'get').mockReturnValue(locale);
  await renderApp({ status: JOINED, meeting, lines });
  return {
    line: screen.getByTestId('transcript-line').querySelector('time')?.textContent,
    status: screen.getByTestId('meeting-status').textContent,
    timeline: within(screen.getAllByTestId('topic-span')[0]!).getByText(/–/).textContent,
  };
}

describe('clock times in the window', () => {
  it('read as the user’s locale writes them: 12-hour with AM/PM in the US', async () => {
    const shown = await timesIn('en-US');
    expect(shown.line).toMatch(/^1:05:09\sPM$/);
    expect(shown.status).toMatch(/Meeting ended at 1:10\sPM\./);
    expect(shown.timeline).toMatch(/1:00\sPM–1:10\sPM/);
  });

  it('read as the user’s locale writes them: 24-hour in Germany', async () => {
    const shown = await timesIn('de-DE');
    expect(shown.line).toBe('13:05:09');
    expect(shown.status).toContain('Meeting ended at 13:10.');
    expect(shown.timeline).toContain('13:00–13:10');
  });
});
