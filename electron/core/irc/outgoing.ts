// The splitter say() uses. irc-framework has no `exports` map, so Node's ESM loader needs the
// file's extension to reach it.
import { lineBreak } from 'irc-framework/src/linebreak.js';

/**
 * Longest message text Gavel puts in one PRIVMSG, in UTF-8 bytes. A line on the wire may have
 * 512 bytes (RFC 1459 §2.3) and the server prepends `:nick!user@host PRIVMSG #channel :` when
 * relaying it; 350 is irc-framework's own default and leaves room for a long prefix.
 */
export const MAX_MESSAGE_BYTES = 350;

// CR, LF and NUL end or corrupt an IRC line; \x01 would turn the text into a CTCP request.
const LINE_BREAKS = /[\r\n\0]+/;
const CTCP_DELIMITER = /\x01/g;

/** One PRIVMSG to send: said text, or a CTCP ACTION (`/me`). */
export interface Outgoing {
  kind: 'message' | 'action';
  text: string;
}

// `\x01ACTION ` and the closing `\x01` travel in the same PRIVMSG as the action's text.
const ACTION_OVERHEAD = 9;
const ME = /^\/me\s+/i;

/**
 * What the chair typed, as PRIVMSGs: each line that starts with `/me ` becomes a CTCP ACTION of
 * the rest, the others said text, split and cleaned as {@link outgoingMessages} does (an action's
 * text is kept short enough for the ACTION wrapping).
 */
export function chairLines(text: string): Outgoing[] {
  const out: Outgoing[] = [];
  for (const line of text.split(LINE_BREAKS)) {
    const action = ME.test(line);
    const body = action ? line.replace(ME, '') : line;
    const limit = action ? MAX_MESSAGE_BYTES - ACTION_OVERHEAD : MAX_MESSAGE_BYTES;
    for (const piece of outgoingMessages(body, limit))
      out.push({ kind: action ? 'action' : 'message', text: piece });
  }
  return out;
}

/**
 * Turns what the chair typed into the message texts to send, one PRIVMSG each: split at CR, LF
 * and NUL, CTCP delimiters removed, blank pieces dropped, and long pieces split (at word
 * boundaries when possible) to at most `maxBytes` UTF-8 bytes. No returned text contains CR, LF
 * or NUL, so none can start a second command on the wire.
 */
export function outgoingMessages(text: string, maxBytes = MAX_MESSAGE_BYTES): string[] {
  const messages: string[] = [];
  for (const piece of text.split(LINE_BREAKS)) {
    const clean = piece.replace(CTCP_DELIMITER, '');
    if (clean.trim() === '') continue;
    for (const part of lineBreak(clean, {
      bytes: maxBytes,
      allowBreakingWords: true,
      allowBreakingGraphemes: true,
    })) {
      if (part.trim() !== '') messages.push(part);
    }
  }
  return messages;
}
