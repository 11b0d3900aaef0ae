import { EmptyState } from '../../components/EmptyState';
import { Pane } from '../../components/Pane';
import { useAppState } from '../../app/AppContext';
import { SayBox } from './SayBox';
import { TranscriptList } from './TranscriptList';

/** The channel's conversation, live, with the say box under it. */
export function TranscriptPane() {
  const lines = useAppState((state) => state.lines);
  const channel = useAppState((state) => state.transcriptChannel);
  const generation = useAppState((state) => state.transcriptGeneration);
  return (
    <Pane
      id="transcript"
      title="Transcript"
      aside={channel && <span className="pane-aside">{channel}</span>}
    >
      {lines.length === 0 ? (
        <EmptyState title="No lines yet.">
          Connect to a channel and its conversation appears here as it happens.
        </EmptyState>
      ) : (
        <TranscriptList
          key={generation}
          lines={lines}
          label={channel ? `Lines in ${channel}` : 'Lines'}
        />
      )}
      <SayBox />
    </Pane>
  );
}
