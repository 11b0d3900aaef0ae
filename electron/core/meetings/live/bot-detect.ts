import type { LogLine } from '../../../../shared/domain/line';
import type { PresetId } from '../../../../shared/domain/meeting';
import { stripFormatting } from '../../../../shared/irc/format';
import { isStartCommand } from '../../../../shared/meeting/parse';

/** A meeting bot heard in the channel, with the preset its deployment follows. */
export interface BotSighting {
  nick: string;
  preset: PresetId;
}

// The nicks of the deployments Gavel knows (reference: MeetBot notes §1).
const BY_NICK: [RegExp, PresetId][] = [
  [/^zodbot/i, 'fedora'],
  [/^meetingology/i, 'ubuntu'],
  [/^(openstack|opendevmeet)/i, 'openstack'],
];

// What each deployment's start texts say about it (MeetBot notes §3.3, §3.4, §6.6).
const BY_TEXT: [RegExp, PresetId][] = [
  [/#motion #vote #close|HCoop Meetbot/, 'hcoop'],
  [/and is due to finish in|#startvote/, 'openstack'],
  [/meetingology/i, 'ubuntu'],
  [/zodbot|fedoraproject|#halp/i, 'fedora'],
];

const said = (line: LogLine) => line.kind === 'message' || line.kind === 'notice';

/** The preset a bot's nick or text points to, or null when they say nothing particular. */
export function presetHint(nick: string, text: string): PresetId | null {
  const byNick = BY_NICK.find(([re]) => re.test(nick));
  if (byNick) return byNick[1];
  return BY_TEXT.find(([re]) => re.test(text))?.[1] ?? null;
}

/**
 * A meeting bot's reply to `#startmeeting` ("Meeting started …"), said by someone other than
 * Gavel's own nick; null for any other line. The preset is the one its nick or text points to,
 * else classic MeetBot.
 */
export function startReply(line: LogLine, self: boolean): BotSighting | null {
  if (self || !said(line)) return null;
  const text = stripFormatting(line.text).trim();
  if (!text.startsWith('Meeting started ')) return null;
  return { nick: line.nick, preset: presetHint(line.nick, text) ?? 'meetbot' };
}

/** True when the line is a `#startmeeting` as any MeetBot generation reads it. */
export function isStartLine(line: LogLine): boolean {
  if (line.kind !== 'message') return false;
  return isStartCommand(line.text, 'classic') || isStartCommand(line.text, 'meetingology');
}

/**
 * What `line` tells a meeting that knows `known` about its bot: a "Meeting started" reply from
 * another bot, or a hint in its known bot's lines that refines the classic preset (e.g. zodbot's
 * `#halp`). Null when it tells nothing new.
 */
export function botNews(
  line: LogLine & { self: boolean },
  known: { botNick: string | null; preset: PresetId },
): BotSighting | null {
  const reply = startReply(line, line.self);
  if (reply) return reply.nick === known.botNick ? null : reply;
  if (line.nick !== known.botNick || known.preset !== 'meetbot') return null;
  const hint = presetHint(line.nick, line.text);
  return hint === null || hint === 'meetbot' ? null : { nick: line.nick, preset: hint };
}
