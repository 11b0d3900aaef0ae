import { readFileSync } from 'node:fs';
import type { ImportedLog, ImportedTable } from '../../shared/domain/imported';
import type { Meeting } from '../../shared/domain/meeting';
import { zoneFromSchedules } from '../../shared/formats/importers/common/schedule-zone';
import { importTable } from '../../shared/formats/importers/import-log';
import { withLines } from '../../shared/formats/importers/common/table-builder';
import { collect, type TextSink } from '../../shared/formats/meetbot/chunks';
import { writeMeetbotFile, writeMeetbotLogs } from '../../shared/formats/meetbot/write-files';
import {
  isMeetbotFormat,
  meetbotExtension,
  MINUTES_FORMATS,
  minutesPath,
  type MinutesContext,
  type MinutesFormat,
} from '../../shared/formats/minutes-files';
import { fail, ok, type Result } from '../../shared/ipc/result';
import { meetingFromTable } from '../../shared/meeting/meeting-from-log';
import { readAgendaPage } from './agenda-page';
import type { CliRequest } from './args';
import { digestMinutes } from './digest-minutes';
import { writeAllRenderedAtomically, writeRenderedAtomically } from './write-rendered';

/** Reads the log file; a missing, unreadable or non-file path is a one-line error. */
function readLog(path: string): Result<Buffer> {
  try {
    return ok(readFileSync(path));
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    const why =
      code === 'ENOENT'
        ? 'no such file'
        : code === 'EISDIR'
          ? 'it is a folder, not a file'
          : code === 'EACCES'
            ? 'permission denied'
            : (err as Error).message;
    return fail('unreadable', `Cannot read ${path}: ${why}.`);
  }
}

type Read = { meeting: Meeting; imported: ImportedLog; json?: () => string };

// Reads and imports the log (as columns, see LineTable) in its own frame: only the digest reads
// the file's bytes again, and a plain log is folded after this frame has returned.
function readLogFile(req: CliRequest): Result<ImportedTable | Read> {
  const bytes = readLog(req.log);
  if (!bytes.ok) return bytes;
  const options = {
    format: req.from,
    channel: req.channel,
    date: req.date,
    timeZone: req.timeZone,
  };
  let imported = importTable(bytes.value, options);
  if (!imported.ok) return fail(imported.error.code, `${req.log}: ${imported.error.message}`);
  // A log kept in local time (a Kamailio chat-log page) takes its zone from the UTC start the
  // meeting page of `--agenda` states, unless --tz says it.
  if (req.agenda !== undefined && req.timeZone === undefined) {
    const page = readAgendaPage(req.agenda);
    if (!page.ok) return page;
    const start = page.value.scheduledAt ?? null;
    if (start === null && !req.digest) {
      return fail(
        'no-start',
        `${req.agenda}: no UTC start time found (expected a meeting page saying "15:00 UTC"); without --digest, --agenda only gives a log kept in local time its zone.`,
      );
    }
    const zone = zoneFromSchedules(imported.value, start === null ? [] : [start]);
    if (zone !== null) imported = importTable(bytes.value, { ...options, timeZone: zone });
    if (!imported.ok) return fail(imported.error.code, `${req.log}: ${imported.error.message}`);
  }
  const log = imported.value;
  if (!req.digest) return ok(log);
  const lines = withLines(log);
  const digested = digestMinutes(req, bytes.value, lines);
  if (!digested.ok) return digested;
  return ok({ meeting: digested.value.meeting, imported: lines, json: digested.value.json });
}

function readMeeting(req: CliRequest): Result<Read> {
  const read = readLogFile(req);
  if (!read.ok || 'meeting' in read.value) return read as Result<Read>;
  const { table, ...about } = read.value;
  const meeting = meetingFromTable(table, {
    channel: req.channel ?? about.channel ?? '#meeting',
    date: req.date ?? about.date,
    timeZone: req.timeZone ?? about.timeZone,
    // A format that implies a preset (a W3C scribe log, HCoop's log) uses it unless told otherwise.
    preset: req.preset ?? about.preset ?? 'meetbot',
  });
  if (!meeting.ok) return meeting;
  // The writers read what the log says about itself (title, agenda…), never its lines again.
  return ok({ meeting: meeting.value, imported: { ...about, lines: [] } });
}

type Render = (out: TextSink) => void;

// MeetBot's four files come from their own writers; the others (and what they load, such as the
// Markdown page's date formats) are loaded only when asked for.
async function renderer(
  meeting: Meeting,
  format: MinutesFormat,
  context: MinutesContext,
  json?: () => string,
): Promise<Render> {
  // A digested meeting's JSON carries where each point came from; no other writer can say that.
  if (format === 'json' && json) return (out) => out(json());
  if (isMeetbotFormat(format)) {
    const options = {
      pattern: context.pattern,
      urlPrefix: context.urlPrefix,
      network: context.network,
    };
    return (out) => writeMeetbotFile(meeting, meetbotExtension(format), options, out);
  }
  const { writeMinutes } = await import('../../shared/formats/minutes-formats');
  return (out) => writeMinutes(meeting, format, context, out);
}

/**
 * Runs one CLI request: import, fold, render. Returns what to print on stdout (one format, no
 * --out) or the files written (--out), each rendered and written before the next is started;
 * every user error is a one-line message.
 */
export async function makeMinutes(
  req: CliRequest,
): Promise<Result<{ stdout: string } | { written: string[] }>> {
  const read = readMeeting(req);
  if (!read.ok) return read;
  const { meeting, imported, json } = read.value;
  const context: MinutesContext = { imported, pattern: req.pattern, urlPrefix: req.urlPrefix };
  if (req.out === undefined) {
    const format = req.formats?.[0] ?? 'json';
    return ok({ stdout: collect(await renderer(meeting, format, context, json)) });
  }
  const formats = [...new Set(req.formats ?? MINUTES_FORMATS)];
  // The two MeetBot logs come from one pass over the meeting's log when both are asked for.
  const bothLogs = formats.includes('log.txt') && formats.includes('log.html');
  const written: string[] = [];
  for (const format of formats) {
    if (bothLogs && format === 'log.html') continue;
    try {
      if (bothLogs && format === 'log.txt') {
        const paths = (['log.txt', 'log.html'] as const).map((f) =>
          minutesPath(meeting, f, context),
        );
        written.push(
          ...writeAllRenderedAtomically(req.out, paths, ([text, html]) =>
            writeMeetbotLogs(meeting, text!, html!),
          ),
        );
        continue;
      }
      const render = await renderer(meeting, format, context, json);
      written.push(writeRenderedAtomically(req.out, minutesPath(meeting, format, context), render));
    } catch (err) {
      return fail(
        'write-failed',
        `Cannot write the minutes to ${req.out}: ${(err as Error).message}`,
      );
    }
  }
  return ok({ written });
}
