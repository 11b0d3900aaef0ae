import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { TranscriptLine } from '../../../../shared/domain/line';
import { useAppState } from '../../app/AppContext';
import { findMatches } from './find-matches';

/** Find-in-meeting: where it stands, for the transcript to mark matches. */
export interface FindProps {
  lines: TranscriptLine[];
  /** Reports the query while find is open ('' when closed). */
  onQuery(query: string): void;
  /** Called when find closes, to give focus back to the transcript. */
  onClose(): void;
}

/**
 * Finds text in the meeting's transcript. Typing selects the newest match; Enter or F3 goes to
 * the next one, Shift with either to the previous (wrapping), Escape closes. The transcript
 * scrolls to the selected match and marks every match in view.
 */
export function FindBar({ lines, onQuery, onClose }: FindProps) {
  const findRequest = useAppState((s) => s.findRequest);
  const jumpTo = useAppState((s) => s.jumpTo);
  const [open, setOpen] = useState(false);
  const [query, setQuery] = useState('');
  const [selected, setSelected] = useState<number | null>(null);
  const input = useRef<HTMLInputElement>(null);
  const matches = useMemo(() => (open ? findMatches(lines, query) : []), [open, lines, query]);

  // Only a request made while the bar is there opens it: one made before (then closed) must not
  // open it again when the bar is drawn anew, e.g. on coming back to the meeting view.
  const handled = useRef(findRequest);
  useEffect(() => {
    if (findRequest === handled.current) return;
    handled.current = findRequest;
    setOpen(true);
  }, [findRequest]);
  // Runs once the bar is drawn: on opening, and on every request while it is open.
  useEffect(() => {
    if (!open || findRequest === 0) return;
    input.current?.focus();
    input.current?.select();
  }, [open, findRequest]);

  useEffect(() => onQuery(open ? query.trim() : ''), [open, query, onQuery]);

  const select = (at: number) => {
    setSelected(at);
    const line = lines[matches[at]!];
    if (line) jumpTo(line.seq);
  };
  const change = (text: string) => {
    setQuery(text);
    const found = findMatches(lines, text);
    setSelected(found.length > 0 ? found.length - 1 : null);
    const newest = found[found.length - 1];
    if (newest !== undefined) jumpTo(lines[newest]!.seq);
  };
  const step = (by: 1 | -1) => {
    if (matches.length === 0) return;
    const from = selected ?? (by === 1 ? -1 : 0);
    select((from + by + matches.length) % matches.length);
  };
  const close = () => {
    setOpen(false);
    setSelected(null);
    onClose();
  };
  const onInputKey = (event: KeyboardEvent) => {
    if (event.key !== 'Enter' && event.code !== 'F3') return;
    event.preventDefault();
    step(event.shiftKey ? -1 : 1);
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    close();
  };

  if (!open) return null;
  const position =
    query.trim() === ''
      ? ''
      : matches.length === 0
        ? 'No matches'
        : `${(selected ?? matches.length - 1) + 1} of ${matches.length}`;
  return (
    <div className="find-bar" role="search" onKeyDown={onKeyDown}>
      <label htmlFor="find-input" className="visually-hidden">
        Find in the meeting
      </label>
      <input
        id="find-input"
        ref={input}
        type="search"
        value={query}
        placeholder="Find in the meeting"
        onChange={(e) => change(e.target.value)}
        onKeyDown={onInputKey}
        autoComplete="off"
        spellCheck={false}
      />
      <span className="find-position" aria-live="polite" data-testid="find-position">
        {position}
      </span>
      <button type="button" onClick={() => step(-1)} disabled={matches.length === 0}>
        Previous
      </button>
      <button type="button" onClick={() => step(1)} disabled={matches.length === 0}>
        Next
      </button>
      <button type="button" onClick={close}>
        Close <span className="visually-hidden">find</span>
      </button>
    </div>
  );
}
