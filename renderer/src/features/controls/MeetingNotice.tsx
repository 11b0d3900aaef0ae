import { useAppState } from '../../app/AppContext';

/**
 * The last thing the chair should know about a meeting action: a failure (an alert) or a hint
 * (a polite status). It stays until dismissed or replaced.
 */
export function MeetingNotice() {
  const notice = useAppState((s) => s.notice);
  const setNotice = useAppState((s) => s.setNotice);
  if (!notice) return null;
  return (
    <div
      className={`notice notice-${notice.tone}`}
      role={notice.tone === 'error' ? 'alert' : 'status'}
      data-testid="meeting-notice"
    >
      <p>{notice.message}</p>
      <button type="button" onClick={() => setNotice(null)}>
        Dismiss
      </button>
    </div>
  );
}
