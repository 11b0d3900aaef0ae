import type { AgendaItem } from '../../../../shared/domain/imported';
import type { TranscriptLine } from '../../../../shared/domain/line';
import { digest, plainLines, type Suggestion } from '../../../../shared/digest';
import type { MarkKind } from '../../../../shared/ipc/after-meeting-schemas';
import type { AgendaNode, MeetingView } from '../../../../shared/ipc/meeting-schemas';
import type { ReaderSuggestion } from './suggestion-model';

const MARK_OF: Record<Suggestion['type'], MarkKind> = {
  topic: 'topic',
  info: 'info',
  agreed: 'agreed',
  action: 'action',
  link: 'link',
};

/** The agenda's entries as the digest reads them (nested entries stay nested). */
export function agendaItems(nodes: readonly AgendaNode[]): AgendaItem[] {
  return nodes.map((n) => ({
    title: n.title,
    owners: n.owners,
    timebox: n.timebox,
    items: agendaItems(n.children),
  }));
}

/** True when the minutes already have what `as` on line `seq` would add (the core refuses it). */
function inMinutes(view: MeetingView | null, seq: number, as: MarkKind): boolean {
  if (!view) return false;
  if (as === 'topic') return view.topics.some((t) => t.seq === seq);
  return view.topics.some((t) => t.items.some((i) => i.seq === seq && i.type === as));
}

/**
 * Digests a meeting's transcript as if nobody had chaired it (command words read as plain
 * words), aligning its topics with the meeting's `agenda` when it has one, and places each
 * suggestion on its line, strongest kinds first within a line. A suggestion the minutes of
 * `view` already have on its line (a page's heading starts that topic) is `present`: nothing to
 * decide.
 */
export function digestTranscript(
  lines: readonly TranscriptLine[],
  agenda: readonly AgendaNode[] = [],
  view: MeetingView | null = null,
): ReaderSuggestion[] {
  return digest({ lines: plainLines(lines), agenda: agendaItems(agenda) }).map((s, id) => {
    const seq = lines[s.line - 1]!.seq;
    const as = MARK_OF[s.type];
    return {
      id,
      as,
      seq,
      text: s.title ?? s.text,
      confidence: s.confidence,
      reason: s.reason,
      status: inMinutes(view, seq, as) ? 'present' : 'open',
    };
  });
}
