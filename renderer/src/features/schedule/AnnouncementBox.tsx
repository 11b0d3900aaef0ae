import { useState } from 'react';

/** The announcement text, read-only, and a button copying it for a mailing list or a channel. */
export function AnnouncementBox({ text }: { text: string }) {
  const [copied, setCopied] = useState<{ ok: boolean } | null>(null);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setCopied({ ok: true });
    } catch {
      setCopied({ ok: false });
    }
  };
  return (
    <div className="announcement">
      <label htmlFor="schedule-announcement">Announcement</label>
      <textarea
        id="schedule-announcement"
        readOnly
        value={text}
        rows={Math.min(Math.max(text.split('\n').length, 4), 24)}
        spellCheck={false}
      />
      <div className="announcement-buttons">
        <button type="button" onClick={() => void copy()}>
          Copy announcement
        </button>
        {copied?.ok && <span role="status">Copied.</span>}
        {copied?.ok === false && (
          <span role="alert">Could not copy: select the text and copy it yourself.</span>
        )}
      </div>
    </div>
  );
}
