import type { Download } from '../minutes/downloads';

/** What saving came to: a refusal, or where the files went. */
export function SaveMessages({ message, error }: { message: string | null; error: string | null }) {
  return (
    <div className="export-save-messages">
      {error && (
        <p className="dialog-error" role="alert">
          {error}
        </p>
      )}
      <p role="status" className="export-status">
        {message}
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
