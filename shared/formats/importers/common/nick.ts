const PREFIX_RE = /^[~&@%+]+/;

/**
 * A nick without the channel-status prefix a client shows (`@bob`, `+alice`, `~owner`) and
 * without padding (irssi writes `< alice>`). Matrix ids (`@user:server`) are kept whole, since
 * an IRC nick never contains a colon.
 */
export function bareNick(nick: string): string {
  const first = nick.charCodeAt(0);
  // The usual case: a plain nick starting with a letter or one of [ ] \ ` _ ^ { | }.
  if (first >= 65 && first !== 126 && nick.charCodeAt(nick.length - 1) !== 32) return nick;
  const n = nick.trim();
  if (n.includes(':')) return n;
  const bare = n.replace(PREFIX_RE, '');
  return bare === '' ? n : bare;
}
