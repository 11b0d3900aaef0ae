import type { Download } from '../minutes/downloads';

/**
 * What saving came to: a refusal, or where the files went, with a button that opens the folder
 * when they were saved in one (never in a browser window, which downloads them instead).
 */
export function SaveMessages({
  message,
  error,
  onShowFolder,
}: {
  message: string | null;
  error: string | null;
  onShowFolder?: () => void;
}) {
  return (
    <div className="export-save-messages">
      {error && (
        <p className="dialog-error" role="alert">
          {error}
        </p>
      )}
      <p role="status" className="export-status">
        {message}
        {message && onShowFolder && (
          <>
            {' — '}
            <button type="button" className="link-button" onClick={onShowFolder}>
              Show in folder
            </button>
          </>
        )}
      </p>
    </div>
  );
}

/** What a browser window downloaded, as a link to download it again. */
export function DownloadList({ downloads }: { downloads: readonly Download[] }) {
  if (downloads.length === 0) return null;
  return (
    <div className="export-downloads">
      <p>Not in your downloads? Download again:</p>
      <ul className="download-list" aria-label="Minutes files">
        {downloads.map((d) => (
          <li key={d.url}>
            <a href={d.url} download={d.name}>
              {d.name}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
