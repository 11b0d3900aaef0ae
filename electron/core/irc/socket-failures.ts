import type { IpcError } from '../../../shared/ipc/result';

/** Where a connection was going, for the wording of its failures. */
export interface Endpoint {
  server: string;
  port: number;
  tls: boolean;
}

/** How far a connection got: TCP, the TLS handshake, the sign-in, or the channel join. */
export type Phase = 'connect' | 'handshake' | 'register' | 'join';

// OpenSSL's verification errors (X509_V_ERR_* without the prefix) as Node reports them in
// `err.code`, e.g. DEPTH_ZERO_SELF_SIGNED_CERT, CERT_HAS_EXPIRED, UNABLE_TO_GET_ISSUER_CERT_LOCALLY,
// plus Node's own ERR_TLS_CERT_ALTNAME_INVALID.
const CERT_CODE = /CERT|SELF_SIGNED|UNABLE_TO_VERIFY|ISSUER/;
const TLS_CODE = /^ERR_(SSL|TLS)_/;

const seconds = (ms: number) => `${ms / 1000} s`;
const beforeSignIn = (phase: Phase) => phase === 'connect' || phase === 'register';
// Plain text sent to a TLS port is the usual reason a server hangs up before the sign-in.
const tlsHint = (to: Endpoint) => (to.tls ? '' : ` If port ${to.port} expects TLS, turn TLS on.`);

/**
 * A readable failure for the socket error irc-framework reports when a connection closes
 * (`err.code` from Node's net/tls/dns) during `phase`, e.g. "Could not find the server
 * irc.example.invalid.".
 */
export function socketFailure(
  err: { code?: string; message?: string },
  to: Endpoint,
  phase: Phase,
): IpcError {
  const { server, port } = to;
  const code = err.code ?? '';
  const detail = err.message || code || 'no reason given';
  const failure = (kind: string, message: string): IpcError => ({ code: kind, message });
  if (code === 'ENOTFOUND')
    return failure('host-not-found', `Could not find the server ${server}.`);
  if (code === 'EAI_AGAIN')
    return failure(
      'dns-failed',
      `Could not look up the server ${server}; check the network connection.`,
    );
  if (code === 'ECONNREFUSED')
    return failure('refused', `The server ${server} refused the connection on port ${port}.`);
  if (code === 'ETIMEDOUT')
    return failure('timeout', `Could not connect to ${server}:${port}: the attempt timed out.`);
  if (code === 'EHOSTUNREACH' || code === 'ENETUNREACH')
    return failure('unreachable', `The server ${server} cannot be reached from this network.`);
  if (CERT_CODE.test(code))
    return failure('tls-untrusted', `The certificate of ${server} is not trusted: ${detail}.`);
  if (TLS_CODE.test(code) || phase === 'handshake')
    return failure(
      'tls-failed',
      `The TLS handshake with ${server}:${port} failed (${detail}). Check that port ${port} expects TLS.`,
    );
  if (code === 'ECONNRESET' || code === 'EPIPE') {
    const hint = beforeSignIn(phase) ? tlsHint(to) : '';
    return failure('reset', `The server ${server} closed the connection unexpectedly.${hint}`);
  }
  return failure('connection-failed', `The connection to ${server}:${port} failed: ${detail}.`);
}

/**
 * The server ended the connection during `phase`; `reason` is the text of its ERROR line when
 * it sent one.
 */
export function closedFailure(to: Endpoint, reason: string | null, phase: Phase): IpcError {
  if (reason)
    return { code: 'closed', message: `The server ${to.server} closed the connection: ${reason}` };
  const hint = beforeSignIn(phase) ? tlsHint(to) : '';
  return { code: 'closed', message: `The server ${to.server} closed the connection.${hint}` };
}

/** Nothing finished `phase` within `ms`. */
export function timeoutFailure(to: Endpoint, phase: Phase, ms: number, channel: string): IpcError {
  const { server, port } = to;
  const within = `within ${seconds(ms)}`;
  const message = {
    connect: `Could not connect to ${server}:${port} ${within}.`,
    handshake: `The TLS handshake with ${server}:${port} did not finish ${within}. Check that port ${port} expects TLS.`,
    register: `The server ${server} did not complete the sign-in ${within}.${tlsHint(to)}`,
    join: `The server did not confirm joining ${channel} ${within}.`,
  }[phase];
  return { code: 'timeout', message };
}
