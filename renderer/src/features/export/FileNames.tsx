import type { MinutesFormat } from '../../../../shared/formats/minutes-formats';
import type { RenderState } from './use-export-render';

/**
 * The files the ticked formats make, by the paths the core gave them (folders and names from
 * the pattern), or why the core refused to name them.
 */
export function FileNames({
  formats,
  render,
}: {
  formats: readonly MinutesFormat[];
  render: RenderState;
}) {
  if (render.error) {
    return (
      <p className="dialog-error" role="alert">
        {render.error.message}
      </p>
    );
  }
  const files = (render.files ?? []).filter((f) => formats.includes(f.format as MinutesFormat));
  if (files.length === 0) return null;
  return (
    <ul className="export-file-names" aria-label="File names" aria-busy={render.busy || undefined}>
      {files.map((file) => (
        <li key={file.format}>
          <code>{file.path}</code>
        </li>
      ))}
    </ul>
  );
}
