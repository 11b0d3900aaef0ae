/**
 * Nick and channel rules shared by the connect form, the IPC schemas and the IRC adapter.
 * RFC 2812 §2.3.1 with the relaxations modern servers use (longer nicks, `-` anywhere but first).
 */

/** Longest nick we accept; servers announce their own NICKLEN, most allow 30 or more. */
export const MAX_NICK_LENGTH = 30;
/** Longest channel name (RFC 2812 §1.3). */
export const MAX_CHANNEL_LENGTH = 50;

const NICK_RE = /^[A-Za-z[\]\\`_^{|}][A-Za-z0-9[\]\\`_^{|}-]*$/;
// Any octet except NUL, BELL, CR, LF, space, comma and colon (RFC 2812 §2.3.1 "chanstring").
const CHANNEL_RE = /^[#&+!][^\0\x07\r\n ,:]+$/;

/** Why a nick is unacceptable, or null when it is fine. */
export function nickProblem(nick: string): string | null {
  if (nick.length === 0) return 'A nick is required.';
  if (nick.length > MAX_NICK_LENGTH)
    return `A nick may have at most ${MAX_NICK_LENGTH} characters.`;
  if (!NICK_RE.test(nick))
    return 'A nick starts with a letter or one of [ ] \\ ` _ ^ { | } and has no spaces.';
  return null;
}

/** Why a channel name is unacceptable, or null when it is fine. */
export function channelProblem(channel: string): string | null {
  if (channel.length === 0) return 'A channel is required.';
  if (channel.length > MAX_CHANNEL_LENGTH)
    return `A channel name may have at most ${MAX_CHANNEL_LENGTH} characters.`;
  if (!CHANNEL_RE.test(channel))
    return 'A channel name starts with # (or &, +, !) and has no spaces, commas or colons.';
  return null;
}

const HOST_RE =
  /^(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)*[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.?$/;
const IPV6_RE = /^[0-9A-Fa-f:.]+$/;

/** Why a server host name is unacceptable, or null when it is fine. */
export function hostProblem(host: string): string | null {
  if (host.length === 0) return 'A server is required.';
  if (host.length > 253) return 'A server name may have at most 253 characters.';
  if (HOST_RE.test(host) || (host.includes(':') && IPV6_RE.test(host))) return null;
  return 'A server is a host name such as irc.libera.chat, or an IP address.';
}
