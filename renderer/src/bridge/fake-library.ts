import type { TranscriptLine } from '../../../shared/domain/line';
import { importLog } from '../../../shared/formats/importers/import-log';
import type {
  HistoryEntry,
  MarkView,
  PracticeState,
  Schedule,
  libraryInvokeSchemas,
} from '../../../shared/ipc/library-schemas';
import type { MeetingView } from '../../../shared/ipc/meeting-schemas';
import { fail, ok, type Result } from '../../../shared/ipc/result';
import type { Payload, Req, Res } from '../../../shared/ipc/schemas';
import { nextOccurrence } from '../../../shared/time/schedule';
import { worldTimes } from '../../../shared/time/world-times';
import { newMeeting } from './fake-meeting-model';

type LibraryChannel = keyof typeof libraryInvokeSchemas;
type LibraryHandlers = {
  [C in LibraryChannel]: (req: Req<C>) => Result<Res<C>> | Promise<Result<Res<C>>>;
};

/** A meeting the fake's library holds: its view, its lines and its marks. */
interface Kept {
  view: MeetingView;
  lines: TranscriptLine[];
  source: HistoryEntry['source'];
  marks: MarkView[];
}

/** What the library handlers need from the rest of the fake. */
export interface FakeLibraryDeps {
  /** The followed channel's meeting, which the library lists too once it is known. */
  meeting(): MeetingView | null;
  emit<E extends 'import:progress' | 'practice:state' | 'history:changed'>(
    event: E,
    payload: Payload<E>,
  ): void;
  now(): number;
}

const entryOf = ({ view, source }: Kept): HistoryEntry => ({
  id: view.id,
  channel: view.channel,
  title: view.title,
  status: view.status,
  source,
  startedAt: view.startedAt,
  endedAt: view.endedAt,
  durationMin: view.endedAt === null ? null : Math.round((view.endedAt - view.startedAt) / 60_000),
  people: view.people.filter((p) => p.lines > 0).length,
  actions: view.actions.length,
  openActions: view.actions.filter((a) => !a.done).length,
  format: null,
});

/**
 * The history, export, import, mark, search, practice and schedule channels of the fake bridge:
 * meetings kept in memory (the followed one included), uploads checked for order and size as the
 * core checks them, logs read by the real importers, schedules computed by the real time code.
 * Exports are plain text listings; saving answers `use-download`, as in browser mode.
 */
