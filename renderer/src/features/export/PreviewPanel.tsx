import { useState } from 'react';
import type { MinutesFormat } from '../../../../shared/formats/minutes-formats';
import { copyToClipboard } from './clipboard';
import { FORMAT_LABELS, orderedFormats, previewKind } from './export-model';
import { PreviewBody } from './PreviewBody';
import type { RenderState } from './use-export-render';

/**
 * The preview of one format, picked from the ticked ones (null: none is ticked), as the core
 * renders it with the dialog's current choices; "Copy to clipboard" copies that file's text.
 */
export function PreviewPanel({
  format,
  formats,
  onFormat,
  render,
}: {
  format: MinutesFormat | null;
  formats: readonly MinutesFormat[];
  onFormat(format: MinutesFormat): void;
  render: RenderState;
}) {
  const [copied, setCopied] = useState<{ ok: boolean; message: string } | null>(null);
  const file = render.files?.find((f) => f.format === format) ?? null;

  const copy = async () => {
    if (!file) return setCopied({ ok: false, message: 'There is nothing to copy yet.' });
    setCopied(await copyToClipboard(file.text));
  };

  return (
    <div className="export-preview">
      <div className="export-preview-bar">
        <div className="field">
          <label htmlFor="export-preview-format">Preview format</label>
          <select
            id="export-preview-format"
            value={format ?? ''}
            disabled={format === null}
            onChange={(e) => {
              setCopied(null);
              onFormat(e.target.value as MinutesFormat);
            }}
          >
            {format === null && <option value="">No format ticked</option>}
            {orderedFormats(formats).map((f) => (
              <option key={f} value={f}>
                {FORMAT_LABELS[f]}
              </option>
            ))}
          </select>
        </div>
        <button type="button" onClick={() => void copy()}>
          Copy to clipboard
        </button>
        <p role="status" className="export-status">
          {copied?.ok ? copied.message : ''}
        </p>
        {copied && !copied.ok && (
          <p role="alert" className="dialog-error">
            {copied.message}
          </p>
        )}
      </div>
      <div
        className="export-preview-body"
        role="region"
        aria-label="Preview"
        aria-busy={render.busy || undefined}
        tabIndex={0}
      >
        {format === null ? (
          <p className="export-preview-empty">
            No format is chosen: tick one under Formats to preview it.
          </p>
        ) : file ? (
          <PreviewBody key={format} kind={previewKind(format)} text={file.text} />
        ) : (
          <p className="export-preview-empty">
            {render.busy ? 'Rendering…' : 'Nothing to preview.'}
          </p>
        )}
      </div>
    </div>
  );
}
