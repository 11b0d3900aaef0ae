/** A line as irc-framework's parser returns it. */
export interface ParsedLine {
  command: string;
  params: string[];
  nick?: string;
}

// How many parameters irc-framework's handlers read without checking (RFC 2812 §3 and the
// IRCv3 CAP/SASL/BATCH specs give the same minimums). Numerics all start with our nick.
const MIN_PARAMS: Record<string, number> = {
  PRIVMSG: 2,
  NOTICE: 2,
  JOIN: 1,
  PART: 1,
  KICK: 2,
  NICK: 1,
  TOPIC: 2,
  MODE: 1,
  INVITE: 2,
  CAP: 2,
  BATCH: 1,
  AUTHENTICATE: 1,
  PING: 0,
  ERROR: 0,
};
// Commands that are about someone, so irc-framework reads the sender's nick.
const FROM_SOMEONE = new Set([
  'PRIVMSG',
  'JOIN',
  'PART',
  'KICK',
  'NICK',
  'TOPIC',
  'INVITE',
  'QUIT',
]);

/**
 * Why irc-framework cannot safely handle `line`, or null when it can: an unknown shape of
 * command, too few parameters for its command, a numeric without its target, or a user command
 * without a sender. Such lines come from a broken or hostile server and are dropped.
 */
export function lineProblem(line: ParsedLine): string | null {
  const command = line.command.toUpperCase();
  if (!/^([A-Z]+|\d{3})$/.test(command)) return 'not a command';
  const params = line.params.filter((p) => typeof p === 'string');
  const needed = /^\d{3}$/.test(command) ? 1 : (MIN_PARAMS[command] ?? 0);
  if (params.length < needed) return `${command} with too few parameters`;
  if (/^\d{3}$/.test(command) && !params[0]) return `${command} without a target`;
  if (FROM_SOMEONE.has(command) && !line.nick) return `${command} without a sender`;
  return null;
}
