import type { MeetingGap, MeetingItem, Stamp } from '../domain/meeting';
import type { Generation } from './bot';
import { newDayCounter, type DayCounter } from './clock';
import { MeetingLog } from './meeting-log';
import type { ResolvedOptions } from './options';

/** A vote in progress or closed, as the engine tracks it. */
export interface VoteState {
  question: string;
  options: string[];
  /** Each voter's last choice, in the order they first voted. */
  votes: Map<string, string>;
  /** What a voter said after the choice (`+1 great` → `great`), for the last vote that had some. */
  comments: Map<string, string>;
  /** Lower-cased options in the order somebody first chose them (OpenStack's tally order). */
  chosen: string[];
  result: string | null;
  opened: Stamp;
}

/**
 * Everything the engine knows part way through a meeting. It belongs to the reducer: `step`
 * changes it in place (a 100,000-line log must not be copied per line), and `finish` derives
 * the `Meeting` snapshot from it.
 */
export interface MeetingState {
  readonly options: ResolvedOptions;
  /**
   * The meeting bot's nick: given in the options, else learned from its "Meeting started" reply;
   * null while unknown (then the preset's usual nick stands in). Its lines are never commands.
   */
  botNick: string | null;
  /** The meetingology generation the log shows (its preset's until the bot says otherwise). */
  generation: Generation;
  phase: 'waiting' | 'open' | 'ended';
  owner: string | null;
  /** Chairs named with `#chair` (the owner is a chair without being listed). */
  chairs: Set<string>;
  /** Lines said per nick, in the order nicks were first seen (MeetBot's `attendees`). */
  attendees: Map<string, number>;
  /** HCoop `#here Name`: the name a nick goes by besides its nick, for reading actions. */
  aliases: Map<string, string>;
  /** What the bot logged, as columns (`length` is the number of lines logged). */
  log: MeetingLog;
  /** The recorder's gap notes met while the meeting was open. */
  gaps: MeetingGap[];
  items: MeetingItem[];
  meetingName: string;
  meetingTopic: string | null;
  /** The vote now open (at most one), and every vote opened so far (open one included). */
  vote: VoteState | null;
  votes: VoteState[];
  /** meetingology `#voters`: when not empty, only they may vote. */
  voters: Set<string>;
  votesRequired: number;
  start: Stamp | null;
  end: Stamp | null;
  ended: boolean;
  /** Lines given to `step`, meeting or not. */
  seen: number;
  clock: DayCounter;
  /** The day of the last line stepped. */
  day: number;
}

/** The state before the first line. */
export function initialState(options: ResolvedOptions): MeetingState {
  return {
    options,
    botNick: options.botNick,
    generation: options.generation ?? '0.4.0',
    phase: options.implicitStart ? 'open' : 'waiting',
    owner: null,
    chairs: new Set(),
    attendees: new Map(),
    aliases: new Map(),
    log: new MeetingLog(),
    gaps: [],
    items: [],
    meetingName: '',
    meetingTopic: null,
    vote: null,
    votes: [],
    voters: new Set(),
    votesRequired: 0,
    start: null,
    end: null,
    ended: false,
    seen: 0,
    clock: newDayCounter(),
    day: 0,
  };
}

/** True when `nick` is the meeting bot (known, learned, or the preset's usual nick). */
export function isBot(state: MeetingState, nick: string): boolean {
  return nick === (state.botNick ?? state.options.preset.botNick);
}

/** True when the bot's own lines are left out of the people present. */
function botLeftOut(state: MeetingState): boolean {
  const counted = state.options.botCounted;
  if (counted !== null) return !counted;
  return state.options.preset.botNotAttendee && state.generation !== '0.1.5';
}

/** Adds `lines` to a nick's count, registering the nick if new (MeetBot's `addnick`). */
export function addNick(state: MeetingState, nick: string, lines: number): void {
  if (botLeftOut(state) && isBot(state, nick)) return;
  state.attendees.set(nick, (state.attendees.get(nick) ?? 0) + lines);
}

/** True when `nick` may use chair-only commands. */
export function isChair(state: MeetingState, nick: string): boolean {
  if (state.options.implicitStart) return true;
  return nick === state.owner || state.chairs.has(nick);
}

/** Opens a vote on `question` with `options` (no vote cast yet) as the meeting's open vote. */
export function beginVote(
  state: MeetingState,
  question: string,
  options: string[],
  opened: Stamp,
): void {
  state.vote = {
    question,
    options,
    votes: new Map(),
    comments: new Map(),
    chosen: [],
    result: null,
    opened,
  };
  state.votes.push(state.vote);
}
