import { useEffect, useState } from 'react';
import type { HistoryEntry } from '../../../../shared/ipc/after-meeting-schemas';
import { useActions, useAppState } from '../../app/AppContext';
import { FormDialog } from '../../components/FormDialog';
import { DEFAULT_SPEED, meetingLabel, parseSpeed, replayChoices } from './practice-model';
import { SpeedField } from './SpeedField';

type From = 'sample' | 'history';

/**
 * Starts a practice replay of the bundled sample meeting or of a meeting from the history
 * (`meetingId` preselects one) at 1× to 20× its pace. Once it runs, the window shows the meeting
 * view, which follows the practice channel; the chair drives it with the usual controls.
 */
export function PracticeDialog({
  meetingId,
  onClose,
}: {
  meetingId: string | null;
  onClose(): void;
}) {
  const { afterMeeting } = useActions();
  const setPractice = useAppState((s) => s.setPractice);
  const setView = useAppState((s) => s.setView);
  const [from, setFrom] = useState<From>(meetingId ? 'history' : 'sample');
  const [picked, setPicked] = useState(meetingId ?? '');
  const [speed, setSpeed] = useState(String(DEFAULT_SPEED));
  const [speedInvalid, setSpeedInvalid] = useState(false);
  const [meetings, setMeetings] = useState<HistoryEntry[] | null>(null);
  const [listError, setListError] = useState<string | null>(null);

  useEffect(() => {
    let current = true;
    void afterMeeting.invoke('history:list', {}).then((result) => {
      if (!current) return;
      if (result.ok) setMeetings(replayChoices(result.value, meetingId));
      else setListError(result.error.message);
    });
    return () => {
      current = false;
    };
  }, [afterMeeting, meetingId]);

  const start = async (): Promise<string | null> => {
    const parsed = parseSpeed(speed);
    setSpeedInvalid(!parsed.ok);
    if (!parsed.ok) return parsed.error.message;
    if (from === 'history' && !picked) return 'Choose the meeting to replay.';
    const source = from === 'sample' ? { sample: true as const } : { meetingId: picked };
    const result = await afterMeeting.invoke('practice:start', { source, speed: parsed.value });
    if (!result.ok) return result.error.message;
    setPractice(result.value.practice);
    setView('meeting');
    return null;
  };

  const none = meetings !== null && meetings.length === 0;
  return (
    <FormDialog
      title="Practice a meeting"
      description="A recorded meeting replays as if it were live, in a practice channel of its own. Nothing is sent anywhere; drive it with the usual controls."
      submitLabel="Start practice"
      onSubmit={start}
      onClose={onClose}
    >
      <fieldset className="choice-group">
        <legend>Replay</legend>
        <label>
          <input
            type="radio"
            name="practice-from"
            checked={from === 'sample'}
            onChange={() => setFrom('sample')}
          />{' '}
          The sample meeting
        </label>
        <label>
          <input
            type="radio"
            name="practice-from"
            checked={from === 'history'}
            onChange={() => setFrom('history')}
            disabled={none}
          />{' '}
          A meeting from the history
        </label>
      </fieldset>
      <div className="field">
        <label htmlFor="practice-meeting">Meeting</label>
        <select
          id="practice-meeting"
          value={picked}
          disabled={meetings === null || none}
          onChange={(event) => {
            setPicked(event.target.value);
            if (event.target.value) setFrom('history');
          }}
        >
          <option value="">
            {meetings === null
              ? 'Loading…'
              : none
                ? 'No recorded meetings yet'
                : 'Choose a meeting…'}
          </option>
          {meetings?.map((entry) => (
            <option key={entry.id} value={entry.id}>
              {meetingLabel(entry)}
            </option>
          ))}
        </select>
      </div>
      {listError && (
        <p className="dialog-error" role="alert">
          The history could not be read: {listError}
        </p>
      )}
      <SpeedField
        id="practice-speed"
        value={speed}
        invalid={speedInvalid}
        onValue={(value) => {
          setSpeed(value);
          setSpeedInvalid(false);
        }}
      />
    </FormDialog>
  );
}
