import type {
  HistoryEntry,
  MeetingSource,
  PracticeState,
  Schedule,
  afterMeetingInvokeSchemas,
} from '../../../shared/ipc/after-meeting-schemas';
import { historyEntry } from '../../../shared/ipc/history-entry';
import type { AgendaItem } from '../../../shared/domain/imported';
import type { AgendaNode, MeetingView } from '../../../shared/ipc/meeting-schemas';
import { fail, ok, type Result } from '../../../shared/ipc/result';
import type { Payload, Req, Res } from '../../../shared/ipc/schemas';
import { nextOccurrence } from '../../../shared/time/schedule';
import { worldTimes } from '../../../shared/time/world-times';
import { newMark, viewOf, type ActionEdits, type StoredMeeting } from './fake-library-fold';
import { fakeImportHandlers } from './fake-library-imports';
import { newMeeting } from './fake-meeting-model';

type AfterMeetingChannel = keyof typeof afterMeetingInvokeSchemas;
type LibraryHandlers = {
  [C in AfterMeetingChannel]: (req: Req<C>) => Result<Res<C>> | Promise<Result<Res<C>>>;
};
/** `actions:update`, which works on any meeting of the library, not only the followed one. */
type ActionHandler = {
  'actions:update': (req: Req<'actions:update'>) => Result<Res<'actions:update'>>;
};

/** What the library handlers need from the rest of the fake. */
export interface FakeLibraryDeps {
  /** The followed channel's meeting, which the library lists too once it is known. */
  meeting(): MeetingView | null;
  emit<E extends 'import:progress' | 'practice:state' | 'history:changed' | 'meeting:state'>(
    event: E,
    payload: Payload<E>,
  ): void;
  now(): number;
}

/** A meeting found in the library: one with its lines, or one the fake's meeting side ran. */
type Found = { stored: StoredMeeting; view: MeetingView } | { stored: null; view: MeetingView };

const sourceOf = (view: MeetingView): MeetingSource =>
  view.channel.toLowerCase().startsWith('practice:') ? 'practice' : 'live';

/** An imported page's agenda as the core journals it: entries with ids `i1`, `i2`… in order. */
function agendaNodes(items: readonly AgendaItem[], next = { n: 0 }): AgendaNode[] {
  return items.map((item) => ({
    id: `i${++next.n}`,
    title: item.title,
    owners: item.owners,
    timebox: item.timebox,
    children: agendaNodes(item.items, next),
  }));
}

const entryOf = ({ stored, view }: Found): HistoryEntry =>
  historyEntry(view, stored?.source ?? sourceOf(view), stored?.format ?? null);

/**
 * The history, export, import, mark, search, practice and schedule channels of the fake bridge,
 * and `actions:update` for any meeting of the library. Imported meetings keep their lines and are
 * folded by the real meeting engine, marks included, as the core folds a journal; meetings the
 * fake's meeting side ran are listed as last seen. Uploads are checked for order and size and
 * read by the real importers (asking for a zone or a day as the core does); schedules are
 * computed by the real time code. Exports are plain text listings; saving answers
 * `use-download`, as in browser mode.
 */
