import { useCallback, useMemo, useState } from 'react';
import { nickMatcher } from '../../../../shared/meeting/owners';
import { EmptyState } from '../../components/EmptyState';
import { Pane } from '../../components/Pane';
import { useAppState } from '../../app/AppContext';
import { shortcutLabel } from '../../keyboard/key-label';
import { PLATFORM } from '../../keyboard/platform';
import { FindBar } from './FindBar';
import { SayBox } from './SayBox';
import { TranscriptList } from './TranscriptList';

/** The channel's conversation, live, with find-in-meeting above it and the say box under it. */
export function TranscriptPane() {
  const lines = useAppState((state) => state.lines);
  const channel = useAppState((state) => state.transcriptChannel);
  const generation = useAppState((state) => state.transcriptGeneration);
  const nick = useAppState((state) => state.status?.nick ?? null);
  const requestFind = useAppState((state) => state.requestFind);
  const [query, setQuery] = useState('');
  const mention = useMemo(() => (nick ? nickMatcher(nick) : null), [nick]);
  const backToList = useCallback(() => {
    document.querySelector<HTMLElement>('[data-pane="transcript"] [data-pane-focus]')?.focus();
  }, []);

  const tools = (
    <button
      type="button"
      onClick={requestFind}
      title={`Find in the meeting (${shortcutLabel('find', PLATFORM)})`}
    >
      Find
    </button>
  );
  return (
    <Pane
      id="transcript"
      title="Transcript"
      aside={channel && <span className="pane-aside">{channel}</span>}
      tools={tools}
    >
      <FindBar lines={lines} onQuery={setQuery} onClose={backToList} />
      {lines.length === 0 ? (
        <EmptyState title="No lines yet.">
          Connect to a channel and its conversation appears here as it happens.
        </EmptyState>
      ) : (
        <TranscriptList
          key={generation}
          lines={lines}
          label={channel ? `Lines in ${channel}` : 'Lines'}
          mention={mention}
          query={query}
        />
      )}
      <SayBox />
    </Pane>
  );
}
