import { act, screen, waitFor, within } from '@testing-library/react';
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

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

/** Gives `element` a box from `top` to `bottom`, all of it content (jsdom lays nothing out). */
function place(element: Element, box: () => { top: number; bottom: number }) {
  Object.defineProperty(element, 'clientHeight', {
    configurable: true,
    get: () => box().bottom - box().top,
  });
  element.getBoundingClientRect = () => {
    const { top, bottom } = box();
    return DOMRect.fromRect({ x: 0, y: top, width: 300, height: bottom - top });
  };
}

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

  it('keeps the current topic wholly in view as items are added to it and as it grows', async () => {
    // Records what each observer watches, so the test can report a size change of one element.
    const watching = new Map<Element, (() => void)[]>();
    vi.stubGlobal(
      'ResizeObserver',
      class {
        constructor(private readonly report: () => void) {}
        observe(target: Element) {
          watching.set(target, [...(watching.get(target) ?? []), () => this.report()]);
        }
        unobserve() {}
        disconnect() {}
      },
    );
    const bridge = await createTestCore({ meeting: {} });
    bridge.hear('chair', '#topic Budget');
    await bridge.meetingWhen((v) => v.topics.length === 1);
    await renderAppOver(bridge);
    const body = screen.getByTestId('pane-timeline').querySelector('.pane-body')!;
    const current = spans().at(-1)!;
    expect(current).toHaveAttribute('aria-current', 'step');
    // The pane shows 0–280; the current span starts at 200, 60 tall, and 40 more per item.
    let extra = 0;
    place(body, () => ({ top: 0, bottom: 280 }));
    place(current, () => {
      const top = 200 - body.scrollTop;
      return {
        top,
        bottom: top + 60 + 40 * within(current).queryAllByRole('listitem').length + extra,
      };
    });
    bridge.hear('chair', '#agreed spend less');
    await waitFor(() => expect(within(current).getAllByRole('listitem')).toHaveLength(1));
    expect(body.scrollTop).toBe(20);
    // It grows with no new item (a line wraps, a nudge shows): its size is watched.
    extra = 30;
    act(() => watching.get(current)?.forEach((report) => report()));
    expect(body.scrollTop).toBe(50);
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
