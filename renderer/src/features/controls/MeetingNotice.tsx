import { useEffect } from 'react';
import { useAppState } from '../../app/AppContext';
import { noticeStale } from '../../state/notice';

/**
 * The last thing the chair should know about a meeting action: a failure (an alert) or a hint
 * (a polite status). It stays until dismissed or replaced, or until it no longer holds (Gavel is
 * back in the channel it was not in; the practice it was about has stopped).
 */
export function MeetingNotice() {
  const notice = useAppState((s) => s.notice);
  const stale = useAppState((s) => s.notice !== null && noticeStale(s.notice, s));
  const setNotice = useAppState((s) => s.setNotice);
  useEffect(() => {
    if (stale) setNotice(null);
  }, [stale, setNotice]);
  if (!notice || stale) return null;
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
