import type { TranscriptLine } from '../../../../shared/domain/line';
import { digest, plainLines, type Suggestion } from '../../../../shared/digest';
import type { MarkKind } from '../../../../shared/ipc/library-schemas';
import type { ReaderSuggestion } from './suggestion-model';

const MARK_OF: Record<Suggestion['type'], MarkKind> = {
  topic: 'topic',
  info: 'info',
  agreed: 'agreed',
  action: 'action',
  link: 'link',
};

/**
 * Digests a meeting's transcript as if nobody had chaired it (command words read as plain
 * words) and places each suggestion on its line, strongest kinds first within a line.
 */
export function digestTranscript(lines: readonly TranscriptLine[]): ReaderSuggestion[] {
  return digest({ lines: plainLines(lines) }).map((s, id) => ({
    id,
    as: MARK_OF[s.type],
    seq: lines[s.line - 1]!.seq,
    text: s.title ?? s.text,
    confidence: s.confidence,
    reason: s.reason,
    status: 'open',
  }));
}
