import { addItem, type CommandContext } from './command';
import { nickList } from './names';
import { addNick, type MeetingState } from './state';
import { castVote, closeVote, openVote } from './votes-meetingology';

// W3C scribe conventions (RRSAgent / scribe.perl), each `Word: text` at the start of a line.
const TOPIC_RE = /^topic\s*:\s*(\S[^\n]*)$/i;
const RESOLVED_RE = /^(?:resolved|resolution)\s*:\s*(\S[^\n]*)$/i;
// `ACTION: text`, `action nick: text`, `action nick to text` (scribe.perl's three forms).
const ACTION_RE =
  /^action\s*:\s*(\S[^\n]*)$|^action +(\p{L}\w* *:[^\n]*)$|^action +(\S+ +to\b[^\n]*)$/iu;
const PROPOSAL_RE = /^(?:draft\s+)?(?:proposal|proposed(?:\s+resolution)?)\s*:\s*(\S[^\n]*)$/i;
const CHAIR_RE = /^chairs?\s*:\s*(\S[^\n]*)$/i;
const AGENDA_RE = /^agenda\s*:\s*(\S+)/i;
const PRESENT_RE = /^present\+\s*([^\n]*)$/i;
const SCRIBE_RE = /^scribe(?:nick)?\s*(?::|\+)\s*([^\n]*)$/i;
// Zakim taking up an agendum: `agendum 2. "Title" taken up [from x]` (old Zakim) or
// `agendum 2 -- Title -- taken up [from x]` (new); scribe.perl makes the title a topic.
const OLD_AGENDUM_RE = /^agendum \d+\. "(.*)" taken up/;
const NEW_AGENDUM_RE = /^agendum \d+ -- (.*)/;

function agendumTaken(nick: string, text: string): string | null {
  if (nick !== 'Zakim') return null;
  const old = OLD_AGENDUM_RE.exec(text);
  if (old) return old[1]!;
  const now = NEW_AGENDUM_RE.exec(text);
  return now ? now[1]!.replace(/ -- taken up \[from.*/, '') : null;
}

// Everyone a `present+ a, b` or `scribe: a` line names (spaces inside a name become `_`, as
// the channel's nicks have them).
function named(state: MeetingState, arg: string): string[] {
  return arg
    .split(',')
    .map((n) => n.trim().replace(/\s+/g, '_'))
    .filter((n) => n !== '' && nickList(n, state.options.preset.textModel).length > 0);
}

/**
 * Reads one line of a W3C scribe log as the meeting's structure: `Topic:` starts a topic (so
 * does Zakim taking up an agendum), `RESOLVED:` records a decision (closing the proposal's
 * vote), `ACTION:` an action, `PROPOSAL:`/`PROPOSED:`/`DRAFT PROPOSAL:` opens a vote on the
 * proposal (closing the one before), `+1`/`-1`/`0` lines vote on it, `Chair:` names chairs,
 * `Agenda: URL` links the agenda, `present+` and `scribe:` make people known. Everything else
 * is talk.
 */
export function scribeLine(state: MeetingState, text: string, ctx: CommandContext): void {
  let m: RegExpExecArray | null;
  // RRSAgent only logs; its lines (the list of actions it recorded) are not the meeting's.
  if (ctx.nick === 'RRSAgent') return;
  const arg = (value: string) => ({ ...ctx, arg: value.trim() });
  const topic = agendumTaken(ctx.nick, text) ?? TOPIC_RE.exec(text)?.[1] ?? null;
  if (topic !== null) {
    closeVote(state, ctx, false);
    addItem(state, 'topic', arg(topic));
  } else if ((m = RESOLVED_RE.exec(text))) {
    closeVote(state, ctx, false);
    addItem(state, 'agreed', arg(m[1]!));
  } else if ((m = ACTION_RE.exec(text))) addItem(state, 'action', arg(m[1] ?? m[2] ?? m[3]!));
  else if ((m = PROPOSAL_RE.exec(text))) {
    closeVote(state, ctx, false);
    openVote.run(state, arg(m[1]!));
  } else if ((m = CHAIR_RE.exec(text))) {
    // Chairs are often named, not nicked (`Chair: Manu`), so they are not made attendees.
    for (const chair of named(state, m[1]!)) state.chairs.add(chair);
  } else if ((m = AGENDA_RE.exec(text))) addItem(state, 'link', arg(`${m[1]} Agenda`));
  else if ((m = PRESENT_RE.exec(text)) || (m = SCRIBE_RE.exec(text))) {
    for (const person of named(state, m[1]!)) addNick(state, person, 0);
  } else castVote(state, ctx.nick, text);
}
