import type { PeerCertificate, TLSSocket } from 'node:tls';
import type { CertificateInfo } from '../../../shared/ipc/schemas';

/** A socket error that says why Gavel refused a server's certificate, and which one it was. */
export type CertificateError = Error & { code: string; certificate: CertificateInfo };

/** True when `err` is a refusal made by {@link judgeCertificate}. */
export function isCertificateError(err: unknown): err is CertificateError {
  return err instanceof Error && 'certificate' in err && typeof err.certificate === 'object';
}

const names = (entries: object | undefined) =>
  Object.entries(entries ?? {})
    .map(([key, value]) => `${key}=${Array.isArray(value) ? value.join('+') : String(value)}`)
    .join(', ');

/** The parts of a peer certificate a person can check, with the fingerprint `trustFingerprint` takes. */
export function describeCertificate(cert: PeerCertificate): CertificateInfo {
  return {
    fingerprint256: cert.fingerprint256,
    subject: names(cert.subject),
    issuer: names(cert.issuer),
    validTo: cert.valid_to,
  };
}

function refusal(code: string, message: string, certificate: CertificateInfo): CertificateError {
  return Object.assign(new Error(message), { code, certificate });
}

/**
 * Decides whether to talk to a server whose TLS handshake just finished, before a single byte of
 * IRC (let alone a password) is written. Without a pin, the certificate must have passed Node's
 * own verification (the system's CAs and the host-name check): its `authorizationError` is kept
 * as the refusal's code (`DEPTH_ZERO_SELF_SIGNED_CERT`, `ERR_TLS_CERT_ALTNAME_INVALID`, …). With
 * a pin (`AB:CD:…`, SHA-256 of the certificate, chosen by the user), exactly that certificate is
 * accepted and any other refused, whatever its chain. Returns null to accept.
 */
export function judgeCertificate(
  socket: TLSSocket,
  pin: string | undefined,
): CertificateError | null {
  const cert = socket.getPeerCertificate();
  if (!cert || !cert.fingerprint256) {
    const none = { fingerprint256: '', subject: '', issuer: '', validTo: '' };
    return refusal('CERT_MISSING', 'the server sent no certificate', none);
  }
  const info = describeCertificate(cert);
  if (pin !== undefined) {
    if (info.fingerprint256.toUpperCase() === pin.toUpperCase()) return null;
    return refusal(
      'CERT_PIN_MISMATCH',
      'it is not the certificate you chose to trust (its fingerprint differs)',
      info,
    );
  }
  if (socket.authorized) return null;
  const reason = socket.authorizationError;
  const code = typeof reason === 'string' ? reason : (reason?.name ?? 'CERT_UNTRUSTED');
  return refusal(code, describeReason(code), info);
}

// Node's own messages for these codes are terse ("self-signed certificate"); these say what it means.
const REASONS: Record<string, string> = {
  DEPTH_ZERO_SELF_SIGNED_CERT: 'self-signed certificate',
  SELF_SIGNED_CERT_IN_CHAIN: 'self-signed certificate in the chain',
  CERT_HAS_EXPIRED: 'certificate has expired',
  CERT_NOT_YET_VALID: 'certificate is not yet valid',
  UNABLE_TO_GET_ISSUER_CERT_LOCALLY: 'issued by an authority this computer does not know',
  UNABLE_TO_VERIFY_LEAF_SIGNATURE: 'issued by an authority this computer does not know',
  ERR_TLS_CERT_ALTNAME_INVALID: 'it was issued for another host name',
};

function describeReason(code: string): string {
  return REASONS[code] ?? code.toLowerCase().replace(/_/g, ' ');
}
