import { useState } from 'react';
import type { PracticeState } from '../../../../shared/ipc/after-meeting-schemas';
import type { Result } from '../../../../shared/ipc/result';
import { useActions, useAppState } from '../../app/AppContext';

/** What the practice bar can ask of the replay, and the last failure to show. */
export interface PracticeCalls {
  error: string | null;
  setSpeed(speed: number): Promise<Result<PracticeState>>;
  pause(paused: boolean): Promise<Result<PracticeState>>;
  stop(): Promise<Result<PracticeState>>;
}

/**
 * The replay's controls over the after-meeting channels. Each answer becomes the window's practice
 * state at once (the `practice:state` events keep it current too); a failure is kept to show.
 * A stop the core refuses because no replay runs any more lets the window go back to the
 * connection's channel all the same.
 */
export function usePracticeCalls(): PracticeCalls {
  const { afterMeeting } = useActions();
  const setPractice = useAppState((s) => s.setPractice);
  const [error, setError] = useState<string | null>(null);

  const apply = (result: Result<PracticeState>) => {
    setError(result.ok ? null : result.error.message);
    if (result.ok) setPractice(result.value);
    return result;
  };

  return {
    error,
    setSpeed: async (speed) => apply(await afterMeeting.invoke('practice:setSpeed', { speed })),
    pause: async (paused) => apply(await afterMeeting.invoke('practice:pause', { paused })),
    stop: async () => {
      const result = apply(await afterMeeting.invoke('practice:stop', {}));
      if (!result.ok && result.error.code === 'no-practice') setPractice(null);
      return result;
    },
  };
}
