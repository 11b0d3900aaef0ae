import { useState } from 'react';
import type { Settings } from '../../../../shared/ipc/schemas';
import { sameChannel } from '../../../../shared/irc/casemap';
import { useActions, useAppState } from '../../app/AppContext';
import { connectionUp } from '../../state/notice';
import { practiceChannel } from '../../state/ui-slice';

/** The channels offered first: the agenda's own, then the last connection's, each once. */
export function recentChannels(settings: Settings | null, current: string | null): string[] {
  const saved = settings?.lastConnection;
  const all = [current, saved?.channel, ...(saved?.channels ?? [])];
  return all.reduce<string[]>((list, channel) => {
    if (channel && !list.some((c) => sameChannel(c, channel))) list.push(channel);
    return list;
  }, []);
}

/**
 * Which channel's agenda the pane shows while no connection is up: the chair picks a recent
 * channel or types any, and prepares its agenda days before the meeting. Hidden while connected
 * (the connection's channel is the one in front) and during a practice.
 */
export function AgendaChannelPicker() {
  const actions = useActions();
  const up = useAppState((s) => connectionUp(s.status) || practiceChannel(s) !== null);
  const current = useAppState((s) => s.agenda?.channel ?? null);
  const settings = useAppState((s) => s.settings);
  const [text, setText] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  if (up) return null;
  const offered = recentChannels(settings, current);
  const open = (channel: string) => {
    const result = actions.prepareAgenda(channel);
    setError(result.ok ? null : result.error.message);
    if (result.ok) setText(null);
  };

  return (
    <form
      className="agenda-channel"
      onSubmit={(e) => {
        e.preventDefault();
        open(text ?? current ?? '');
      }}
    >
      <label htmlFor="agenda-channel">Prepare for</label>
      <input
        id="agenda-channel"
        list="agenda-channels"
        value={text ?? current ?? ''}
        placeholder="#channel"
        autoComplete="off"
        spellCheck={false}
        aria-invalid={error !== null}
        aria-describedby={error ? 'agenda-channel-error' : undefined}
        onChange={(e) => {
          setText(e.target.value);
          // Picking one of the offered channels opens it at once.
          if (offered.includes(e.target.value)) open(e.target.value);
        }}
      />
      <datalist id="agenda-channels">
        {offered.map((channel) => (
          <option key={channel} value={channel} />
        ))}
      </datalist>
      <button type="submit">Open</button>
      {error && (
        <p id="agenda-channel-error" className="field-error" role="alert">
          {error}
        </p>
      )}
    </form>
  );
}
