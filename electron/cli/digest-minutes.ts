import type { AgendaItem, ImportedLog } from '../../shared/domain/imported';
import type { Meeting } from '../../shared/domain/meeting';
import { digestedJsonText } from '../../shared/digest/digested-json';
import { digestedMeeting } from '../../shared/digest/digested-meeting';
import { sourceLineNumbers } from '../../shared/digest/source-lines';
import { decodeLog } from '../../shared/formats/importers/common/decode';
import { fail, ok, type Result } from '../../shared/ipc/result';
import { readAgendaPage } from './agenda-page';
import type { CliRequest } from './args';

/** A digested meeting, with its JSON minutes (which carry what the other formats cannot). */
export interface Digested {
  meeting: Meeting;
  json: () => string;
}

// The agenda of `--agenda FILE`: any file whose importer finds an agenda (a meeting page, an
// outline).
function readAgenda(path: string): Result<AgendaItem[]> {
  const read = readAgendaPage(path);
  if (!read.ok) return read;
  if (read.value.agenda.length === 0) {
    return fail(
      'no-agenda',
      `${path}: no agenda found (expected a meeting page with an "## Agenda" section or an outline)`,
    );
  }
  return ok(read.value.agenda);
}

/**
 * `--digest`: the meeting's structure from the digest only (no command in the log runs); the
 * agenda is `--agenda`'s, else the log's own (a meeting page's). Every digested point of the
 * JSON minutes names its line in the log file.
 */
export function digestMinutes(req: CliRequest, bytes: Buffer, log: ImportedLog): Result<Digested> {
  let agenda = log.agenda;
  if (req.agenda !== undefined) {
    const read = readAgenda(req.agenda);
    if (!read.ok) return read;
    agenda = read.value;
  }
  const digested = digestedMeeting(log.lines, {
    options: {
      channel: req.channel ?? log.channel ?? '#meeting',
      date: req.date ?? log.date,
      timeZone: req.timeZone ?? log.timeZone,
      preset: req.preset,
    },
    agenda,
    participants: log.participants,
  });
  if (!digested.ok) return digested;
  const text = decodeLog(bytes);
  const numbers = text.ok
    ? sourceLineNumbers(text.value, log.lines)
    : log.lines.map((_, i) => i + 1);
  return ok({
    meeting: digested.value.meeting,
    json: () => digestedJsonText(digested.value, log, (i) => numbers[i]!),
  });
}
