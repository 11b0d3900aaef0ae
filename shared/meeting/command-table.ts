import { itemCommand, NO_OP, type Command } from './command';
import {
  chairCommand,
  endMeetingCommand,
  meetingNameCommand,
  meetingTopic,
  nickCommand,
  unchairCommand,
  undoCommand,
} from './meta-commands';
import { close, hcoopVote, here, motion, outcome } from './hcoop';
import type { Dialect } from './presets';
import { closeVote, endVote, openVote, votersCommand, votesRequired } from './votes-meetingology';
import { castOption, endOptionVote, startVote } from './votes-openstack';

type Table = Readonly<Record<string, Command>>;

// MeetBot 0.1.4's do_* methods. `#rejected` has no `#reject` alias there (a typo in the code
// aliases it to itself); `#meetingname` has no chair check.
const CLASSIC: Table = {
  endmeeting: endMeetingCommand(),
  topic: itemCommand('topic', true),
  meetingtopic: meetingTopic,
  agreed: itemCommand('agreed', true),
  agree: itemCommand('agreed', true),
  accepted: itemCommand('accepted', true),
  accept: itemCommand('accepted', true),
  rejected: itemCommand('rejected', true),
  chair: chairCommand,
  unchair: unchairCommand,
  undo: undoCommand,
  meetingname: meetingNameCommand(false),
  action: itemCommand('action', false),
  info: itemCommand('info', false),
  idea: itemCommand('idea', false),
  help: itemCommand('help', false),
  halp: itemCommand('help', false),
  nick: nickCommand,
  link: itemCommand('link', false),
  save: NO_OP,
  restrictlogs: NO_OP,
  lurk: NO_OP,
  unlurk: NO_OP,
  commands: NO_OP,
};

const OPENSTACK: Table = {
  ...CLASSIC,
  startvote: startVote,
  vote: castOption,
  showvote: NO_OP,
  endvote: endOptionVote,
};

const MEETINGOLOGY: Table = {
  ...CLASSIC,
  endmeeting: endMeetingCommand((state, ctx) => closeVote(state, ctx)),
  reject: itemCommand('rejected', true),
  subtopic: itemCommand('subtopic', true),
  progress: itemCommand('progress', true),
  done: itemCommand('done', true),
  meetingname: meetingNameCommand(true),
  vote: openVote,
  votesrequired: votesRequired,
  voters: votersCommand,
  endvote: endVote,
};

// A scribe log's structure is its scribe conventions (scribe.ts); only #endmeeting ends it.
const SCRIBE: Table = {
  endmeeting: endMeetingCommand((state, ctx) => closeVote(state, ctx, false)),
};

// HCoop Meetbot (Limnoria): the classic set with motions and #here.
const HCOOP: Table = {
  ...CLASSIC,
  motion,
  vote: hcoopVote,
  close,
  accepted: outcome('accepted'),
  failed: outcome('rejected'),
  inconclusive: outcome('info'),
  here,
};

const TABLES: Record<Dialect, Table> = {
  classic: CLASSIC,
  openstack: OPENSTACK,
  meetingology: MEETINGOLOGY,
  scribe: SCRIBE,
  hcoop: HCOOP,
};

/** The command a dialect runs for `#name`, or null when it has none (the line is just talk). */
export function commandFor(dialect: Dialect, name: string): Command | null {
  return Object.hasOwn(TABLES[dialect], name) ? TABLES[dialect][name]! : null;
}
