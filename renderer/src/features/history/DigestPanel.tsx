import { useCallback, useEffect, useId, useMemo, useState, type KeyboardEvent } from 'react';
import type { TranscriptLine } from '../../../../shared/domain/line';
import type { AgendaNode, MeetingView } from '../../../../shared/ipc/meeting-schemas';
import { useActions } from '../../app/AppContext';
import { digestTranscript } from './digest-model';
import { percent, type ReaderSuggestion } from './suggestion-model';
import { DigestEntry } from './DigestEntry';

/** The meeting to digest, its lines, and what to do with a changed view or a line to show. */
export interface DigestPanelProps {
  meetingId: string;
  lines: readonly TranscriptLine[];
  /** The meeting's agenda: topics are aligned with its entries (none: found from the talk). */
  agenda: readonly AgendaNode[];
  /** The meeting as it stands: what its minutes already have is not offered again. */
  view: MeetingView;
  onView(view: MeetingView): void;
  onShow(seq: number): void;
  /** Told the suggestions whenever they change, so the transcript can show them. */
  onChange(items: readonly ReaderSuggestion[]): void;
  onClose(): void;
}

/** Says where the topics come from: the agenda's entries, or the talk itself. */
function agendaNote(agenda: readonly AgendaNode[]): string {
  const count = (nodes: readonly AgendaNode[]): number =>
    nodes.reduce((n, node) => n + 1 + count(node.children), 0);
  const entries = count(agenda);
  if (entries === 0) return 'No agenda: topics are found from what was said.';
  return `Topics follow the agenda (${entries} ${entries === 1 ? 'entry' : 'entries'}).`;
}

/**
 * The digest's suggestions for the meeting, for the chair to accept (as ordinary marks, so the
 * outline and every export follow), edit or reject, one by one from the keyboard (↑/↓ or j/k
 * to move, a or Enter to accept, r or Delete to reject) or all at once above a confidence.
 * Moving to a suggestion brings its line into view in the transcript.
 */
export function DigestPanel({
  meetingId,
  lines,
  agenda,
  view,
  onView,
  onShow,
  onChange,
  onClose,
}: DigestPanelProps) {
  const { afterMeeting } = useActions();
  const [items, setItems] = useState<ReaderSuggestion[]>(() =>
    digestTranscript(lines, agenda, view),
  );
  const [current, setCurrent] = useState(0);
  const [above, setAbove] = useState('0.7');
  const [problem, setProblem] = useState<string | null>(null);
  const aboveId = useId();
  useEffect(() => onChange(items), [items, onChange]);
  const byLine = useMemo(() => new Map(lines.map((l) => [l.seq, l])), [lines]);

  const update = (id: number, change: Partial<ReaderSuggestion>) =>
    setItems((before) => before.map((s) => (s.id === id ? { ...s, ...change } : s)));

  const accept = useCallback(
    async (s: ReaderSuggestion): Promise<boolean> => {
      const text = s.text.trim();
      const result = await afterMeeting.invoke('meeting:mark', {
        meetingId,
        seq: s.seq,
        as: s.as,
        ...(text ? { text } : {}),
      });
      if (!result.ok) {
        setProblem(result.error.message);
        return false;
      }
      setProblem(null);
      update(s.id, { status: 'accepted' });
      onView(result.value);
      return true;
    },
    [afterMeeting, meetingId, onView],
  );

  const move = (to: number) => {
    const next = Math.max(0, Math.min(items.length - 1, to));
    setCurrent(next);
    const s = items[next];
    if (s) onShow(s.seq);
  };

  const acceptAbove = async () => {
    const floor = Number(above);
    for (const s of items) {
      if (s.status === 'open' && s.confidence >= floor && !(await accept(s))) return;
    }
  };

  const onKey = (e: KeyboardEvent) => {
    if (e.target instanceof HTMLInputElement) return;
    const s = items[current];
    const keys: Record<string, () => void> = {
      ArrowDown: () => move(current + 1),
      j: () => move(current + 1),
      ArrowUp: () => move(current - 1),
      k: () => move(current - 1),
      a: () => s && s.status === 'open' && void accept(s),
      Enter: () => s && s.status === 'open' && void accept(s),
      r: () => s && s.status === 'open' && update(s.id, { status: 'rejected' }),
      Delete: () => s && s.status === 'open' && update(s.id, { status: 'rejected' }),
    };
    const act = keys[e.key];
    if (!act) return;
    e.preventDefault();
    act();
  };

  const open = items.filter((s) => s.status === 'open').length;
  return (
    <section className="reader-digest" aria-labelledby="reader-digest-heading">
      <h3 id="reader-digest-heading">Digest</h3>
      <p className="muted">
        {items.length} suggestions, {open} to review. ↑/↓ move, a accepts, r rejects.
      </p>
      <p className="muted">{agendaNote(agenda)}</p>
      <div className="digest-bulk">
        <label htmlFor={aboveId}>Accept all at or above</label>
        <input
          id={aboveId}
          type="number"
          min={0}
          max={1}
          step={0.05}
          value={above}
          onChange={(e) => setAbove(e.target.value)}
        />
        <button type="button" onClick={() => void acceptAbove()}>
          Accept all ≥ {percent(Number(above) || 0)}
        </button>
        <button type="button" onClick={onClose}>
          Close
        </button>
      </div>
      {problem && <p role="alert">{problem}</p>}
      <ol className="digest-list" aria-label="Suggestions" tabIndex={0} onKeyDown={onKey}>
        {items.map((s, i) => (
          <DigestEntry
            key={s.id}
            suggestion={s}
            line={byLine.get(s.seq)}
            selected={i === current}
            onSelect={() => move(i)}
            onText={(text) => update(s.id, { text })}
            onAccept={() => void accept(s)}
            onReject={() => update(s.id, { status: 'rejected' })}
          />
        ))}
      </ol>
    </section>
  );
}
