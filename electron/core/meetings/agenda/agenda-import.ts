import type { AgendaItem } from '../../../../shared/domain/imported';
import type { AgendaNode } from '../../../../shared/ipc/meeting-schemas';
import { fail, ok, type Result } from '../../../../shared/ipc/result';
import { importLog } from '../../../../shared/formats/importers/import-log';

// The limits of the AgendaNode schema, so an imported agenda can always be saved.
const MAX_ITEMS = 200;
const MAX_TITLE = 500;
const MAX_OWNERS = 20;

function timebox(minutes: number | null): number | null {
  if (minutes === null || !Number.isFinite(minutes)) return null;
  const whole = Math.round(minutes);
  return whole >= 1 && whole <= 600 ? whole : null;
}

/** Agenda entries as the chair edits them, cut to what an agenda can hold, with fresh ids. */
export function toNodes(items: readonly AgendaItem[], newId: () => string): AgendaNode[] {
  return items.slice(0, MAX_ITEMS).map((item) => ({
    id: newId(),
    title: item.title.slice(0, MAX_TITLE),
    owners: item.owners.slice(0, MAX_OWNERS).map((o) => o.slice(0, 64)),
    timebox: timebox(item.timebox),
    children: toNodes(item.items, newId),
  }));
}

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
