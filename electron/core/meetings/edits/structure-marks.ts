import type { TranscriptLine } from '../../../../shared/domain/line';
import type { MarkKind } from '../../../../shared/ipc/after-meeting-schemas';
import type { MeetingView } from '../../../../shared/ipc/meeting-schemas';
import { fail, type Result } from '../../../../shared/ipc/result';
import { stripFormatting } from '../../../../shared/irc/format';
import { oneLine } from '../../../../shared/irc/one-line';
import type { MeetingState } from '../../../../shared/meeting/index';
import { commandFor } from '../../../../shared/meeting/command-table';
import { isChair } from '../../../../shared/meeting/state';
import type { FoldMark } from '../fold/fold-marks';
import type { MeetingEditor } from './meeting-editor';
import type { MeetingFold } from '../fold/meeting-fold';

/** A `meeting:mark` request. */
export interface MarkRequest {
  meetingId: string;
  seq: number;
  as: MarkKind;
  text?: string;
}

// A line that was itself a command (`#info we ship`) gives its words, not the command.
const LEADING_COMMAND_RE = /^#[A-Za-z]+\s+/;

/** The words a mark takes from its line when the chair gives none. */
export function lineWords(line: TranscriptLine): string {
  return oneLine(stripFormatting(line.text)).replace(LEADING_COMMAND_RE, '').trim();
}

/**
 * Who says the mark's command: the line's speaker, unless the command is for chairs only and
 * they are not one; then the meeting's owner (always a chair).
 */
export function markNick(engine: MeetingState, speaker: string, as: MarkKind): string {
  const command = commandFor(engine.options.preset.dialect, as);
  if (!command?.chairOnly || isChair(engine, speaker)) return speaker;
  return engine.owner ?? speaker;
}

function alreadyThere(view: MeetingView, seq: number, as: MarkKind): boolean {
  if (as === 'topic') return view.topics.some((t) => t.seq === seq);
  return view.topics.some((t) => t.items.some((i) => i.seq === seq && i.type === as));
}

/**
 * Structure the chair marks on a transcript after the fact (an imported log, an ended or live
 * meeting): a topic starting at a line, or a line taken as an info, decision, action or link.
 * Each mark is journaled and folded as a local command line just before its line, so the
 * minutes, the timeline and the action ledger all see it; it can be taken back.
 */
export class StructureMarks {
  constructor(private readonly editor: MeetingEditor) {}

  /** Marks line `seq`; an error value says why a line cannot be marked. */
  async mark(request: MarkRequest): Promise<Result<MeetingView>> {
    const found = this.editor.fold(request.meetingId);
    if (!found.ok) return found;
    const fold = found.value;
    const line = fold.lines.find((l) => l.line.seq === request.seq)?.line;
    if (!line) return fail('no-such-line', 'That line is not part of this meeting.');
    if (line.kind !== 'message' && line.kind !== 'action')
      return fail('not-said', 'Only lines someone said can be marked.');
    const text = request.text === undefined ? lineWords(line) : oneLine(request.text);
    if (text === '') return fail('no-text', 'That line has no words to use; type the text.');
    if (alreadyThere(this.editor.view(request.meetingId, fold), request.seq, request.as)) {
      const what = request.as === 'topic' ? 'starts a topic' : `is an ${request.as} item`;
      return fail('already-marked', `That line already ${what}.`);
    }
    const mark = {
      seq: request.seq,
      as: request.as,
      text,
      nick: markNick(fold.engine, line.nick, request.as),
    };
    if (!takesEffect(fold, mark)) {
      return fail(
        'outside-meeting',
        'That line is outside the meeting (before it started or after it ended), so nothing marked there reaches the minutes.',
      );
    }
    return this.editor.record(request.meetingId, { t: 'mark', ...mark });
  }

  /** Takes back the marks on line `seq` (those of kind `as` only, when given). */
  async unmark(meetingId: string, seq: number, as?: MarkKind): Promise<Result<MeetingView>> {
    const found = this.editor.fold(meetingId);
    if (!found.ok) return found;
    const marks = found.value.marks.filter(
      (m) => m.seq === seq && (as === undefined || m.as === as),
    );
    if (marks.length === 0) return fail('no-such-mark', 'There is no mark on that line.');
    let result: Result<MeetingView> = fail('no-such-mark', 'There is no mark on that line.');
    for (const mark of marks) {
      result = await this.editor.record(meetingId, { t: 'unmark', markId: mark.id });
      if (!result.ok) return result;
    }
    return result;
  }
}

// A mark outside the meeting (or a chair command nobody may give there) adds no item.
function takesEffect(fold: MeetingFold, mark: Omit<FoldMark, 'id'>): boolean {
  const withMark = fold.engineWith([...fold.marks, { id: '', ...mark }]);
  return withMark.items.length > fold.engine.items.length;
}
