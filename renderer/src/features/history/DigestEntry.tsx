import type { TranscriptLine } from '../../../../shared/domain/line';
import { lineTime, plainText } from '../transcript/line-view';
import { suggestionLabel, type ReaderSuggestion } from './suggestion-model';
import { markName } from './reader-model';

/** One suggestion and what can be done with it. */
export interface DigestEntryProps {
  suggestion: ReaderSuggestion;
  line: TranscriptLine | undefined;
  selected: boolean;
  onSelect(): void;
  onText(text: string): void;
  onAccept(): void;
  onReject(): void;
}

const STATUS: Record<ReaderSuggestion['status'], string> = {
  open: '',
  accepted: 'Accepted',
  rejected: 'Rejected',
  present: 'Already in the minutes',
};

/**
 * A suggestion: its kind and confidence, its words (editable until it is decided), why the
 * digest proposes it and the line it rests on.
 */
export function DigestEntry({
  suggestion: s,
  line,
  selected,
  onSelect,
  onText,
  onAccept,
  onReject,
}: DigestEntryProps) {
  const label = suggestionLabel(s);
  const decided = s.status !== 'open';
  return (
    <li
      className={`digest-entry digest-${s.status}${selected ? ' digest-selected' : ''}`}
      aria-current={selected ? 'true' : undefined}
      onClick={onSelect}
    >
      <span className="badge">{label}</span>
      {decided && <span className="digest-status"> {STATUS[s.status]}</span>}
      <input
        aria-label={`Words of the ${markName(s.as).toLowerCase()}`}
        value={s.text}
        disabled={decided}
        maxLength={2000}
        onChange={(e) => onText(e.target.value)}
      />
      <p className="muted digest-reason">
        {s.reason}
        {line && (
          <>
            {' '}
            — {lineTime(line)} <bdi>{plainText(line.nick)}</bdi>: <bdi>{plainText(line.text)}</bdi>
          </>
        )}
      </p>
      {!decided && (
        <span className="digest-buttons">
          <button type="button" onClick={onAccept}>
            Accept
          </button>
          <button type="button" onClick={onReject}>
            Reject
          </button>
        </span>
      )}
    </li>
  );
}
