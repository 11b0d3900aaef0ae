import { useEffect, useRef, useState } from 'react';
import type { PracticeState } from '../../../../shared/ipc/after-meeting-schemas';
import { useAppState } from '../../app/AppContext';
import { parseSpeed, progressText } from './practice-model';
import { SpeedField } from './SpeedField';
import { usePracticeCalls } from './use-practice-calls';

/** How long the speed field waits after the last key before the replay takes the speed. */
const SPEED_PAUSE_MS = 400;

/**
 * The practice replay's controls at the top of the meeting view, while one runs, is paused or
 * has finished: how far it is, its speed, pause or resume, and stopping it (the window then goes
 * back to the connection's channel). The meeting itself is driven with the usual controls.
 */
export function PracticeBar() {
  const practice = useAppState((s) => s.practice);
  if (!practice || practice.status === 'stopped') return null;
  return <PracticeControls practice={practice} />;
}

function PracticeControls({ practice }: { practice: PracticeState }) {
  const calls = usePracticeCalls();
  // What the chair is typing in the speed field, until the core has taken it.
  const [draft, setDraft] = useState<string | null>(null);
  const [speedError, setSpeedError] = useState<string | null>(null);

  const applySpeed = async (text: string) => {
    const parsed = parseSpeed(text);
    setSpeedError(parsed.ok ? null : parsed.error.message);
    if (!parsed.ok || parsed.value === practice.speed) return;
    const result = await calls.setSpeed(parsed.value);
    if (result.ok) setDraft((now) => (now === text ? null : now));
  };
  // The speed is taken once the chair pauses typing: "15" is not first 1×, then 15×.
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);
  const changeSpeed = (text: string) => {
    setDraft(text);
    setSpeedError(null);
    clearTimeout(timer.current);
    timer.current = setTimeout(() => void applySpeed(text), SPEED_PAUSE_MS);
  };

  const error = speedError ?? calls.error;
  return (
    <section className="practice-bar" aria-label="Practice">
      <p className="practice-progress">{progressText(practice)}</p>
      <progress
        className="practice-meter"
        aria-label="Replay progress"
        max={Math.max(practice.total, 1)}
        value={practice.position}
      />
      <SpeedField
        id="practice-bar-speed"
        value={draft ?? String(practice.speed)}
        invalid={speedError !== null}
        onValue={changeSpeed}
      />
      <div className="practice-buttons">
        {practice.status !== 'done' && (
          <button type="button" onClick={() => void calls.pause(practice.status === 'running')}>
            {practice.status === 'paused' ? 'Resume' : 'Pause'}
          </button>
        )}
        <button type="button" className="danger-quiet" onClick={() => void calls.stop()}>
          Stop practice
        </button>
      </div>
      {error && (
        <p className="practice-error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}
