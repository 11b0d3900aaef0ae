import type { AgendaItem } from '../../../../shared/domain/imported';
import type { TranscriptLine } from '../../../../shared/domain/line';
import { digest, plainLines, type Suggestion } from '../../../../shared/digest';
import type { MarkKind } from '../../../../shared/ipc/library-schemas';
import type { AgendaNode } from '../../../../shared/ipc/meeting-schemas';
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

/**
 * Digests a meeting's transcript as if nobody had chaired it (command words read as plain
 * words), aligning its topics with the meeting's `agenda` when it has one, and places each
 * suggestion on its line, strongest kinds first within a line.
 */
export function digestTranscript(
  lines: readonly TranscriptLine[],
  agenda: readonly AgendaNode[] = [],
): ReaderSuggestion[] {
  return digest({ lines: plainLines(lines), agenda: agendaItems(agenda) }).map((s, id) => ({
    id,
    as: MARK_OF[s.type],
    seq: lines[s.line - 1]!.seq,
    text: s.title ?? s.text,
    confidence: s.confidence,
    reason: s.reason,
    status: 'open',
  }));
}
