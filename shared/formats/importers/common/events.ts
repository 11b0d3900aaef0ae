import type { LineKind } from '../../../domain/line';
import { bareNick } from './nick';

/**
 * A channel event read from a client's wording. The fields follow Gavel's convention for
 * events: join/part/quit: `nick` is who, `text` the reason (or ''); nick: `nick` is the old
 * nick, `text` the new one; topic: `nick` set it, `text` is the new topic; mode: `nick` set it,
 * `text` the modes; kick: `nick` kicked, `text` is the kicked nick and ` (reason)` if given.
 */
export interface ChannelEvent {
  kind: LineKind;
  nick: string;
  text: string;
  channel?: string;
}

// Up to two "[user@host]", "(user@host)" or "<nick!user@host>" groups after a nick.
const HOST = '(?: [[(<][^\\])>]*[\\])>]){0,2}';
const REASON = '(?: [[(](.*)[\\])])?';
const CHAN = '([#&]\\S*)';

const ZNC_RE = /^(Joins|Parts|Quits): (\S+)(?: \([^)]*\))?(?: \((.*)\))?$/;
const JOIN_RE = new RegExp(
  `^(\\S+)${HOST} (?:has )?(?:joined|entered)(?: the (?:channel|room))?(?: ${CHAN})?\\.?$`,
);
const PART_RE = new RegExp(
  `^(\\S+)${HOST} (?:has )?left(?: the (?:channel|room))?(?: ${CHAN})?${REASON}\\.?$`,
);
const QUIT_RE = new RegExp(`^(\\S+)${HOST} (?:has )?[Qq]uit(?: IRC)?${REASON}\\.?$`);
const NICK_RE = /^(\S+) (?:is now known as|changed nick to) (\S+?)\.?$/;
const TOPIC_RE = new RegExp(
  `^(\\S+) (?:has )?(?:changed|changes|set|sets) (?:the )?topic(?: (?:of|for) ${CHAN})?(?: from ".*" to| to:?) ?(.*)$`,
);
const UNSET_TOPIC_RE = new RegExp(`^(\\S+) has unset topic for ${CHAN}$`);
const MODE_BRACKET_RE = new RegExp(`^(?:Server)?[Mm]ode[/ ]${CHAN} \\[(.*)\\] by (\\S+)$`);
const MODE_RE = /^(\S+) (?:sets|set) mode:? (.+)$/;
const MODE_WORDS_RE = /^(\S+) ((?:gives|removes|sets|takes) .+ (?:to|from|on) \S+)$/;
const KICKED_RE = new RegExp(`^(\\S+) was kicked(?: from ${CHAN})? by (\\S+)${REASON}\\.?$`);
const KICKS_RE = new RegExp(`^(\\S+) (?:has )?kicked (\\S+)(?: from ${CHAN})?${REASON}\\.?$`);

function unquote(text: string): string {
  const m = /^(["'])(.*)\1$/.exec(text);
  return m ? m[2]! : text;
}

function kick(
  by: string,
  victim: string,
  reason: string | undefined,
  channel?: string,
): ChannelEvent {
  const text = reason ? `${bareNick(victim)} (${reason})` : bareNick(victim);
  return { kind: 'kick', nick: bareNick(by), text, channel };
}

/**
 * Reads the event wordings of irssi, WeeChat, HexChat, ZNC, Limnoria, Sopel, mIRC, The Lounge,
 * Textual, Pidgin and irclogs.ubuntu.com, once the format's own marker (`-!-`, `***`, `-->`…)
 * and stamp are removed. Null when the text is not an event.
 */
export function readEvent(text: string): ChannelEvent | null {
  let m = ZNC_RE.exec(text);
  if (m) {
    const kind = m[1] === 'Joins' ? 'join' : m[1] === 'Parts' ? 'part' : 'quit';
    return { kind, nick: bareNick(m[2]!), text: kind === 'join' ? '' : (m[3] ?? '') };
  }
  if ((m = JOIN_RE.exec(text)))
    return { kind: 'join', nick: bareNick(m[1]!), text: '', channel: m[2] };
  if ((m = PART_RE.exec(text))) {
    return { kind: 'part', nick: bareNick(m[1]!), text: m[3] ?? '', channel: m[2] };
  }
  if ((m = QUIT_RE.exec(text))) return { kind: 'quit', nick: bareNick(m[1]!), text: m[2] ?? '' };
  if ((m = NICK_RE.exec(text)))
    return { kind: 'nick', nick: bareNick(m[1]!), text: bareNick(m[2]!) };
  if ((m = TOPIC_RE.exec(text))) {
    return { kind: 'topic', nick: bareNick(m[1]!), text: unquote(m[3]!), channel: m[2] };
  }
  if ((m = UNSET_TOPIC_RE.exec(text))) {
    return { kind: 'topic', nick: bareNick(m[1]!), text: '', channel: m[2] };
  }
  if ((m = MODE_BRACKET_RE.exec(text))) {
    return { kind: 'mode', nick: bareNick(m[3]!), text: m[2]!, channel: m[1] };
  }
  if ((m = MODE_RE.exec(text))) return { kind: 'mode', nick: bareNick(m[1]!), text: m[2]! };
  if ((m = MODE_WORDS_RE.exec(text))) return { kind: 'mode', nick: bareNick(m[1]!), text: m[2]! };
  if ((m = KICKED_RE.exec(text))) return kick(m[3]!, m[1]!, m[4], m[2]);
  if ((m = KICKS_RE.exec(text))) return kick(m[1]!, m[2]!, m[4], m[3]);
  return null;
}
