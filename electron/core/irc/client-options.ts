import type { ClientOptions, TransportClass } from 'irc-framework';
import type { ConnectRequest } from '../../../shared/ipc/schemas';
import { boundIncoming } from './incoming-bound';
import { MAX_MESSAGE_BYTES } from './outgoing';
import { trustingTransport } from './trusting-transport';
import { wireGuard } from './wire-guard';

// irc-framework's defaults (PING every 30 s, give up after 120 s of silence) notice a dead link
// only after two minutes; these notice it within about a minute, so the reconnect starts sooner.
const PING_INTERVAL_S = 20;
const PING_TIMEOUT_S = 45;

/**
 * irc-framework's options for `request`, as `nick`. TLS goes through Gavel's certificate check
 * ({@link trustingTransport}) unless `transport` replaces the socket (tests); either way every
 * line written passes {@link wireGuard} and every line read {@link boundIncoming}. SASL is off unless the request has an account (an empty
 * `account` stops irc-framework from trying the nick and server password as a login);
 * irc-framework's own reconnecting and CTCP VERSION reply are off; echo-message is asked for.
 */
export function clientOptions(
  request: ConnectRequest,
  nick: string,
  transport: TransportClass | undefined,
  onUnsafeLine: (line: string) => void,
): ClientOptions {
  const { server, port, tls, password, sasl, trustFingerprint } = request;
  const base = transport ?? trustingTransport(trustFingerprint);
  return {
    host: server,
    port,
    tls,
    rejectUnauthorized: true,
    nick,
    username: request.nick,
    gecos: 'Gavel',
    ...(password ? { password } : {}),
    account: sasl ? { account: sasl.account, password: sasl.password } : {},
    version: false,
    auto_reconnect: false,
    enable_echomessage: true,
    message_max_length: MAX_MESSAGE_BYTES,
    ping_interval: PING_INTERVAL_S,
    ping_timeout: PING_TIMEOUT_S,
    transport: wireGuard(boundIncoming(base), onUnsafeLine),
  };
}
