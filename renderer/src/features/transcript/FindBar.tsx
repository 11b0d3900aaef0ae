import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { TranscriptLine } from '../../../../shared/domain/line';
import { useAppState } from '../../app/AppContext';
import { findMatches } from './find-matches';
import { useFoundLines } from './use-found-lines';

/** Find-in-meeting: where it stands, for the transcript to mark matches. */
export interface FindProps {
  lines: TranscriptLine[];
  /** Reports the query while find is open ('' when closed). */
  onQuery(query: string): void;
  /** Called when find closes, to give focus back to the transcript. */
  onClose(): void;
}

/**
 * Finds text in the meeting's whole transcript: the core looks through every line it has, the
 * window holding only some (a match it does not hold is paged in when selected). Typing selects
 * the newest match; Enter or F3 goes to the next one, Shift with either to the previous
 * (wrapping); Escape closes, leaving the transcript where it is (End goes back to the newest
 * line). The transcript scrolls to the selected match and marks every match in view.
 */
export function FindBar({ lines, onQuery, onClose }: FindProps) {
  const findRequest = useAppState((s) => s.findRequest);
  const jumpTo = useAppState((s) => s.jumpTo);
  const [open, setOpen] = useState(false);
  const [query, setQuery] = useState('');
  // The selected match by seq, and whether the chair chose it (else it is the newest).
  const [selected, setSelected] = useState<{ seq: number; chosen: boolean } | null>(null);
  const input = useRef<HTMLInputElement>(null);
  const found = useFoundLines(open ? query : '', lines);
  const matches = found.seqs;

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

  // When the core answers for the whole transcript, the newest match may be one the window does
  // not hold: select it, unless the chair has stepped to another already.
  const answered = useRef<object | null>(null);
  useEffect(() => {
    if (!found.answer || answered.current === found.answer) return;
    answered.current = found.answer;
    const newest = matches.at(-1);
    if (newest === undefined || selected?.chosen || selected?.seq === newest) return;
    setSelected({ seq: newest, chosen: false });
    jumpTo(newest);
  }, [found.answer, matches, selected, jumpTo]);

  const change = (text: string) => {
    setQuery(text);
    const held = findMatches(lines, text);
    const newest = held.at(-1);
    setSelected(newest === undefined ? null : { seq: lines[newest]!.seq, chosen: false });
    if (newest !== undefined) jumpTo(lines[newest]!.seq);
  };
  const at = selected === null ? -1 : matches.indexOf(selected.seq);
  const step = (by: 1 | -1) => {
    if (matches.length === 0) return;
    // A selection no longer among the matches steps from where its seq would be.
    const below = selected === null ? 0 : matches.filter((seq) => seq < selected.seq).length;
    const from =
      at >= 0 ? at : selected === null ? (by === 1 ? -1 : 0) : below - (by === 1 ? 1 : 0);
    const seq = matches[(from + by + matches.length) % matches.length]!;
    setSelected({ seq, chosen: true });
    jumpTo(seq);
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
  const total = found.more ? `more than ${matches.length}` : `${matches.length}`;
  const position =
    query.trim() === ''
      ? ''
      : matches.length === 0
        ? found.settled
          ? 'No matches'
          : 'Finding…'
        : `${(at >= 0 ? at : matches.length - 1) + 1} of ${total}`;
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
