import type { IpcError } from '../../../shared/ipc/result';

// irc-framework's `sasl failed` reasons, from the numerics of IRCv3 SASL 3.1/3.2
// (https://ircv3.net/specs/extensions/sasl-3.1): 904 fail, 905 too_long, 902 nick_locked, and
// the two it decides itself when the server offers no SASL or not PLAIN.
const WHY: Record<string, (account: string) => string> = {
  fail: (account) =>
    `The server refused the SASL login for account ${account}; check the account name and password.`,
  too_long: (account) =>
    `The server refused the SASL login for account ${account}: it found the login too long.`,
  nick_locked: (account) =>
    `The server refused the SASL login for account ${account}: the nick is locked by services.`,
  unsupported_mechanism: () =>
    'The server does not accept SASL PLAIN logins; remove the SASL account or use the NickServ password instead.',
  capability_missing: () =>
    'The server does not offer SASL logins; remove the SASL account or use the NickServ password instead.',
};

/**
 * What to tell the user when SASL did not log `account` in (`reason` as irc-framework reports
 * it, `serverText` the numeric's own text when there was one). Always `sasl-failed`.
 */
export function saslFailure(reason: string, account: string, serverText?: string): IpcError {
  const says = WHY[reason] ?? WHY.fail!;
  const quoted = serverText && reason === 'fail' ? ` (the server says: ${serverText})` : '';
  return { code: 'sasl-failed', message: `${says(account)}${quoted}` };
}

/** The login was asked for but the sign-in completed without one (the server ignored SASL). */
export function saslMissing(account: string): IpcError {
  return {
    code: 'sasl-failed',
    message: `The server completed the sign-in without the SASL login for account ${account}; it may not support SASL.`,
  };
}
