import type { ItemType } from '../../../../shared/domain/meeting';
import type { TranscriptLine } from '../../../../shared/domain/line';
import type { MarkKind, MarkView } from '../../../../shared/ipc/after-meeting-schemas';
import { plainText } from '../transcript/line-view';

/** The marks the chair can put on a line, in the order the mark dialog offers them. */
export const MARK_CHOICES: readonly { as: MarkKind; label: string }[] = [
  { as: 'topic', label: 'Start a topic here' },
  { as: 'info', label: 'Info' },
  { as: 'agreed', label: 'Decision' },
  { as: 'action', label: 'Action' },
  { as: 'link', label: 'Link' },
];

const MARK_NAMES: Record<MarkKind, string> = {
  topic: 'Topic',
  info: 'Info',
  agreed: 'Decision',
  action: 'Action',
  link: 'Link',
};

/** A mark's kind in a word, for its badge. */
export const markName = (as: MarkKind): string => MARK_NAMES[as];

const ITEM_NAMES: Partial<Record<ItemType, string>> = {
  agreed: 'Decision',
  accepted: 'Accepted',
  rejected: 'Rejected',
  subtopic: 'Subtopic',
  progress: 'Progress',
};

/** A minutes item's kind in a word, as the outline shows it: `Info`, `Decision`, `Action`… */
export function itemName(type: ItemType): string {
  return ITEM_NAMES[type] ?? type.charAt(0).toUpperCase() + type.slice(1);
}

/** The marks grouped by line. */
export function marksBySeq(marks: readonly MarkView[]): Map<number, MarkView[]> {
  const bySeq = new Map<number, MarkView[]>();
  for (const mark of marks) {
    const group = bySeq.get(mark.seq);
    if (group) group.push(mark);
    else bySeq.set(mark.seq, [mark]);
  }
  return bySeq;
}

/** Lines the core lets the chair mark: those someone said. */
export const isMarkable = (line: Pick<TranscriptLine, 'kind'>): boolean =>
  line.kind === 'message' || line.kind === 'action';

/** The words a mark starts from: the line's text without formatting or a leading `#command`. */
export function markText(line: Pick<TranscriptLine, 'text'>): string {
  return plainText(line.text)
    .replace(/^#[A-Za-z]+\s+/, '')
    .trim();
}
