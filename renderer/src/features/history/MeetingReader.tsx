import { lazy, Suspense, useCallback, useState } from 'react';
import type { TranscriptLine } from '../../../../shared/domain/line';
import type { MarkKind } from '../../../../shared/ipc/after-meeting-schemas';
import type { MeetingView } from '../../../../shared/ipc/meeting-schemas';
import { useActions, useAppState } from '../../app/AppContext';
import { MeetingCharts } from '../charts/MeetingCharts';
import { openByLine, type ReaderSuggestion } from './suggestion-model';
import { MarkDialog } from './MarkDialog';
import { ReaderActions } from './ReaderActions';
import { ReaderHeader } from './ReaderHeader';
import { ReaderOutline } from './ReaderOutline';
import { ReaderTranscript } from './ReaderTranscript';
import { useReader } from './use-reader';

// The digest (its rules and the panel) loads when first asked for.
const DigestPanel = lazy(() => import('./DigestPanel').then((m) => ({ default: m.DigestPanel })));

const NO_SUGGESTIONS: ReadonlyMap<number, string> = new Map();

/**
 * A meeting Gavel keeps open for reading: its outline (topics and items, each leading to its
 * line), its transcript (loaded page by page, lines marked after the fact), its action items
 * and its charts; "Digest…" proposes marks for a meeting nobody chaired. Marks and action edits update all of it from the core's answer.
 */
export function MeetingReader({ meetingId }: { meetingId: string }) {
  const { afterMeeting } = useActions();
  const openReading = useAppState((s) => s.openReading);
  const closeReading = useAppState((s) => s.closeReading);
  const live = useAppState((s) => (s.meeting?.id === meetingId ? s.meeting : null));
  const reader = useReader(meetingId, live);
  const { setView, refresh } = reader;
  const [marking, setMarking] = useState<TranscriptLine | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [digesting, setDigesting] = useState(false);
  const [suggested, setSuggested] = useState<ReadonlyMap<number, string>>(NO_SUGGESTIONS);
  const onSuggestions = useCallback(
    (items: readonly ReaderSuggestion[]) => setSuggested(openByLine(items)),
    [],
  );
  const stopDigest = useCallback(() => {
    setDigesting(false);
    setSuggested(NO_SUGGESTIONS);
  }, []);

  const changed = useCallback(
    (view: MeetingView) => {
      setView(view);
      void refresh();
    },
    [setView, refresh],
  );
  const unmark = useCallback(
    async (seq: number, as: MarkKind) => {
      const result = await afterMeeting.invoke('meeting:unmark', { meetingId, seq, as });
      if (!result.ok) return setProblem(result.error.message);
      setProblem(null);
      changed(result.value);
    },
    [afterMeeting, meetingId, changed],
  );
  const onUnmark = useCallback((seq: number, as: MarkKind) => void unmark(seq, as), [unmark]);
  const jump = useCallback((seq: number) => openReading(meetingId, seq), [openReading, meetingId]);

  const { opened } = reader;
  if (!opened) {
    return (
      <section className="view history-reader" aria-label="Meeting">
        {reader.error ? (
          <div className="reader-failed">
            <p role="alert">{reader.error}</p>
            <button type="button" onClick={closeReading}>
              Back to all meetings
            </button>
          </div>
        ) : (
          <p className="muted" role="status">
            Opening the meeting…
          </p>
        )}
      </section>
    );
  }
  return (
    <section className="view history-reader" aria-labelledby="reader-heading">
      {/* After a failed read the transcript is not "loading" any more: it waits for Try again. */}
      <ReaderHeader
        opened={opened}
        loadedLines={reader.lines.length}
        complete={reader.complete || reader.error !== null}
        onDigest={reader.complete && !digesting ? () => setDigesting(true) : undefined}
      />
      {(problem ?? reader.error) && (
        <div className="reader-error">
          <p role="alert">{problem ?? reader.error}</p>
          {reader.error && !problem && (
            <button type="button" onClick={() => void reader.refresh()}>
              Try again
            </button>
          )}
        </div>
      )}
      <div className="reader-body">
        <ReaderOutline view={opened.view} onJump={jump} />
        <ReaderTranscript
          lines={reader.lines}
          complete={reader.complete}
          marks={opened.marks}
          suggested={suggested}
          onMark={setMarking}
          onUnmark={onUnmark}
        />
        {/* Focusable so the keyboard can scroll it when what it holds has nothing to focus. */}
        <div className="reader-side" tabIndex={0} role="region" aria-label="Details">
          {digesting && (
            <Suspense
              fallback={
                <p className="muted" role="status">
                  Digesting…
                </p>
              }
            >
              <DigestPanel
                meetingId={meetingId}
                lines={reader.lines}
                agenda={opened.agenda}
                view={opened.view}
                onView={changed}
                onShow={jump}
                onChange={onSuggestions}
                onClose={stopDigest}
              />
            </Suspense>
          )}
          <ReaderActions meetingId={meetingId} actions={opened.view.actions} onView={setView} />
          <section className="reader-charts" aria-labelledby="reader-charts-heading">
            <h3 id="reader-charts-heading">Charts</h3>
            <MeetingCharts view={opened.view} />
          </section>
        </div>
      </div>
      {marking && (
        <MarkDialog
          meetingId={meetingId}
          line={marking}
          onMarked={changed}
          onClose={() => setMarking(null)}
        />
      )}
    </section>
  );
}
