import type { IpcError } from '../../../shared/ipc/result';

/** A numeric reply that ends a connect attempt: our code and what to tell the chair. */
interface Refusal {
  code: string;
  says: (name: string) => string;
  /** Whether the server's own text adds anything worth quoting. */
  quote: boolean;
}

const refusal = (code: string, says: (name: string) => string, quote = true): Refusal => ({
  code,
  says,
  quote,
});

// Replies to JOIN that mean Gavel is not in the channel. Numbers and meanings from RFC 2812 §5.2
// and modern.ircdocs.horse; 477 and 479 are common extensions (registered-only, illegal name).
const JOIN: Record<string, Refusal> = {
  '403': refusal('no-such-channel', (ch) => `The server will not open the channel ${ch}.`),
  '405': refusal('too-many-channels', (ch) => `This nick is in too many channels to join ${ch}.`),
  '471': refusal('channel-full', (ch) => `The channel ${ch} is full.`),
  '473': refusal(
    'invite-only',
    (ch) => `The channel ${ch} is invite-only; ask one of its operators for an invitation.`,
  ),
  '474': refusal('banned', (ch) => `This nick is banned from the channel ${ch}.`),
  '475': refusal('channel-key', (ch) => `The channel ${ch} needs a key (password).`),
  '476': refusal('bad-channel-name', (ch) => `The server does not accept the channel name ${ch}.`),
  '477': refusal(
    'registered-only',
    (ch) =>
      `The channel ${ch} admits only registered nicks; identify with the network's services first.`,
  ),
  '479': refusal('bad-channel-name', (ch) => `The server does not accept the channel name ${ch}.`),
};

// Replies to NICK during sign-in that mean Gavel cannot use the nick it asked for.
const NICK: Record<string, Refusal> = {
  '432': refusal('nick-invalid', (nick) => `The server does not accept the nick ${nick}.`),
  '433': refusal(
    'nick-in-use',
    (nick) => `The nick ${nick} is already in use on this server.`,
    false,
  ),
  '437': refusal('nick-unavailable', (nick) => `The nick ${nick} is temporarily unavailable.`),
};

// Other replies that end the sign-in.
const SIGN_IN: Record<string, Refusal> = {
  '464': refusal('password', () => 'The server wants a password.'),
  '465': refusal('banned-from-server', () => 'This connection is banned from the server.'),
};

/** irc-framework's names for the numerics it handles itself (`irc error` events). */
export const NUMERIC_OF_ERROR: Readonly<Record<string, string>> = {
  too_many_channels: '405',
  channel_is_full: '471',
  invite_only_channel: '473',
  banned_from_channel: '474',
  bad_channel_key: '475',
  password_mismatch: '464',
  banned_from_network: '465',
};

function describe(found: Refusal | undefined, name: string, reason: string): IpcError | null {
  if (!found) return null;
  const text = found.says(name);
  const quoted = found.quote && reason ? `${text} (the server says: ${reason})` : text;
  return { code: found.code, message: quoted };
}

/** Why joining `channel` failed, when `numeric` is a reply that refuses a JOIN; else null. */
export function joinFailure(numeric: string, channel: string, reason = ''): IpcError | null {
  return describe(JOIN[numeric], channel, reason);
}

/** Why the nick `nick` cannot be used, when `numeric` refuses a NICK; else null. */
export function nickFailure(numeric: string, nick: string, reason = ''): IpcError | null {
  return describe(NICK[numeric], nick, reason);
}

/** Why the sign-in was refused, when `numeric` is a password or ban reply; else null. */
export function registrationFailure(numeric: string, reason = ''): IpcError | null {
  return describe(SIGN_IN[numeric], '', reason);
}
