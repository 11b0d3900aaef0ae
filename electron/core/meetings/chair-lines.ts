import type { ChairCommand } from '../../../shared/ipc/meeting-schemas';
import { fail, ok, type Result } from '../../../shared/ipc/result';
import type { Dialect } from '../../../shared/meeting/index';

/** A chair command other than "next topic", which the service first turns into a topic. */
export type LineCommand = Exclude<ChairCommand, { type: 'next-topic' }>;

// One IRC line per command: a line break would send the rest as a separate, plain message.
const oneLine = (text: string) => text.replace(/[\r\n\0]+/g, ' ').trim();

// OpenStack splits vote options on anything but these characters.
const OPTION_RE = /^[A-Za-z0-9_+-]+$/;

function unsupported(what: string, dialect: Dialect): Result<string> {
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

function voteStart(question: string, options: readonly string[], dialect: Dialect): Result<string> {
  if (dialect === 'meetingology') return ok(`#vote ${question}`);
  if (dialect === 'classic') return unsupported('A vote', dialect);
  const bad = options.find((o) => !OPTION_RE.test(o));
  if (bad !== undefined) {
    return fail(
      'bad-option',
      `The vote option "${bad}" may hold only letters, digits, _, + and -.`,
    );
  }
  const asked = question.includes('?') ? question : `${question}?`;
  return ok(
    options.length > 0 ? `#startvote ${asked} ${options.join(', ')}` : `#startvote ${asked}`,
  );
}

/**
 * The MeetBot line that carries out `command` in a meeting following `dialect`: what drive mode
 * sends to the channel and quiet mode records locally. A command the dialect has no way to
 * record (a vote under classic MeetBot, `#subtopic` outside meetingology) is an error value.
 */
export function chairLine(command: LineCommand, dialect: Dialect): Result<string> {
  switch (command.type) {
    case 'chair':
    case 'unchair':
    case 'nick':
      return ok(`#${command.type} ${command.nicks.join(' ')}`);
    case 'vote-start':
      return voteStart(oneLine(command.question), command.options.map(oneLine), dialect);
    case 'vote-end':
      return dialect === 'classic' ? unsupported('A vote', dialect) : ok('#endvote');
    case 'undo':
      return ok('#undo');
    case 'subtopic':
    case 'done':
      if (dialect !== 'meetingology') return unsupported(`#${command.type}`, dialect);
      return ok(`#${command.type} ${oneLine(command.text)}`);
    default:
      return ok(`#${command.type} ${oneLine(command.text)}`);
  }
}
