import type { Client } from 'irc-framework';
import type { IpcError } from '../../../shared/ipc/result';
import type { ConnectRequest } from '../../../shared/ipc/schemas';
import { nickCandidates } from './nick-fallback';
import { saslFailure, saslMissing } from './sasl-failures';

/**
 * The parts of signing in that go beyond NICK and USER: the next nick to try when one is taken,
 * whether SASL logged in, and NickServ IDENTIFY once the server has welcomed us. (The server
 * password and the SASL exchange itself are irc-framework's, from the client options.)
 */
export class SignIn {
  private readonly nicks: string[];
  private loggedIn = false;

  constructor(private readonly request: ConnectRequest) {
    this.nicks = nickCandidates(request.nick, request.altNicks);
  }

  /** The nick to try after the last one was taken, or null when none is left. */
  nextNick(): string | null {
    return this.nicks.shift() ?? null;
  }

  /** SASL logged in (900). */
  noteLoggedIn(): void {
    this.loggedIn = true;
  }

  /** Why SASL failed, for the user. */
  saslFailed(reason: string, serverText: string | undefined): IpcError {
    return saslFailure(reason, this.request.sasl?.account ?? '', serverText);
  }

  /**
   * The server welcomed us: a failure when a SASL login was asked for but did not happen;
   * otherwise identifies to NickServ when a password was given and returns null.
   */
  welcomed(client: Client): IpcError | null {
    const { sasl, nickservPassword } = this.request;
    if (sasl && !this.loggedIn) return saslMissing(sasl.account);
    // NickServ's usual syntax; the password was checked for CR, LF and NUL by the request schema.
    if (nickservPassword) client.say('NickServ', `IDENTIFY ${nickservPassword}`);
    return null;
  }
}
