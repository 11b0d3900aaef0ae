import type { Meeting, MeetingItem, Topic } from '../../../../shared/domain/meeting';
import type {
  ActionView,
  ItemView,
  MeetingView,
  TopicView,
} from '../../../../shared/ipc/meeting-schemas';
import { finish } from '../../../../shared/meeting/index';
import { findEntry, matchAgendaTopics } from '../agenda/agenda';
import type { MeetingFold } from './meeting-fold';
import { peopleViews } from './project-people';
import { rollCallOf } from './project-roll-call';
import { voteViews } from './project-votes';

/** The id of an action from the meeting: `a` and the number of the record of its line. */
export const actionId = (fold: MeetingFold, line: number): string =>
  `a${fold.logRecords[line - 1] ?? `l${line}`}`;

function itemView(fold: MeetingFold, item: MeetingItem): ItemView {
  return {
    type: item.type,
    nick: item.nick,
    text: item.text,
    at: item.at,
    seq: fold.logSeqs[item.line - 1] ?? null,
  };
}

function topicViews(fold: MeetingFold, meeting: Meeting): TopicView[] {
  const agendaIds = topicAgendaIds(fold, meeting.topics);
  // A topic starts when its `#topic` was said. The item carries that instant; a topic recorded
  // in quiet mode points at the log line that will follow it, which may not be said yet.
  const topicItems = meeting.items.filter((item) => item.type === 'topic');
  let next = 0;
  const startOf = (t: Topic) => {
    if (t.line === null) return meeting.start?.at ?? fold.startedAt;
    const item = topicItems[next++];
    return item?.at ?? meeting.log[t.line - 1]?.at ?? null;
  };
  const starts = meeting.topics.map(startOf);
  return meeting.topics.map((topic, i) => {
    const agendaId = agendaIds[i] ?? null;
    return {
      title: topic.title,
      nick: topic.nick,
      startedAt: starts[i] ?? null,
      endedAt: i + 1 < starts.length ? (starts[i + 1] ?? null) : fold.endedAt,
      seq: topic.line === null ? null : (fold.logSeqs[topic.line - 1] ?? null),
      agendaId,
      timebox: agendaId === null ? null : (findEntry(fold.agenda, agendaId)?.timebox ?? null),
      items: topic.items.map((item) => itemView(fold, item)),
    };
  });
}

/** The agenda entry each of the meeting's topics stands for. */
export function topicAgendaIds(fold: MeetingFold, topics: readonly Topic[]): (string | null)[] {
  return matchAgendaTopics(
    topics.map((t) => t.title),
    fold.agendaTopics,
    fold.agenda,
  );
}

function actionViews(fold: MeetingFold, meeting: Meeting): ActionView[] {
  const fromMeeting = meeting.actions.map((action): ActionView => ({
    id: actionId(fold, action.line),
    text: action.text,
    nick: action.nick,
    at: meeting.log[action.line - 1]?.at ?? null,
    seq: fold.logSeqs[action.line - 1] ?? null,
    owners: action.owners,
    due: null,
    done: false,
    source: 'meeting',
  }));
  return [...fold.carried, ...fromMeeting].map((action) => ({
    ...action,
    ...fold.edits.get(action.id),
  }));
}

/**
 * The meeting as the chair's window shows it, derived from the fold alone (plus the names the
 * library remembers for the channel, which the journal's own name records override).
 */
export function projectView(
  fold: MeetingFold,
  id: string,
  libraryNames: Record<string, string>,
): MeetingView {
  const meeting = finish(fold.engine);
  const names = (nick: string) => fold.names.get(nick) || libraryNames[nick] || null;
  return {
    id,
    channel: fold.start.channel,
    status: fold.ended ? 'ended' : 'live',
    mode: fold.mode,
    title: meeting.title ?? (fold.start.title === '' ? null : fold.start.title),
    name: meeting.name,
    startedAt: fold.startedAt,
    endedAt: fold.endedAt,
    startedBy: meeting.startedBy,
    chairs: meeting.chairs,
    botNick: fold.botNick,
    topics: topicViews(fold, meeting),
    actions: actionViews(fold, meeting),
    votes: voteViews(meeting, fold.engine),
    people: peopleViews(meeting.people, fold.lines, names, fold.roster),
    rollCall: rollCallOf(fold.lines),
    gaps: fold.gaps.map((g) => ({ ...g })),
  };
}
