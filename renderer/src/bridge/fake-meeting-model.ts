import type {
  ActionView,
  ChairCommand,
  MeetingView,
  TopicView,
} from '../../../shared/ipc/meeting-schemas';
import { nickMatcher } from '../../../shared/meeting/owners';
import { fail, ok, type Result } from '../../../shared/ipc/result';

/** A fresh live meeting in `channel`, started by `nick` at `now`, with `carried` actions. */
export function newMeeting(
  id: string,
  channel: string,
  title: string,
  nick: string,
  now: number,
  carried: ActionView[],
): MeetingView {
  return {
    id,
    channel,
    status: 'live',
    mode: 'drive',
    title: title || null,
    name: null,
    startedAt: now,
    endedAt: null,
    startedBy: nick,
    chairs: [nick],
    botNick: null,
    topics: [],
    actions: carried.map((action) => ({ ...action, source: 'carried' })),
    votes: [],
    people: [],
    rollCall: null,
    gaps: [],
  };
}

function closeTopic(view: MeetingView, now: number): TopicView[] {
  return view.topics.map((topic) => (topic.endedAt === null ? { ...topic, endedAt: now } : topic));
}

/** `view` with a new topic begun at `now`, the previous one closed. */
export function withTopic(
  view: MeetingView,
  now: number,
  title: string,
  agenda: { id: string; timebox: number | null } | null,
): MeetingView {
  const topic: TopicView = {
    title,
    nick: view.startedBy,
    startedAt: now,
    endedAt: null,
    seq: null,
    agendaId: agenda?.id ?? null,
    timebox: agenda?.timebox ?? null,
    items: [],
  };
  return { ...view, topics: [...closeTopic(view, now), topic] };
}

/** `view` after a chair command other than topics (those need the agenda: see fake-meetings). */
export function applyCommand(
  view: MeetingView,
  command: ChairCommand,
  now: number,
  nextId: () => string,
): Result<MeetingView> {
  const nick = view.startedBy ?? 'chair';
  switch (command.type) {
    case 'chair':
      return ok({ ...view, chairs: [...new Set([...view.chairs, ...command.nicks])] });
    case 'unchair':
      return ok({ ...view, chairs: view.chairs.filter((c) => !command.nicks.includes(c)) });
    case 'vote-start':
      if (view.votes.some((v) => v.open)) return fail('vote-open', 'A vote is already open.');
      return ok({
        ...view,
        votes: [
          ...view.votes,
          {
            question: command.question,
            options: command.options,
            votes: {},
            tally: Object.fromEntries(command.options.map((o) => [o, 0])),
            open: true,
            result: null,
          },
        ],
      });
    case 'vote-end':
      if (!view.votes.some((v) => v.open)) return fail('no-vote', 'No vote is open.');
      return ok({
        ...view,
        votes: view.votes.map((v) => (v.open ? { ...v, open: false, result: 'Vote ended' } : v)),
      });
    case 'meetingname':
      return ok({ ...view, name: command.text });
    case 'undo': {
      const topics = view.topics.map((t, i) =>
        i === view.topics.length - 1 ? { ...t, items: t.items.slice(0, -1) } : t,
      );
      return ok({ ...view, topics });
    }
    case 'nick':
    case 'topic':
    case 'next-topic':
      return ok(view);
    default: {
      const item = { type: command.type, nick, text: command.text, at: now, seq: null };
      const topics = view.topics.length > 0 ? [...view.topics] : [untitled(now)];
      const last = topics[topics.length - 1]!;
      topics[topics.length - 1] = { ...last, items: [...last.items, item] };
      const actions =
        command.type === 'action'
          ? [...view.actions, actionFrom(nextId(), command.text, nick, now, view)]
          : view.actions;
      return ok({ ...view, topics, actions });
    }
  }
}

function untitled(now: number): TopicView {
  return {
    title: null,
    nick: null,
    startedAt: now,
    endedAt: null,
    seq: null,
    agendaId: null,
    timebox: null,
    items: [],
  };
}

function actionFrom(
  id: string,
  text: string,
  nick: string,
  now: number,
  view: MeetingView,
): ActionView {
  const owners = view.people.map((p) => p.nick).filter((n) => nickMatcher(n).test(text));
  return { id, text, nick, at: now, seq: null, owners, due: null, done: false, source: 'meeting' };
}

/** `view` ended at `now`, its open topic closed. */
export function endMeeting(view: MeetingView, now: number): MeetingView {
  return { ...view, status: 'ended', endedAt: now, topics: closeTopic(view, now) };
}
