import { useCallback, useEffect, useRef, useState } from 'react';
import type { Schedule } from '../../../../shared/ipc/after-meeting-schemas';
import type { Result } from '../../../../shared/ipc/result';
import type { Req, Res } from '../../../../shared/ipc/schemas';
import { useActions } from '../../app/AppContext';

/** The next meeting as `schedule:next` gives it. */
export type NextMeeting = Res<'schedule:next'>;

/** A channel's schedule as the view knows it. */
export interface ScheduleData {
  /** The channel these are about ('' before one is picked). */
  channel: string;
  loading: boolean;
  loadError: string | null;
  schedule: Schedule | null;
  next: NextMeeting | null;
  nextError: string | null;
  /** Goes up whenever the form should start again from `schedule` (loaded, cleared). */
  version: number;
}

/** A channel's schedule and what can be done to it. */
export interface ScheduleHandle {
  data: ScheduleData;
  save(request: Req<'schedule:set'>): Promise<Result<Schedule>>;
  clear(): Promise<Result<{ cleared: boolean }>>;
}

const blank = (channel: string, version: number): ScheduleData => ({
  channel,
  loading: channel !== '',
  loadError: null,
  schedule: null,
  next: null,
  nextError: null,
  version,
});

/**
 * Loads `channel`'s schedule (`schedule:get`) and, when it has one, its next meeting
 * (`schedule:next`); saving or clearing updates both. Answers for a channel no longer shown
 * are dropped.
 */
export function useSchedule(channel: string): ScheduleHandle {
  const { afterMeeting } = useActions();
  const [data, setData] = useState<ScheduleData>(() => blank(channel, 0));
  const shown = useRef(channel);

  const loadNext = useCallback(
    async (name: string) => {
      const next = await afterMeeting.invoke('schedule:next', { channel: name });
      if (shown.current !== name) return;
      setData((d) => ({
        ...d,
        next: next.ok ? next.value : null,
        nextError: next.ok ? null : next.error.message,
      }));
    },
    [afterMeeting],
  );

  useEffect(() => {
    shown.current = channel;
    setData((d) => blank(channel, d.version + 1));
    if (!channel) return;
    void afterMeeting.invoke('schedule:get', { channel }).then((got) => {
      if (shown.current !== channel) return;
      setData((d) => ({
        ...d,
        loading: false,
        loadError: got.ok ? null : got.error.message,
        schedule: got.ok ? got.value : null,
        version: d.version + 1,
      }));
      if (got.ok && got.value) void loadNext(channel);
    });
  }, [channel, afterMeeting, loadNext]);

  const save = async (request: Req<'schedule:set'>) => {
    const saved = await afterMeeting.invoke('schedule:set', request);
    if (saved.ok && shown.current === request.channel) {
      setData((d) => ({ ...d, schedule: saved.value, loadError: null }));
      await loadNext(request.channel);
    }
    return saved;
  };

  const clear = async () => {
    const name = channel;
    const cleared = await afterMeeting.invoke('schedule:clear', { channel: name });
    if (cleared.ok && shown.current === name)
      setData((d) => ({ ...blank(name, d.version + 1), loading: false }));
    return cleared;
  };

  return { data, save, clear };
}