export function fakeLibraryHandlers(deps: FakeLibraryDeps): LibraryHandlers & ActionHandler {
  const stored = new Map<string, StoredMeeting>();
  const followed = new Map<string, MeetingView>();
  const schedules = new Map<string, Schedule>();
  let practice: PracticeState | null = null;
  let ids = 0;
  const all = (): Found[] => {
    const current = deps.meeting();
    if (current) followed.set(current.id, current);
    return [
      ...[...stored.values()].map((m) => ({ stored: m, view: viewOf(m) })),
      ...[...followed.values()].map((view) => ({ stored: null, view })),
    ];
  };
  const find = (id: string): Result<Found> => {
    const m = stored.get(id);
    if (m) return ok({ stored: m, view: viewOf(m) });
    const current = deps.meeting();
    const view = current?.id === id ? current : followed.get(id);
    return view ? ok({ stored: null, view }) : fail('no-such-meeting', 'There is no such meeting.');
  };
  const withLines = (id: string): Result<StoredMeeting> => {
    const found = find(id);
    if (!found.ok) return found;
    return found.value.stored
      ? ok(found.value.stored)
      : fail('no-such-line', 'That line is not part of this meeting.');
  };
  const changed = (view: MeetingView) => {
    deps.emit('history:changed', { meetingId: view.id, channel: view.channel });
    return ok(view);
  };
  const listing = (view: MeetingView) =>
    [view.title ?? view.channel, ...view.topics.map((t) => `* ${t.title ?? ''}`)].join('\n') + '\n';

  return {
    'history:list': ({ channel }) =>
      ok(
        all()
          .filter((f) => !channel || f.view.channel.toLowerCase() === channel.toLowerCase())
          .map(entryOf)
          .sort((a, b) => b.startedAt - a.startedAt || (a.id < b.id ? 1 : -1)),
      ),
    'history:open': ({ meetingId }) => {
      const found = find(meetingId);
      if (!found.ok) return found;
      const { stored: m, view } = found.value;
      const entry = entryOf(found.value);
      return ok({
        view,
        readOnly: view.status !== 'live',
        source: entry.source,
        format: entry.format,
        marks: (m?.marks ?? []).map(({ id, seq, as, text }) => ({ id, seq, as, text })),
        lineCount: m?.lines.length ?? 0,
        lastSeq: m?.lines.at(-1)?.seq ?? 0,
        agenda: agendaNodes(m?.agenda ?? []),
      });
    },
    'history:lines': ({ meetingId, afterSeq, limit }) => {
      // Read without folding the meeting: a page of a long transcript must not cost a fold.
      const found = stored.has(meetingId) ? null : find(meetingId);
      if (found && !found.ok) return found;
      const lines = stored.get(meetingId)?.lines ?? [];
      const from = lines.findIndex((l) => l.seq > afterSeq);
      const to = from < 0 ? from : Math.min(lines.length, from + limit);
      return ok({
        lines: from < 0 ? [] : lines.slice(from, to),
        more: to >= 0 && to < lines.length,
      });
    },
    'actions:update': ({ meetingId, actionId, ...change }) => {
      const found = find(meetingId);
      if (!found.ok) return found;
      const { stored: m, view } = found.value;
      if (!view.actions.some((a) => a.id === actionId))
        return fail(
          'no-such-action',
          'That action is no longer in the meeting (it may have been undone).',
        );
      const edit = Object.fromEntries(
        Object.entries(change).filter(([, value]) => value !== undefined),
      ) as ActionEdits;
      if (m) {
        m.edits.set(actionId, { ...m.edits.get(actionId), ...edit });
        return changed(viewOf(m));
      }
      const next = {
        ...view,
        actions: view.actions.map((a) => (a.id === actionId ? { ...a, ...edit } : a)),
      };
      followed.set(next.id, next);
      if (deps.meeting()?.id === next.id) deps.emit('meeting:state', next);
      return next.status === 'ended' ? changed(next) : ok(next);
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
    'export:showFolder': () =>
      fail('use-download', 'This window has no file manager to open: see your downloads.'),
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
    ...fakeImportHandlers({
      store: (meeting) => stored.set(meeting.id, meeting),
      emit: deps.emit,
      now: deps.now,
      nextId: () => ++ids,
    }),
    'meeting:mark': ({ meetingId, seq, as, text }) => {
      const found = withLines(meetingId);
      if (!found.ok) return found;
      const mark = newMark(found.value, { seq, as, text }, `m${++ids}`);
      if (!mark.ok) return mark;
      found.value.marks.push(mark.value);
      return changed(viewOf(found.value));
    },
    'meeting:unmark': ({ meetingId, seq, as }) => {
      const found = find(meetingId);
      if (!found.ok) return found;
      const m = found.value.stored;
      const kept = m?.marks.filter((k) => k.seq !== seq || (as !== undefined && k.as !== as));
      if (!m || !kept || kept.length === m.marks.length)
        return fail('no-such-mark', 'There is no mark on that line.');
      m.marks = kept;
      return changed(viewOf(m));
    },
    'search:query': ({ text }) => {
      const words = text.toLowerCase().split(/\s+/).filter(Boolean);
      const searched = [...stored.values()].filter((m) => m.source !== 'practice');
      const hits = searched.flatMap((m) =>
        m.lines
          .filter((l) => words.length > 0 && words.every((w) => l.text.toLowerCase().includes(w)))
          .map((l) => ({
            ...l,
            meetingId: m.id,
            channel: m.channel,
            title: m.title ?? m.channel,
            startedAt: m.startedAt,
            type: null,
            marks: [],
            before: [],
            after: [],
          })),
      );
      return ok({ hits, total: hits.length, meetings: searched.length });
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
      followed.set(view.id, view);
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
