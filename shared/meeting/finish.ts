import type { Meeting, Stamp, Vote } from '../domain/meeting';
import { clockSeconds } from './clock';
import { withLog } from './meeting-log';
import { actionOwners, hcoopMatcher, type OwnerRules } from './owners';
import { attendeeOrder, byCodePoint, byLowerCase, peoplePresent } from './people';
import type { MeetingState, VoteState } from './state';
import { groupTopics } from './topics';
import { isoInZone, wallToInstant } from './zone';

function lastLine(state: MeetingState): Stamp | null {
  const log = state.log;
  const i = log.length - 1;
  return i < 0
    ? null
    : { nick: log.nick(i), time: log.time(i), at: log.at(i), line: log.n(i), day: state.day };
}

function isoOf(stamp: Stamp | null, state: MeetingState): string | null {
  if (!stamp) return null;
  const zone = state.options.timeZone;
  if (stamp.at !== null) return isoInZone(stamp.at, zone);
  const seconds = clockSeconds(stamp.time);
  if (state.options.date === null || seconds === null) return null;
  return isoInZone(wallToInstant(state.options.date, stamp.day, seconds, zone), zone);
}

function voteOf(v: VoteState): Vote {
  const vote: Vote = {
    question: v.question,
    options: [...v.options],
    votes: Object.fromEntries(v.votes),
    result: v.result,
    nick: v.opened.nick,
    time: v.opened.time,
    line: v.opened.line,
  };
  if (v.comments.size > 0) vote.comments = Object.fromEntries(v.comments);
  return vote;
}

/**
 * The meeting as it stands: topics grouped, action owners matched, people ordered as the
 * preset's bot would list them. Callable at any point (a live meeting's snapshot); the state is
 * not changed.
 */
export function finish(state: MeetingState): Meeting {
  const preset = state.options.preset;
  const nickOrder = attendeeOrder(state.attendees, preset);
  const actionItems = state.items.filter((i) => i.type === 'action');
  // HCoop Meetbot reads owners its own way, with the names given by `#here Name` too.
  const rules: OwnerRules | undefined =
    preset.dialect === 'hcoop' ? { matcher: hcoopMatcher, aliases: state.aliases } : undefined;
  const owners = actionOwners(actionItems, byLowerCase(nickOrder, preset.textModel), rules);
  const end = state.end ?? lastLine(state);
  const chairs = new Set(state.chairs);
  if (state.owner !== null) chairs.add(state.owner);
  const meeting: Omit<Meeting, 'log'> = {
    preset: preset.id,
    channel: state.options.channel,
    date: state.options.date,
    timeZone: state.options.timeZone,
    name: state.meetingName === '' ? null : state.meetingName,
    title: state.meetingTopic,
    startedBy: state.owner,
    chairs: [...chairs].sort(byCodePoint),
    start: state.start,
    end,
    ended: state.ended,
    startedAt: isoOf(state.start, state),
    endedAt: isoOf(end, state),
    items: [...state.items],
    topics: groupTopics(state.items),
    actions: actionItems.map((a, i) => ({
      text: a.text,
      nick: a.nick,
      time: a.time,
      line: a.line,
      owners: owners[i]!,
    })),
    votes: state.votes.map(voteOf),
    people: peoplePresent(state.attendees, nickOrder),
    nickOrder,
    ...(state.gaps.length > 0 ? { gaps: [...state.gaps] } : {}),
    sourceLines: state.seen,
  };
  // The log's lines become objects only if something reads `log` (the log writers read columns).
  return withLog(meeting, state.log, state.log.length);
}
