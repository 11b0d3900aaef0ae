import { useState, type FormEvent } from 'react';
import { useActions, useAppState } from '../../app/AppContext';
import { practiceChannel } from '../../state/ui-slice';

/**
 * Where the chair types a line for the channel. Enter sends; the box clears once the core has
 * taken the line. The line shows in the transcript when the core echoes it, not before. While a
 * practice is in front the box speaks into the practice, and nothing is sent anywhere.
 */
export function SayBox() {
  const actions = useActions();
  const practice = useAppState(practiceChannel);
  const joined = useAppState(
    (state) => practiceChannel(state) !== null || state.status?.state === 'joined',
  );
  const channel = useAppState((state) => practiceChannel(state) ?? state.status?.channel ?? null);
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [sending, setSending] = useState(false);
  const label = channel ? `Message to ${channel}` : 'Message';

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!joined || sending || text.trim() === '') return;
    setSending(true);
    const result = await actions.say(text);
    setSending(false);
    if (result.ok) {
      setText('');
      setError(null);
    } else {
      setError(result.error.message);
    }
  };

  return (
    <form className="say-box" onSubmit={submit} noValidate>
      <label htmlFor="say-input" className="visually-hidden">
        {label}
      </label>
      <input
        id="say-input"
        value={text}
        onChange={(event) => {
          setText(event.target.value);
          setError(null);
        }}
        disabled={!joined}
        placeholder={
          practice
            ? 'Say something in the practice (nothing is sent anywhere)'
            : joined
              ? `Say something in ${channel}`
              : 'Join a channel to speak in it'
        }
        autoComplete="off"
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? 'say-error' : undefined}
      />
      <button type="submit" disabled={!joined} aria-disabled={sending || undefined}>
        Send
      </button>
      {error && (
        <p id="say-error" className="say-error" role="alert">
          {error}
        </p>
      )}
    </form>
  );
}
