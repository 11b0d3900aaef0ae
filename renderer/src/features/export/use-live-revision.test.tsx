import { act, renderHook } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AppProvider } from '../../app/AppContext';
import { createFakeBridge, transcriptLine } from '../../testing/fake-bridge';
import { createActions } from '../../state/actions';
import { createAppStore } from '../../state/store';
import { meetingView } from '../../testing/meeting-fixtures';
import { useLiveRevision } from './use-live-revision';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

function setup(meetingId: string) {
  const store = createAppStore();
  const bridge = createFakeBridge();
  const actions = createActions({ bridge, store, link: null, sync: { refresh: async () => {} } });
  const wrapper = ({ children }: { children: ReactNode }) => (
    <AppProvider services={{ store, actions }}>{children}</AppProvider>
  );
  const hook = renderHook(() => useLiveRevision(meetingId, 2000), { wrapper });
  return { store, hook };
}

describe('useLiveRevision', () => {
  it('goes up at most once every two seconds while the live meeting changes, and once at its end', () => {
    const { store, hook } = setup('m1');
    act(() => store.getState().setMeeting(meetingView({ id: 'm1' })));
    for (let seq = 1; seq <= 5; seq += 1) {
      act(() => store.getState().appendLines([transcriptLine(seq)]));
    }
    expect(hook.result.current).toBe(0);
    act(() => vi.advanceTimersByTime(2000));
    expect(hook.result.current).toBe(1);
    act(() => store.getState().setMeeting(meetingView({ id: 'm1', status: 'ended' })));
    act(() => vi.advanceTimersByTime(2000));
    expect(hook.result.current).toBe(2);
    // Lines after the end change nothing in the minutes.
    act(() => store.getState().appendLines([transcriptLine(6)]));
    act(() => vi.advanceTimersByTime(2000));
    expect(hook.result.current).toBe(2);
  });

  it('ignores another meeting', () => {
    const { store, hook } = setup('m2');
    act(() => store.getState().setMeeting(meetingView({ id: 'm1' })));
    act(() => store.getState().appendLines([transcriptLine(1)]));
    act(() => vi.advanceTimersByTime(5000));
    expect(hook.result.current).toBe(0);
  });
});
