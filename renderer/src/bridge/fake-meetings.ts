import type {
  Agenda,
  AgendaNode,
  MeetingView,
  meetingInvokeSchemas,
} from '../../../shared/ipc/meeting-schemas';
import { fail, ok, type Result } from '../../../shared/ipc/result';
import type { Payload, Req, Res } from '../../../shared/ipc/schemas';
import { toNodes } from '../../../shared/meeting/agenda-nodes';
import { topicEntries } from '../../../shared/meeting/agenda-order';
import { importLog } from '../../../shared/formats/importers/import-log';
import { applyCommand, endMeeting, newMeeting, withTopic } from './fake-meeting-model';

type MeetingChannel = keyof typeof meetingInvokeSchemas;
type MeetingHandlers = {
  [C in MeetingChannel]: (req: Req<C>) => Result<Res<C>> | Promise<Result<Res<C>>>;
};

/** What the fake holds about meetings, open to tests for setting up and checking. */
export interface FakeMeetingState {
  /** The followed channel's meeting (live or last ended). */
  meeting: MeetingView | null;
  /** Agendas by lower-cased channel. */
  agendas: Record<string, Agenda>;
  templates: Record<string, { name: string; items: AgendaNode[] }[]>;
  /** Person names by lower-cased nick. */
  names: Record<string, string>;
  /** Open actions of the channel's previous meeting, carried into the next one. */
  carried: MeetingView['actions'];
}

/** What the meeting handlers need from the rest of the fake. */
export interface FakeMeetingDeps {
  state: FakeMeetingState;
  /** The nick Gavel is connected as, and whether it has joined. */
  self(): { nick: string | null; joined: boolean };
  emit<E extends 'meeting:state' | 'agenda:state'>(event: E, payload: Payload<E>): void;
  now(): number;
}

/** An empty agenda for `channel`. */
export const emptyAgenda = (channel: string): Agenda => ({
  channel,
  items: [],
  currentId: null,
  doneIds: [],
});

/**
 * The meeting, agenda, action and people channels of the fake bridge: a small in-memory core
 * that starts and ends meetings, applies chair commands (quiet mode: nothing is sent), walks the
 * agenda on "next topic", and pushes `meeting:state` / `agenda:state` after every change.
 */
export function fakeMeetingHandlers(deps: FakeMeetingDeps): MeetingHandlers {
  const { state } = deps;
  let ids = 0;
  const nextId = () => `f${++ids}`;
  const agendaOf = (channel: string) =>
    state.agendas[channel.toLowerCase()] ?? emptyAgenda(channel);
  const setAgenda = (agenda: Agenda) => {
    state.agendas[agenda.channel.toLowerCase()] = agenda;
    deps.emit('agenda:state', agenda);
    return agenda;
  };
  const publish = (view: MeetingView) => {
    state.meeting = view;
    deps.emit('meeting:state', view);
    return ok(view);
  };
  const live = (meetingId: string): Result<MeetingView> =>
    state.meeting?.id === meetingId && state.meeting.status === 'live'
      ? ok(state.meeting)
      : fail('no-meeting', 'No meeting is under way.');

  const nextTopic = (view: MeetingView): Result<MeetingView> => {
    const agenda = agendaOf(view.channel);
    const taken = new Set([...agenda.doneIds, ...(agenda.currentId ? [agenda.currentId] : [])]);
    const next = topicEntries(agenda.items).find((item) => !taken.has(item.id));
    if (!next) return fail('agenda-done', 'The agenda has no more items.');
    const doneIds = agenda.currentId ? [...agenda.doneIds, agenda.currentId] : agenda.doneIds;
    setAgenda({ ...agenda, currentId: next.id, doneIds });
    return ok(withTopic(view, deps.now(), next.title, next));
  };

  return {
    'meeting:start': ({ channel, title, mode }) => {
      if (!deps.self().joined) return fail('not-joined', 'Join the channel before starting.');
      if (state.meeting?.status === 'live') return fail('meeting-live', 'A meeting is under way.');
      const nick = deps.self().nick ?? 'chair';
      const view = newMeeting(nextId(), channel, title, nick, deps.now(), state.carried);
      return publish({ ...view, mode });
    },
    'meeting:end': ({ meetingId }) => {
      const found = live(meetingId);
      return found.ok ? publish(endMeeting(found.value, deps.now())) : found;
    },
    'meeting:get': () => ok(state.meeting),
    'meeting:command': ({ meetingId, command }) => {
      const found = live(meetingId);
      if (!found.ok) return found;
      const view = found.value;
      const next =
        command.type === 'next-topic'
          ? nextTopic(view)
          : command.type === 'topic'
            ? ok(withTopic(view, deps.now(), command.text, null))
            : applyCommand(view, command, deps.now(), nextId);
      return next.ok ? publish(next.value) : next;
    },
    'meeting:setMode': ({ meetingId, mode }) => {
      const found = live(meetingId);
      return found.ok ? publish({ ...found.value, mode }) : found;
    },
    'agenda:get': ({ channel }) => ok(agendaOf(channel)),
    // Requests are typed by the schemas' input, which leaves nested agenda entries unknown.
    'agenda:set': ({ channel, items }) =>
      ok(setAgenda({ ...agendaOf(channel), items: items as AgendaNode[] })),
    // Read as the core reads it: any log or page the importers recognise, if it has an agenda.
    'agenda:import': ({ text }) => {
      const imported = importLog(text);
      if (!imported.ok || imported.value.agenda.length === 0)
        return fail(
          'no-agenda',
          'No agenda found: expected an outline of "- item" lines or headings.',
        );
      return ok(toNodes(imported.value.agenda, nextId));
    },
    'agenda:templates': ({ channel }) => ok(state.templates[channel.toLowerCase()] ?? []),
    'agenda:saveTemplate': ({ channel, name, items }) => {
      const key = channel.toLowerCase();
      const others = (state.templates[key] ?? []).filter((t) => t.name !== name);
      const saved = [...others, { name, items: items as AgendaNode[] }];
      state.templates[key] = saved;
      return ok(saved);
    },
    'actions:update': ({ meetingId, actionId, ...change }) => {
      const view = state.meeting;
      if (view?.id !== meetingId) return fail('no-meeting', 'That meeting is not open.');
      if (!view.actions.some((a) => a.id === actionId))
        return fail('no-action', 'That action item no longer exists.');
      const actions = view.actions.map((a) =>
        a.id === actionId
          ? {
              ...a,
              owners: change.owners ?? a.owners,
              due: change.due === undefined ? a.due : change.due,
              done: change.done ?? a.done,
            }
          : a,
      );
      return publish({ ...view, actions });
    },
    'people:setName': ({ nick, name }) => {
      state.names[nick.toLowerCase()] = name;
      const view = state.meeting;
      if (view) {
        const people = view.people.map((p) =>
          p.nick.toLowerCase() === nick.toLowerCase() ? { ...p, name: name || null } : p,
        );
        publish({ ...view, people });
      }
      return ok({ nick, name });
    },
  };
}
