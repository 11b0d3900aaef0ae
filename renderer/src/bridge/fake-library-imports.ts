import type { ImportedLog } from '../../../shared/domain/imported';
import { importLog } from '../../../shared/formats/importers/import-log';
import {
  IMPORT_CHUNK_BYTES,
  IMPORT_MAX_BYTES,
  type afterMeetingInvokeSchemas,
} from '../../../shared/ipc/after-meeting-schemas';
import { fail, ok, type Result } from '../../../shared/ipc/result';
import type { Payload, Req, Res } from '../../../shared/ipc/schemas';
import { hasStartMeeting, presetFor } from '../../../shared/meeting/index';
import { viewOf, type StoredMeeting } from './fake-library-fold';

type ImportChannel = 'import:begin' | 'import:chunk' | 'import:finish' | 'import:cancel';
type ImportHandlers = {
  [C in ImportChannel & keyof typeof afterMeetingInvokeSchemas]: (req: Req<C>) => Result<Res<C>>;
};

/** What the import handlers need: where a meeting goes, what to tell, the time, fresh ids. */
export interface FakeImportDeps {
  store(meeting: StoredMeeting): void;
  emit<E extends 'import:progress' | 'history:changed'>(event: E, payload: Payload<E>): void;
  now(): number;
  nextId(): number;
}

interface Upload {
  name: string;
  size: number;
  format?: string;
  timeZone?: string;
  channel?: string;
  parts: Uint8Array[];
}

/** When the meeting began: its first stamped line, else the time a page gives, else its day. */
function startOf(log: ImportedLog, now: number): number {
  const first = log.lines.find((l) => l.at !== null)?.at;
  if (first != null) return first;
  if (log.scheduledAt != null) return log.scheduledAt;
  const day = log.date === null ? Number.NaN : Date.parse(`${log.date}T00:00:00Z`);
  return Number.isNaN(day) ? now : day;
}

/** The meeting an imported log becomes, numbered 1… in `channel`, as the core journals it. */
function storedOf(id: string, log: ImportedLog, channel: string, now: number): StoredMeeting {
  return {
    id,
    channel,
    title: log.title,
    source: 'imported',
    format: log.format,
    startedAt: startOf(log, now),
    date: log.date,
    timeZone: log.timeZone,
    preset: 'meetbot',
    implicitStart: !hasStartMeeting(log.lines, presetFor('meetbot').dialect),
    agenda: log.agenda,
    lines: log.lines.map((l, i) => ({ ...l, seq: i + 1, channel, self: false })),
    marks: [],
    edits: new Map(),
  };
}

const mib = (bytes: number) => (bytes / (1024 * 1024)).toFixed(1);
const bytesOf = (base64: string) => Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));

/**
 * The import channels of the fake: parts checked for order and size, the log read by the real
 * importers, a zone or a day asked for when the log does not say them, and the meeting stored
 * like any other (the channel given wins over the one the log names).
 */
export function fakeImportHandlers(deps: FakeImportDeps): ImportHandlers {
  const uploads = new Map<string, Upload>();
  return {
    'import:begin': ({ name, size, format, timeZone, channel }) => {
      if (size > IMPORT_MAX_BYTES)
        return fail(
          'too-large',
          `${name || 'The file'} is ${mib(size)} MiB; Gavel imports logs of up to ${mib(IMPORT_MAX_BYTES)} MiB.`,
        );
      const importId = `imp${deps.nextId()}`;
      uploads.set(importId, { name, size, format, timeZone, channel, parts: [] });
      return ok({ importId, chunkBytes: IMPORT_CHUNK_BYTES });
    },
    'import:chunk': ({ importId, index, data }) => {
      const upload = uploads.get(importId);
      if (!upload) return fail('no-such-import', 'There is no such import under way.');
      if (index !== upload.parts.length)
        return fail(
          'out-of-order',
          `Part ${index + 1} of the upload arrived where part ${upload.parts.length + 1} was expected.`,
        );
      const part = bytesOf(data);
      const received = upload.parts.reduce((n, p) => n + p.length, part.length);
      if (received > upload.size) {
        uploads.delete(importId);
        return fail(
          'too-large',
          'The upload is larger than the file it announced; it was dropped.',
        );
      }
      upload.parts.push(part);
      deps.emit('import:progress', { importId, received, size: upload.size, phase: 'upload' });
      return ok({ received });
    },
    'import:finish': ({ importId, channel, date, timeZone }) => {
      const upload = uploads.get(importId);
      if (!upload) return fail('no-such-import', 'There is no such import under way.');
      const bytes = new Uint8Array(upload.parts.reduce((n, p) => n + p.length, 0));
      upload.parts.reduce((at, p) => (bytes.set(p, at), at + p.length), 0);
      if (bytes.length < upload.size)
        return fail(
          'incomplete',
          `Only ${bytes.length} of the file's ${upload.size} bytes have arrived.`,
        );
      const read = importLog(bytes, {
        format: upload.format,
        channel: channel ?? upload.channel,
        date,
        timeZone: timeZone ?? upload.timeZone,
      });
      if (!read.ok) return fail(read.error.code, `${upload.name}: ${read.error.message}`);
      const log = read.value;
      if (log.lines.length === 0)
        return fail(
          'no-transcript',
          `${upload.name} holds an agenda but no transcript: import it as the agenda of a meeting instead.`,
        );
      const timed = log.lines.some((l) => l.time !== '');
      const placed = log.lines.some((l) => l.at !== null);
      const needsTimeZone = timed && !placed && log.timeZone === null;
      const needsDate = !placed && log.date === null && log.scheduledAt == null;
      const named = channel ?? upload.channel ?? log.channel;
      if (needsTimeZone || needsDate || !named)
        return ok({
          status: 'needs-input' as const,
          needsTimeZone,
          needsDate,
          needsChannel: !named,
          detectedFormat: log.format,
          channel: log.channel,
          lines: log.lines.length,
        });
      uploads.delete(importId);
      const meeting = storedOf(`imported${deps.nextId()}`, log, named, deps.now());
      deps.store(meeting);
      deps.emit('import:progress', {
        importId,
        received: upload.size,
        size: upload.size,
        phase: 'done',
      });
      deps.emit('history:changed', { meetingId: meeting.id, channel: named });
      return ok({ status: 'imported' as const, meetingId: meeting.id, view: viewOf(meeting) });
    },
    'import:cancel': ({ importId }) => ok({ cancelled: uploads.delete(importId) }),
  };
}
