import { useAppState } from '../../app/AppContext';
import { describeStatus } from './status-text';

/** The connection's state in words, always visible and announced politely when it changes. */
export function ConnectionStatus() {
  const status = useAppState((state) => state.status);
  const link = useAppState((state) => state.link);
  const { headline, detail } = describeStatus(status, link);
  const state =
    link.state === 'open' || link.state === 'connecting'
      ? (status?.state ?? 'unknown')
      : `link-${link.state}`;
  return (
    <div
      className="connection-status"
      data-testid="connection-status"
      data-state={state}
      aria-live="polite"
    >
      <span className={`status-dot status-${state}`} aria-hidden="true" />
      <span className="status-headline">{headline}</span>
      {detail && <span className="status-detail"> {detail}</span>}
    </div>
  );
}
