import type { LogLine } from '../../../../shared/domain/line';
import type { MarkKind } from '../../../../shared/ipc/after-meeting-schemas';

/** A structure mark as the fold keeps it: `#<as> <text>` by `nick`, just before line `seq`. */
export interface FoldMark {
  id: string;
  seq: number;
  as: MarkKind;
  text: string;
  nick: string;
}

/** The MeetBot command line a mark stands for (the same word in every dialect). */
export function markCommand(mark: Pick<FoldMark, 'as' | 'text'>): string {
  return `#${mark.as} ${mark.text}`;
}

/**
 * The local line a mark becomes, stamped like the line it precedes: the engine takes it as a
 * command said there, but neither logs nor counts it (the channel never saw it).
 */
export function markLine(mark: FoldMark, before: LogLine): LogLine & { local: true } {
  return {
    at: before.at,
    time: before.time,
    kind: 'message',
    nick: mark.nick,
    text: markCommand(mark),
    local: true,
  };
}

/** The marks grouped by the line they precede, each group in the order the marks were made. */
export function marksBySeq(marks: readonly FoldMark[]): Map<number, FoldMark[]> {
  const bySeq = new Map<number, FoldMark[]>();
  for (const mark of marks) {
    const group = bySeq.get(mark.seq);
    if (group) group.push(mark);
    else bySeq.set(mark.seq, [mark]);
  }
  return bySeq;
}
