import type { CertificateInfo } from '../../../../shared/ipc/schemas';

/**
 * The certificate a server showed that does not verify: who it names, who issued it, until
 * when, and its SHA-256 fingerprint, for the chair to compare with what the network publishes
 * before trusting it.
 */
export function CertificateDetails({ certificate }: { certificate: CertificateInfo }) {
  return (
    <dl className="certificate">
      <dt>Issued to</dt>
      <dd>
        <bdi>{certificate.subject}</bdi>
      </dd>
      <dt>Issued by</dt>
      <dd>
        <bdi>{certificate.issuer}</bdi>
      </dd>
      <dt>Valid until</dt>
      <dd>{certificate.validTo}</dd>
      <dt>SHA-256</dt>
      <dd className="fingerprint">{certificate.fingerprint256}</dd>
    </dl>
  );
}
