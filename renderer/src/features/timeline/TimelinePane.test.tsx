import { act, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderApp, renderAppOver } from '../../testing/render-app';
import {
  agendaNode,
  JOINED,
  meetingView,
  MIN,
  T0,
  topicView,
} from '../../testing/meeting-fixtures';
import { createTestCore } from '../../testing/render-core';

afterEach(() => vi.useRealTimers());

const spans = () => screen.getAllByTestId('topic-span');

describe('TimelinePane', () => {
  it('shows each topic planned against actual, items under it, as the core timed them', async () => {
    const bridge = await createTestCore({ startAt: T0 });
    await bridge.invoke('agenda:set', {
      channel: '#meet',
      items: [agendaNode('b', 'Budget', { timebox: 10 })],
    });
    // Driven: the topic starts when Gavel says "#topic Budget" in the channel.
    const { id } = await bridge.startMeeting({ mode: 'drive' });
    bridge.skip(MIN);
    await bridge.invoke('meeting:command', { meetingId: id, command: { type: 'next-topic' } });
    await bridge.meetingWhen((v) => v.topics.length === 1);
    bridge.skip(4 * MIN);
    bridge.hear('chair', '#agreed spend less');
    await bridge.meetingWhen((v) => v.topics.at(-1)?.items.length === 1);
    bridge.skip(9 * MIN);
    await bridge.invoke('meeting:end', { meetingId: id });
    await bridge.meetingWhen((v) => v.status === 'ended');
    await renderAppOver(bridge);
    expect(spans()).toHaveLength(1);
    expect(spans()[0]).toHaveTextContent('Budget13:01–13:14');
    expect(spans()[0]).toHaveTextContent('3 min over 10');
    expect(spans()[0]).toHaveAttribute('data-state', 'over');
    expect(
      within(spans()[0]!).getByRole('button', { name: /agreed spend less/ }),
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
    const bridge = await createTestCore({ meeting: {} });
    bridge.hear('alice', 'hello');
    bridge.hear('chair', '#topic Budget');
    const { topics } = await bridge.meetingWhen((v) => v.topics.length === 1);
    const { store, user } = await renderAppOver(bridge);
    await user.click(within(spans()[0]!).getAllByRole('button')[0]!);
    expect(topics[0]!.seq).toBeGreaterThan(1);
    expect(store.getState().jump).toEqual({ seq: topics[0]!.seq, nonce: 1 });
  });
});
