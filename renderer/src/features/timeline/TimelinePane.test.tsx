import { act, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderApp } from '../../testing/render-app';
import { JOINED, meetingView, MIN, T0, topicView } from '../../testing/meeting-fixtures';

afterEach(() => vi.useRealTimers());

const spans = () => screen.getAllByTestId('topic-span');

describe('TimelinePane', () => {
  it('shows each topic planned against actual, items under it', async () => {
    const meeting = meetingView({
      topics: [
        topicView({ title: null, endedAt: T0 + MIN }),
        topicView({
          title: 'Budget',
          startedAt: T0 + MIN,
          endedAt: T0 + 14 * MIN,
          timebox: 10,
          seq: 4,
          items: [{ type: 'agreed', nick: 'chair', text: 'spend less', at: T0 + 5 * MIN, seq: 9 }],
        }),
      ],
      status: 'ended',
      endedAt: T0 + 14 * MIN,
    });
    await renderApp({ status: JOINED, meeting });
    expect(spans()[0]).toHaveTextContent('Before the first topic');
    expect(spans()[1]).toHaveTextContent('Budget');
    expect(spans()[1]).toHaveTextContent('3 min over 10');
    expect(spans()[1]).toHaveAttribute('data-state', 'over');
    expect(
      within(spans()[1]!).getByRole('button', { name: /agreed spend less/ }),
    ).toBeInTheDocument();
  });

  it('grows the current topic every second, nudging at 80 % and marking an overrun', async () => {
    vi.useFakeTimers({ toFake: ['Date', 'setInterval', 'clearInterval'] });
    vi.setSystemTime(T0 + 7 * MIN);
    const meeting = meetingView({ topics: [topicView({ title: 'Budget', timebox: 10 })] });
    await renderApp({ status: JOINED, meeting });
    expect(spans()[0]).toHaveAttribute('data-state', 'within');
    expect(spans()[0]).toHaveAttribute('aria-current', 'step');
    act(() => vi.advanceTimersByTime(MIN));
    expect(spans()[0]).toHaveAttribute('data-state', 'nudge');
    expect(spans()[0]).toHaveTextContent('2 min left');
    expect(spans()[0]).toHaveTextContent('“Budget” is nearing the end of its timebox.');
    act(() => vi.advanceTimersByTime(2 * MIN));
    expect(spans()[0]).toHaveAttribute('data-state', 'over');
    expect(spans()[0]).toHaveTextContent('“Budget” is over its timebox.');
  });

  it('brings a topic’s line into view when its span is clicked', async () => {
    const meeting = meetingView({ topics: [topicView({ title: 'Budget', seq: 7 })] });
    const { store, user } = await renderApp({ status: JOINED, meeting });
    await user.click(within(spans()[0]!).getAllByRole('button')[0]!);
    expect(store.getState().jump).toEqual({ seq: 7, nonce: 1 });
  });
});
