import type { LogLine } from '../domain/line';
import type { Stamp } from '../domain/meeting';
import { pyStrip, trimWith } from '../formats/text/python-text';
import { learnBot } from './bot';
import { dayOf } from './clock';
import { addItem } from './command';
import { commandFor } from './command-table';
import { meetingSlug } from './names';
import { commandText, isStartCommand, isUrlLine, parseCommand } from './parse';
import { scribeLine } from './scribe';
import { addNick, isBot, isChair, type MeetingState } from './state';
import { castVote } from './votes-meetingology';

const HASH = 0x23;

// True when a line starting with `code` may be a `#command` or a link MeetBot takes (isUrlLine:
// http, https, irc, ftp, mailto, ssh).
function mayAct(code: number): boolean {
  switch (code) {
    case HASH:
    case 0x66: // f
    case 0x68: // h
    case 0x69: // i
    case 0x6d: // m
    case 0x73: // s
      return true;
    default:
      return false;
  }
}

const isSpaceOrCtcp = (ch: string): boolean => ch === ' ' || ch === '\x01';
// Printable ASCII other than the space: neither end needs trimming when both are one of these.
const isPrintable = (code: number): boolean => code > 0x20 && code < 0x7f;

// Logs the line and counts it; returns its 1-based number in the meeting log.
function logLine(state: MeetingState, line: LogLine): number {
  const raw = line.text;
  // MeetBot logs the payload stripped of spaces and CTCP \x01, then of all whitespace.
  const text =
    isPrintable(raw.charCodeAt(0)) && isPrintable(raw.charCodeAt(raw.length - 1))
      ? raw
      : pyStrip(trimWith(raw, isSpaceOrCtcp), state.options.preset.textModel);
  const n = state.log.length + 1;
  const kind = line.kind === 'action' ? 'action' : 'message';
  state.log.push(line.time, line.at, kind, line.nick, text);
  addNick(state, line.nick, 1);
  return n;
}

// The line's number in the log: logged, or for a local note the line that will follow it.
function record(state: MeetingState, line: LogLine & { local?: boolean }): number {
  return line.local === true ? state.log.length + 1 : logLine(state, line);
}

function stampOf(state: MeetingState, line: LogLine, n: number): Stamp {
  return { nick: line.nick, time: line.time, at: line.at, line: n, day: state.day };
}

function open(state: MeetingState, stamp: Stamp, arg: string): void {
  const preset = state.options.preset;
  state.phase = 'open';
  state.owner = stamp.nick;
  state.start = stamp;
  const topic = pyStrip(arg, preset.textModel);
  if (topic !== '') state.meetingTopic = topic;
  if (preset.nameFromStart)
    state.meetingName = meetingSlug(arg, preset.textModel, preset.strictName);
}

function startArg(state: MeetingState, text: string): string | null {
  const dialect = state.options.preset.dialect;
  // Classic MeetBot reads `#startmeeting` only at the very start of the line.
  if (dialect !== 'meetingology' && text.charCodeAt(0) !== HASH) return null;
  if (!isStartCommand(text, dialect)) return null;
  return parseCommand(commandText(text, dialect), dialect)!.arg;
}

// A wiki transcript's `### heading` starts a topic; it is not a line of the IRC log, so it points
// at the log line that follows it.
function heading(state: MeetingState, line: LogLine): void {
  if (state.phase !== 'open') return;
  const stamp = stampOf(state, line, state.log.length + 1);
  addItem(state, 'topic', { nick: line.nick, arg: line.text, stamp });
}

function react(state: MeetingState, line: LogLine, n: number): void {
  const dialect = state.options.preset.dialect;
  if (dialect === 'scribe' && !line.text.startsWith('#')) {
    scribeLine(state, line.text.trim(), {
      nick: line.nick,
      arg: '',
      stamp: stampOf(state, line, n),
    });
    return;
  }
  // Classic MeetBot acts only on `#command` and `protocol://` lines; most lines are neither.
  if (dialect !== 'meetingology' && !mayAct(line.text.charCodeAt(0))) return;
  const text = commandText(line.text, dialect);
  const command = parseCommand(text, dialect);
  if (command) {
    const handler = commandFor(dialect, command.name);
    const allowed = handler && (!handler.chairOnly || isChair(state, line.nick));
    if (allowed)
      handler.run(state, { nick: line.nick, arg: command.arg, stamp: stampOf(state, line, n) });
  } else if (isUrlLine(text)) {
    addItem(state, 'link', { nick: line.nick, arg: text, stamp: stampOf(state, line, n) });
  }
  if (dialect === 'meetingology') castVote(state, line.nick, text);
}

/**
 * Folds one line into the meeting, as MeetBot would on hearing it, and returns the same state.
 * Before `#startmeeting` (unless the start is implicit) and after `#endmeeting` lines only
 * advance the clock. Channel messages and `/me` actions are logged and counted; only messages
 * not said by the bot (given, or learned from its "Meeting started" reply) are read as commands,
 * links or votes. A `heading` line starts a topic. Other
 * kinds (joins, notices…) are not part of a MeetBot log and are skipped. A `local` line (a
 * chair's note recorded without being sent) acts like one said but is neither logged nor
 * counted: the channel never saw it. A `gap` note of the recorder's during the meeting is kept
 * where it falls, for every file written from the meeting to carry.
 */
export function step(state: MeetingState, line: LogLine & { local?: boolean }): MeetingState {
  state.seen++;
  if (line.kind === 'gap') {
    if (state.phase === 'open') {
      const { time, at, text } = line;
      state.gaps.push({ time, at, line: state.log.length + 1, text });
    }
    return state;
  }
  if (line.kind === 'heading') {
    heading(state, line);
    return state;
  }
  if (line.kind !== 'message' && line.kind !== 'action') return state;
  state.day = dayOf(state.clock, line.time);
  if (state.phase === 'ended') return state;
  const startArgument = line.kind === 'message' ? startArg(state, line.text) : null;
  if (state.phase === 'waiting') {
    if (startArgument === null) return state;
    if (
      state.options.preset.startNeedsName &&
      pyStrip(startArgument, state.options.preset.textModel) === ''
    ) {
      return state;
    }
    open(state, stampOf(state, line, record(state, line)), startArgument);
    return state;
  }
  // The bot refuses a second #startmeeting without logging it.
  if (startArgument !== null) return state;
  learnBot(state, line);
  const n = record(state, line);
  if (state.start === null) {
    state.start = stampOf(state, line, n);
    state.owner = line.nick;
  }
  if (line.kind === 'message' && !isBot(state, line.nick)) react(state, line, n);
  return state;
}
