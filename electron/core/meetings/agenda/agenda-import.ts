import type { AgendaNode } from '../../../../shared/ipc/meeting-schemas';
import { fail, ok, type Result } from '../../../../shared/ipc/result';
import { toNodes } from '../../../../shared/meeting/agenda-nodes';
import { importLog } from '../../../../shared/formats/importers/import-log';

/**
 * Reads agenda entries from pasted or opened text: a Markdown or plain-text outline, or a
 * Kamailio-style meeting page. Entries get fresh ids from `newId`. Text with no agenda in it
 * (an empty file, a plain log) is an error value saying what was expected.
 */
export function importAgenda(text: string, newId: () => string): Result<AgendaNode[]> {
  const imported = importLog(text);
  if (!imported.ok || imported.value.agenda.length === 0) {
    const why = imported.ok ? 'it has no agenda entries' : imported.error.message;
    return fail(
      'no-agenda',
      `No agenda found (${why}): expected an outline of "- item" lines or headings, or a meeting page with an agenda.`,
    );
  }
  return ok(toNodes(imported.value.agenda, newId));
}
