import { act, cleanup, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderApp, renderAppOver } from '../../testing/render-app';
import { createTestCore, renderCore } from '../../testing/render-core';
import { JOINED, meetingView, MIN, T0, topicView } from '../../testing/meeting-fixtures';
import { elapsedClock } from './CurrentTopic';

/** The toolbar's buttons and radios by name, in order. */
const controls = () =>
  [...screen.getByRole('toolbar', { name: 'Chair controls' }).querySelectorAll('button')].map(
    (b) => b.textContent,
  );

afterEach(() => vi.useRealTimers());

describe('the chair toolbar', () => {
  it('keeps every control in its place before, during and after a meeting', async () => {
    const bridge = await createTestCore();
    await renderAppOver(bridge);
    const idle = controls();
    cleanup();
    const { id } = await bridge.startMeeting();
    await renderAppOver(bridge);
    const live = controls();
    cleanup();
    await bridge.invoke('meeting:end', { meetingId: id });
    await renderAppOver(bridge);
    const ended = controls();
    // Only the start button's words change (Start ↔ End); nothing moves or goes away.
    const same = (names: (string | null)[]) =>
      names.map((n) => n?.replace(/^(Start|End) meeting.*/, 'meeting'));
    expect(same(live)).toEqual(same(idle));
    expect(same(ended)).toEqual(same(idle));
    expect(idle.length).toBeGreaterThanOrEqual(12);
  });

  it('names each icon button by its words, with the shortcut in the tooltip and aria-keyshortcuts', async () => {
    await renderCore({ meeting: {} });
    const item = screen.getByRole('button', { name: 'Action…' });
    expect(item).toHaveAttribute('title', 'Action… (Alt+A)');
    expect(item).toHaveAttribute('aria-keyshortcuts', 'Alt+A');
    expect(item.querySelector('svg')).toHaveAttribute('aria-hidden', 'true');
  });
});

describe('the meeting line', () => {
  it('shows the current topic with a clock against its timebox, ticking', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true, now: T0 + 3 * MIN + 5000 });
    const topic = topicView({ title: 'Budget', startedAt: T0, timebox: 10 });
    await renderApp({ status: JOINED, meeting: meetingView({ topics: [topic] }) });
    const current = screen.getByTestId('current-topic');
    expect(current).toHaveTextContent('Topic: Budget 3:05 / 10 min');
    await act(async () => vi.advanceTimersByTime(6 * MIN));
    expect(current).toHaveTextContent('9:05 / 10 min');
    expect(current).toHaveClass('span-nudge');
  });

  it('offers to save the minutes once the meeting has ended, and not before', async () => {
    const bridge = await createTestCore();
    const { id } = await bridge.startMeeting();
    await renderAppOver(bridge);
    expect(screen.queryByRole('button', { name: 'Save the minutes…' })).toBeNull();
    cleanup();
    await bridge.invoke('meeting:end', { meetingId: id });
    const { user } = await renderAppOver(bridge);
    await user.click(screen.getByRole('button', { name: 'Save the minutes…' }));
    expect(screen.getByRole('dialog')).toHaveAccessibleName('Save the minutes');
  });

  it('shows no current topic once the meeting has ended', async () => {
    const bridge = await createTestCore();
    const { id } = await bridge.startMeeting();
    bridge.hear('chair', '#topic Budget');
    await bridge.meetingWhen((v) => v.topics.length === 1);
    await bridge.invoke('meeting:end', { meetingId: id });
    await renderAppOver(bridge);
    expect(screen.getByTestId('meeting-status')).toHaveTextContent('Meeting ended');
    expect(screen.queryByTestId('current-topic')).toBeNull();
  });

  it('does not claim commands reach the channel while Gavel is out of it', async () => {
    await renderApp({
      status: { ...JOINED, state: 'reconnecting' },
      meeting: meetingView({ mode: 'drive' }),
    });
    const status = screen.getByTestId('meeting-status');
    expect(status).not.toHaveTextContent('commands go to the channel');
    expect(status).toHaveTextContent('Gavel is not in #meet right now');
    expect(status.querySelector('.status-dot')).toHaveClass('meeting-dot-away');
  });

  it('keeps a quiet meeting’s words while reconnecting: its notes need no channel', async () => {
    await renderApp({
      status: { ...JOINED, state: 'reconnecting' },
      meeting: meetingView({ mode: 'quiet' }),
    });
    expect(screen.getByTestId('meeting-status')).toHaveTextContent('quiet: notes stay in Gavel');
  });
});

describe('elapsedClock', () => {
  it('says minutes and seconds, and hours past an hour', () => {
    expect(elapsedClock(0)).toBe('0:00');
    expect(elapsedClock(65_000)).toBe('1:05');
    expect(elapsedClock(3_725_000)).toBe('1:02:05');
  });
});
