import type { ChairCommand } from '../../../../shared/ipc/meeting-schemas';
import { fail, ok, type Result } from '../../../../shared/ipc/result';
import { oneLine } from '../../../../shared/irc/one-line';
import type { Dialect } from '../../../../shared/meeting/index';

/** A chair command other than "next topic", which the service first turns into a topic. */
export type LineCommand = Exclude<ChairCommand, { type: 'next-topic' }>;

declare const meetbotBrand: unique symbol;

/**
 * A MeetBot command line as Gavel says it: only {@link meetbotLine} makes one, so every command
 * the meeting service delivers has had each of its arguments flattened to one line.
 */
export type MeetbotLine = string & { readonly [meetbotBrand]: true };

/**
 * `#command arg…`: each argument made one line ({@link oneLine}: line breaks and control
 * characters become spaces), empty ones left out. The one place a MeetBot command is built.
 */
export function meetbotLine(command: string, ...args: readonly string[]): MeetbotLine {
  const words = args.map(oneLine).filter((arg) => arg !== '');
  return [`#${command}`, ...words].join(' ') as MeetbotLine;
}

// OpenStack splits vote options on anything but these characters.
const OPTION_RE = /^[A-Za-z0-9_+-]+$/;

function unsupported(what: string, dialect: Dialect): Result<MeetbotLine> {
  const follows =
    dialect === 'classic'
      ? 'classic MeetBot'
      : dialect === 'openstack'
        ? 'OpenStack’s meetbot'
        : 'meetingology';
  return fail(
    'unsupported',
    `${what} is not something ${follows} records, and this meeting follows ${follows}.`,
  );
}

function voteStart(
  question: string,
  options: readonly string[],
  dialect: Dialect,
): Result<MeetbotLine> {
  if (dialect === 'meetingology') return ok(meetbotLine('vote', question));
  if (dialect === 'classic') return unsupported('A vote', dialect);
  const bad = options.find((o) => !OPTION_RE.test(o));
  if (bad !== undefined) {
    return fail(
      'bad-option',
      `The vote option "${bad}" may hold only letters, digits, _, + and -.`,
    );
  }
  const asked = question.includes('?') ? question : `${question}?`;
  return ok(meetbotLine('startvote', asked, options.join(', ')));
}

/**
 * The MeetBot line that carries out `command` in a meeting following `dialect`: what drive mode
 * sends to the channel and quiet mode records locally. A command the dialect has no way to
 * record (a vote under classic MeetBot, `#subtopic` outside meetingology) is an error value.
 */
export function chairLine(command: LineCommand, dialect: Dialect): Result<MeetbotLine> {
  switch (command.type) {
    case 'chair':
    case 'unchair':
    case 'nick':
      return ok(meetbotLine(command.type, ...command.nicks));
    case 'vote-start':
      return voteStart(oneLine(command.question), command.options.map(oneLine), dialect);
    case 'vote-end':
      return dialect === 'classic' ? unsupported('A vote', dialect) : ok(meetbotLine('endvote'));
    case 'undo':
      return ok(meetbotLine('undo'));
    case 'subtopic':
    case 'done':
      if (dialect !== 'meetingology') return unsupported(`#${command.type}`, dialect);
      return ok(meetbotLine(command.type, command.text));
    default:
      return ok(meetbotLine(command.type, command.text));
  }
}
