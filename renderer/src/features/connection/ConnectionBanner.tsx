import { useActions, useAppState } from '../../app/AppContext';
import { currentProblem } from '../../state/problem';
import { CertificateDetails } from './CertificateDetails';

/**
 * The current problem, if any, as an alert with what can be done about it: "Retry" always,
 * and "Edit connection" when the problem lies in the connection's details.
 */
export function ConnectionBanner() {
  const actions = useActions();
  // Two plain values, so the banner re-renders only when the problem really changes.
  const kind = useAppState((state) => currentProblem(state)?.kind);
  const message = useAppState((state) => currentProblem(state)?.message);
  const certificate = useAppState((state) =>
    state.status?.error?.code === 'tls-untrusted' ? (state.status.certificate ?? null) : null,
  );
  if (!kind) return null;
  const editable = kind === 'request' || kind === 'connection';
  return (
    <div className={`banner banner-${kind}`} role="alert" data-testid="connection-problem">
      <p className="banner-message">{message}</p>
      {kind === 'connection' && certificate && <CertificateDetails certificate={certificate} />}
      <div className="banner-actions">
        {kind === 'connection' && certificate && (
          <button type="button" onClick={actions.trustCertificate}>
            Trust this certificate and connect
          </button>
        )}
        <button type="button" onClick={actions.retry}>
          Retry
        </button>
        {editable && (
          <button type="button" onClick={actions.editConnection}>
            Edit connection
          </button>
        )}
      </div>
    </div>
  );
}