export function fakeLibraryHandlers(deps: FakeLibraryDeps): LibraryHandlers {
  const kept = new Map<string, Kept>();
  const uploads = new Map<string, { size: number; parts: string[] }>();
  const schedules = new Map<string, Schedule>();
  let practice: PracticeState | null = null;
  let ids = 0;
  const all = (): Kept[] => {
    const current = deps.meeting();
    if (current && !kept.has(current.id))
      kept.set(current.id, { view: current, lines: [], source: 'live', marks: [] });
    return [...kept.values()];
  };
  const find = (id: string): Result<Kept> => {
    const found = all().find((k) => k.view.id === id);
    return found ? ok(found) : fail('no-such-meeting', 'There is no such meeting.');
  };
  const listing = (view: MeetingView) =>
    [view.title ?? view.channel, ...view.topics.map((t) => `* ${t.title ?? ''}`)].join('\n') + '\n';

  return {
    'history:list': ({ channel }) =>
      ok(
        all()
          .filter((k) => !channel || k.view.channel.toLowerCase() === channel.toLowerCase())
          .map(entryOf)
          .sort((a, b) => b.startedAt - a.startedAt),
      ),
    'history:open': ({ meetingId }) => {
      const found = find(meetingId);
      if (!found.ok) return found;
      const { view, lines, source, marks } = found.value;
      return ok({
        view,
        readOnly: view.status !== 'live',
        source,
        format: null,
        marks,
        lineCount: lines.length,
        lastSeq: lines.at(-1)?.seq ?? 0,
      });
    },
    'history:lines': ({ meetingId, afterSeq, limit }) => {
      const found = find(meetingId);
      if (!found.ok) return found;
      const after = found.value.lines.filter((l) => l.seq > afterSeq);
      return ok({ lines: after.slice(0, limit), more: after.length > limit });
    },
    'export:render': ({ meetingId, formats }) => {
      const found = find(meetingId);
      if (!found.ok) return found;
      const text = listing(found.value.view);
      return ok({
        files: formats.map((format) => ({
          format,
          path: `minutes.${format}`,
          mime: 'text/plain',
          text,
        })),
      });
    },
    'export:save': () =>
      fail(
        'use-download',
        'This window saves files by downloading them: download the minutes instead.',
      ),
    'export:email': ({ meetingId, to, subject }) => {
      const found = find(meetingId);
      if (!found.ok) return found;
      const body = listing(found.value.view);
      const title = subject || `Minutes of the ${found.value.view.channel} meeting`;
      return ok({
        eml: `To: ${to}\r\nSubject: ${title}\r\n\r\n${body.replace(/\n/g, '\r\n')}`,
        mailto: `mailto:${encodeURIComponent(to)}?subject=${encodeURIComponent(title)}&body=${encodeURIComponent(body)}`,
        truncated: false,
        subject: title,
      });
    },
    'import:begin': ({ size }) => {
      const importId = `imp${++ids}`;
      uploads.set(importId, { size, parts: [] });
      return ok({ importId, chunkBytes: 512 * 1024 });
    },
    'import:chunk': ({ importId, index, data }) => {
      const upload = uploads.get(importId);
      if (!upload) return fail('no-such-import', 'There is no such import under way.');
      if (index !== upload.parts.length)
        return fail('out-of-order', 'A part of the upload arrived out of order.');
      upload.parts.push(data);
      const received = upload.parts.reduce((n, p) => n + atob(p).length, 0);
      deps.emit('import:progress', { importId, received, size: upload.size, phase: 'upload' });
      return ok({ received });
    },
    'import:finish': ({ importId, channel, date, timeZone }) => {
      const upload = uploads.get(importId);
      if (!upload) return fail('no-such-import', 'There is no such import under way.');
      const bytes = Uint8Array.from(
        upload.parts.flatMap((p) => [...atob(p)].map((c) => c.charCodeAt(0))),
      );
      const log = importLog(bytes, { channel, date, timeZone });
      if (!log.ok) return log;
      uploads.delete(importId);
      const now = deps.now();
      const name = channel ?? log.value.channel ?? '#meeting';
      const view = {
        ...newMeeting(`imported${++ids}`, name, log.value.title ?? '', '', now, []),
        status: 'ended' as const,
        endedAt: now,
      };
      const lines = log.value.lines.map((l, i) => ({
        ...l,
        seq: i + 1,
        channel: name,
        self: false,
      }));
      kept.set(view.id, { view, lines, source: 'imported', marks: [] });
      deps.emit('history:changed', { meetingId: view.id, channel: name });
      return ok({ status: 'imported' as const, meetingId: view.id, view });
    },
    'import:cancel': ({ importId }) => ok({ cancelled: uploads.delete(importId) }),
    'meeting:mark': ({ meetingId, seq, as, text }) => {
      const found = find(meetingId);
      if (!found.ok) return found;
      const line = found.value.lines.find((l) => l.seq === seq);
      if (!line) return fail('no-such-line', 'That line is not part of this meeting.');
      found.value.marks.push({ id: `m${++ids}`, seq, as, text: text ?? line.text });
      return ok(found.value.view);
    },
    'meeting:unmark': ({ meetingId, seq, as }) => {
      const found = find(meetingId);
      if (!found.ok) return found;
      const before = found.value.marks.length;
      found.value.marks = found.value.marks.filter(
        (m) => m.seq !== seq || (as !== undefined && m.as !== as),
      );
      return found.value.marks.length < before
        ? ok(found.value.view)
        : fail('no-such-mark', 'There is no mark on that line.');
    },
    'search:query': ({ text }) => {
      const words = text.toLowerCase().split(/\s+/).filter(Boolean);
      const hits = all().flatMap(({ view, lines }) =>
        lines
          .filter((l) => words.length > 0 && words.every((w) => l.text.toLowerCase().includes(w)))
          .map((l) => ({
            ...l,
            meetingId: view.id,
            channel: view.channel,
            title: view.title ?? view.channel,
            startedAt: view.startedAt,
            type: null,
            marks: [],
            before: [],
            after: [],
          })),
      );
      return ok({ hits, total: hits.length, meetings: kept.size });
    },
    'practice:start': ({ speed }) => {
      const view = {
        ...newMeeting(
          `practice${++ids}`,
          'practice:#practice',
          'Practice',
          'chair',
          deps.now(),
          [],
        ),
        mode: 'quiet' as const,
      };
      practice = {
        channel: view.channel,
        meetingId: view.id,
        speed,
        status: 'running',
        position: 0,
        total: 70,
      };
      deps.emit('practice:state', practice);
      return ok({ practice, view });
    },
    'practice:setSpeed': ({ speed }) =>
      practice
        ? ok((practice = { ...practice, speed }))
        : fail('no-practice', 'No practice meeting is running.'),
    'practice:pause': ({ paused }) =>
      practice
        ? ok((practice = { ...practice, status: paused ? 'paused' : 'running' }))
        : fail('no-practice', 'No practice meeting is running.'),
    'practice:stop': () =>
      practice
        ? ok((practice = { ...practice, status: 'stopped' }))
        : fail('no-practice', 'No practice meeting is running.'),
    'schedule:get': ({ channel }) => ok(schedules.get(channel.toLowerCase()) ?? null),
    'schedule:set': ({ channel, rule, cities, durationMin, title, network, agendaUrl }) => {
      const schedule: Schedule = {
        channel,
        rule,
        cities,
        durationMin,
        title: title || null,
        network: network || null,
        agendaUrl: agendaUrl || null,
      };
      schedules.set(channel.toLowerCase(), schedule);
      return ok(schedule);
    },
    'schedule:clear': ({ channel }) => ok({ cleared: schedules.delete(channel.toLowerCase()) }),
    'schedule:next': ({ channel }) => {
      const schedule = schedules.get(channel.toLowerCase());
      if (!schedule) return fail('no-schedule', `No meeting time is set for ${channel}.`);
      const at = nextOccurrence(schedule.rule, deps.now());
      if (!at.ok) return at;
      return ok({
        at: at.value,
        worldTimes: worldTimes(at.value, schedule.cities),
        ics: 'BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n',
        announcement: `${schedule.title ?? channel}\n`,
      });
    },
  };
}
