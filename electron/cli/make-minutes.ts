import { readFileSync } from 'node:fs';
import { foldMeeting } from '../../shared/meeting/fold';
import {
  MINUTES_FORMATS,
  minutesPath,
  renderMinutes,
  type MinutesContext,
} from '../../shared/formats/minutes-formats';
import { importLog } from '../../shared/formats/importers/import-log';
import { fail, ok, type Result } from '../../shared/ipc/result';
import { writeFilesAtomically } from '../core/export/write-files';
import type { CliRequest } from './args';

/** Reads the log file; a missing, unreadable or non-file path is a one-line error. */
function readLog(path: string): Result<Buffer> {
  try {
    return ok(readFileSync(path));
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    const why =
      code === 'ENOENT' ? 'no such file'
      : code === 'EISDIR' ? 'it is a folder, not a file'
      : code === 'EACCES' ? 'permission denied'
      : (err as Error).message;
    return fail('unreadable', `Cannot read ${path}: ${why}.`);
  }
}

/**
 * Runs one CLI request: import, fold, render. Returns what to print on stdout (one format, no
 * --out) or the files written (--out); every user error is a one-line message.
 */
export function makeMinutes(req: CliRequest): Result<{ stdout: string } | { written: string[] }> {
  const bytes = readLog(req.log);
  if (!bytes.ok) return bytes;
  const imported = importLog(bytes.value, {
    format: req.from,
    channel: req.channel,
    date: req.date,
    timeZone: req.timeZone,
  });
  if (!imported.ok) return fail(imported.error.code, `${req.log}: ${imported.error.message}`);
  const log = imported.value;
  const meeting = foldMeeting(log.lines, {
    channel: req.channel ?? log.channel ?? '#meeting',
    date: req.date ?? log.date,
    timeZone: req.timeZone ?? log.timeZone,
    preset: req.preset,
  });
  if (!meeting.ok) return meeting;
  const context: MinutesContext = { imported: log, pattern: req.pattern, urlPrefix: req.urlPrefix };
  if (req.out === undefined) {
    const format = req.formats?.[0] ?? 'json';
    return ok({ stdout: renderMinutes(meeting.value, [format], context).get(format)! });
  }
  const files = renderMinutes(meeting.value, req.formats ?? MINUTES_FORMATS, context);
  const byPath = new Map([...files].map(([format, text]) => [minutesPath(meeting.value, format, context), text]));
  try {
    return ok({ written: writeFilesAtomically(req.out, byPath) });
  } catch (err) {
    return fail('write-failed', `Cannot write the minutes to ${req.out}: ${(err as Error).message}`);
  }
}
