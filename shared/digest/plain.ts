import type { LogLine } from '../domain/line';

// Every command word of the MeetBot family (MeetBot 0.1.4, meetingology, OpenStack's, Fedora's
// zodbot) whose line should count as the plain text after it.
const COMMANDS = new Set(
  (
    'startmeeting endmeeting topic subtopic progress meetingtopic meetingname agreed agree ' +
    'accepted accept rejected reject chair unchair undo action info idea help halp link nick ' +
    'save restrictlogs lurk unlurk commands done vote startvote endvote showvote votesrequired ' +
    'voters proposed'
  ).split(' '),
);
const COMMAND_RE = /^\s*[#[]([A-Za-z]+)\]?(?=\s|$)\s*/;

/**
 * The text a line would have without its meeting-bot command words: `#topic Packaging` is
 * `Packaging`, `#proposed #agreed X` is `X`; other text is returned as it is.
 */
export function withoutCommand(text: string): string {
  let rest = text;
  for (let m = COMMAND_RE.exec(rest); m; m = COMMAND_RE.exec(rest)) {
    if (!COMMANDS.has(m[1]!.toLowerCase())) break;
    rest = rest.slice(m[0].length);
  }
  return rest;
}

// The words a W3C scribe log (RRSAgent, scribe.perl) starts its structure lines with.
const SCRIBE_WORD_RE =
  /^\s*(?:topic|resolved|resolution|action|(?:draft\s+)?(?:proposal|proposed(?:\s+resolution)?))\s*:\s*/i;

/** The text a W3C scribe line would have without its `Topic:`, `RESOLVED:`, `ACTION:` or `PROPOSAL:` word. */
export function withoutScribeWord(text: string): string {
  return text.replace(SCRIBE_WORD_RE, '');
}

/**
 * The lines with every command word removed ({@link withoutCommand}; with `scribe`, a W3C
 * scribe log's words too, {@link withoutScribeWord}), nothing else changed.
 */
export function plainLines(lines: readonly LogLine[], scribe = false): LogLine[] {
  const plain = (text: string) => (scribe ? withoutScribeWord(text) : withoutCommand(text));
  return lines.map((l) =>
    l.kind === 'message' || l.kind === 'action' ? { ...l, text: plain(l.text) } : l,
  );
}

/** True when a nick looks like a meeting bot's (`zodbot`, `meetbot`, `meetingology`, `ubottu`). */
export function isBotNick(nick: string): boolean {
  return /(?:bot|^meetingology|^ubottu|^openstack|^limnoria|^supybot)$/i.test(nick);
}
