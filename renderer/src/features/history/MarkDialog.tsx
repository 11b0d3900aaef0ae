import { useId, useState } from 'react';
import type { TranscriptLine } from '../../../../shared/domain/line';
import type { MarkKind } from '../../../../shared/ipc/after-meeting-schemas';
import type { MeetingView } from '../../../../shared/ipc/meeting-schemas';
import { useActions } from '../../app/AppContext';
import { FormDialog } from '../../components/FormDialog';
import { lineTime, plainText } from '../transcript/line-view';
import { MARK_CHOICES, markText } from './reader-model';

/** Which line to mark, in which meeting, and what to do with the meeting's new view. */
export interface MarkDialogProps {
  meetingId: string;
  line: TranscriptLine;
  onMarked(view: MeetingView): void;
  onClose(): void;
}

/**
 * Marks structure on a line after the fact: a topic starting there, or the line as an info,
 * decision, action or link, with words prefilled from the line (left empty, the core takes the
 * line's own). A refusal (the line is outside the meeting, already marked so) stays on screen
 * with the choice and the words as typed.
 */
export function MarkDialog({ meetingId, line, onMarked, onClose }: MarkDialogProps) {
  const { afterMeeting } = useActions();
  const [as, setAs] = useState<MarkKind>('info');
  const [text, setText] = useState(() => markText(line));
  const textId = useId();
  const hintId = useId();
  return (
    <FormDialog
      title="Mark this line"
      description={
        <>
          {lineTime(line)} <bdi>{plainText(line.nick)}</bdi>: <bdi>{plainText(line.text)}</bdi>
        </>
      }
      submitLabel="Mark"
      onClose={onClose}
      onSubmit={async () => {
        const words = text.trim();
        const result = await afterMeeting.invoke('meeting:mark', {
          meetingId,
          seq: line.seq,
          as,
          ...(words ? { text: words } : {}),
        });
        if (!result.ok) return result.error.message;
        onMarked(result.value);
        return null;
      }}
    >
      <fieldset className="choice-group mark-kinds">
        <legend>Mark as</legend>
        {MARK_CHOICES.map((choice) => (
          <label key={choice.as}>
            <input
              type="radio"
              name="mark-kind"
              value={choice.as}
              checked={as === choice.as}
              onChange={() => setAs(choice.as)}
            />{' '}
            {choice.label}
          </label>
        ))}
      </fieldset>
      <div className="field field-wide">
        <label htmlFor={textId}>Text</label>
        <input
          id={textId}
          value={text}
          onChange={(e) => setText(e.target.value)}
          maxLength={2000}
          autoComplete="off"
          aria-describedby={hintId}
          data-autofocus
        />
        <p id={hintId} className="field-hint muted">
          Left empty, the line’s own words are used.
        </p>
      </div>
    </FormDialog>
  );
}
