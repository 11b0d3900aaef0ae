import { useEffect, useState } from 'react';
import { channelProblem } from '../../../../shared/irc/validate';
import { useActions } from '../../app/AppContext';
import { bareChannel } from './schedule-text';

/** The channel shown, the connection's, and how to show another. */
export interface ChannelPickerProps {
  channel: string;
  connected: string | null;
  onPick(channel: string): void;
}

const isPractice = (channel: string) => channel.toLowerCase().startsWith('practice:');

/**
 * Picks the channel whose schedule is shown: typed, or suggested from the connection's and
 * the channels of past meetings (practice runs left out).
 */
export function ChannelPicker({ channel, connected, onPick }: ChannelPickerProps) {
  const { afterMeeting } = useActions();
  const [draft, setDraft] = useState(channel);
  const [known, setKnown] = useState<string[]>([]);
  const [problem, setProblem] = useState<string | null>(null);

  useEffect(() => {
    let current = true;
    void afterMeeting.invoke('history:list', {}).then((result) => {
      if (current && result.ok) setKnown(result.value.map((entry) => entry.channel));
    });
    return () => {
      current = false;
    };
  }, [afterMeeting]);

  const suggestions = [...new Set([...(connected ? [connected] : []), ...known])].filter(
    (name) => !isPractice(name),
  );
  const pick = () => {
    const name = draft.trim();
    const wrong = channelProblem(bareChannel(name));
    setProblem(wrong);
    if (!wrong) onPick(name);
  };

  return (
    <form
      className="schedule-channel"
      aria-label="Channel to schedule"
      onSubmit={(e) => {
        e.preventDefault();
        pick();
      }}
      noValidate
    >
      <div className="field">
        <label htmlFor="schedule-channel">Channel</label>
        <input
          id="schedule-channel"
          list="schedule-channels"
          autoComplete="off"
          spellCheck={false}
          placeholder="#meeting"
          value={draft}
          onChange={(e) => setDraft(e.target.value)}
          aria-invalid={problem ? true : undefined}
          aria-describedby={problem ? 'schedule-channel-problem' : undefined}
        />
        <datalist id="schedule-channels">
          {suggestions.map((name) => (
            <option key={name} value={name} />
          ))}
        </datalist>
      </div>
      <button type="submit">Show schedule</button>
      {problem && (
        <p id="schedule-channel-problem" className="schedule-error" role="alert">
          {problem}
        </p>
      )}
    </form>
  );
}
