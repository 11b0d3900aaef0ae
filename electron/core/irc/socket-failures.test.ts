import { describe, expect, it } from 'vitest';
import { closedFailure, socketFailure, timeoutFailure } from './socket-failures';

const plain = { server: 'irc.example.org', port: 6667, tls: false };
const secure = { server: 'irc.example.org', port: 6697, tls: true };
const err = (code: string, message = code) => ({ code, message });

describe('socketFailure', () => {
  it.each([
    ['ENOTFOUND', 'host-not-found', 'Could not find the server irc.example.org.'],
    [
      'EAI_AGAIN',
      'dns-failed',
      'Could not look up the server irc.example.org; check the network connection.',
    ],
    ['ECONNREFUSED', 'refused', 'The server irc.example.org refused the connection on port 6667.'],
    ['ETIMEDOUT', 'timeout', 'Could not connect to irc.example.org:6667: the attempt timed out.'],
    [
      'EHOSTUNREACH',
      'unreachable',
      'The server irc.example.org cannot be reached from this network.',
    ],
    ['EPERM', 'connection-failed', 'The connection to irc.example.org:6667 failed: EPERM.'],
  ])('%s → %s', (code, kind, message) => {
    expect(socketFailure(err(code), plain, 'connect')).toEqual({ code: kind, message });
  });

  it('names certificate problems with Node’s reason', () => {
    for (const code of [
      'DEPTH_ZERO_SELF_SIGNED_CERT',
      'CERT_HAS_EXPIRED',
      'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
      'ERR_TLS_CERT_ALTNAME_INVALID',
    ]) {
      expect(socketFailure(err(code, 'the reason'), secure, 'handshake')).toEqual({
        code: 'tls-untrusted',
        message: 'The certificate of irc.example.org is not trusted: the reason.',
      });
    }
  });

  it('a failure during the handshake is a TLS failure', () => {
    expect(socketFailure(err('ECONNRESET', 'socket hang up'), secure, 'handshake')).toEqual({
      code: 'tls-failed',
      message:
        'The TLS handshake with irc.example.org:6697 failed (socket hang up). Check that port 6697 expects TLS.',
    });
  });

  it('a reset before sign-in without TLS hints at a TLS port; later it does not', () => {
    expect(socketFailure(err('ECONNRESET'), plain, 'register').message).toMatch(
      /If port 6667 expects TLS/,
    );
    expect(socketFailure(err('ECONNRESET'), plain, 'join').message).toBe(
      'The server irc.example.org closed the connection unexpectedly.',
    );
  });
});

describe('closedFailure and timeoutFailure', () => {
  it('quote the server’s ERROR text, else hint at TLS when the close came before sign-in', () => {
    expect(closedFailure(plain, 'K-lined', 'join').message).toBe(
      'The server irc.example.org closed the connection: K-lined',
    );
    expect(closedFailure(plain, null, 'join').message).toBe(
      'The server irc.example.org closed the connection.',
    );
    expect(closedFailure(plain, null, 'register').message).toMatch(
      /closed the connection\. If port 6667 expects TLS, turn TLS on\.$/,
    );
    expect(closedFailure(secure, null, 'register').message).toBe(
      'The server irc.example.org closed the connection.',
    );
  });

  it('say which step did not finish in time', () => {
    expect(timeoutFailure(plain, 'join', 15_000, '#meet')).toEqual({
      code: 'timeout',
      message: 'The server did not confirm joining #meet within 15 s.',
    });
    expect(timeoutFailure(secure, 'register', 2500, '#meet').message).toBe(
      'The server irc.example.org did not complete the sign-in within 2.5 s.',
    );
  });
});
