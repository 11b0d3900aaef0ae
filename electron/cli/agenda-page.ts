import { readFileSync } from 'node:fs';
import type { ImportedLog } from '../../shared/domain/imported';
import { importLog } from '../../shared/formats/importers/import-log';
import { fail, type Result } from '../../shared/ipc/result';

/**
 * The file `--agenda` names, read by the importers: a meeting page (its agenda and the UTC time
 * it states) or an outline. An unreadable or unrecognised file is a one-line error.
 */
export function readAgendaPage(path: string): Result<ImportedLog> {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (err) {
    return fail('unreadable', `Cannot read the agenda ${path}: ${(err as Error).message}.`);
  }
  const read = importLog(bytes);
  if (!read.ok) return fail(read.error.code, `${path}: ${read.error.message}`);
  return read;
}
