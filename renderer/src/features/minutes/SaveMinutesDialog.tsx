import { useEffect, useState } from 'react';
import type { MinutesFormat } from '../../../../shared/formats/minutes-formats';
import { useActions, useAppState } from '../../app/AppContext';
import { Dialog } from '../../components/Dialog';
import { makeDownloads, type Download } from './downloads';

const FORMATS: { format: MinutesFormat; label: string }[] = [
  { format: 'txt', label: 'Minutes, text (MeetBot .txt)' },
  { format: 'html', label: 'Minutes, web page (MeetBot .html)' },
  { format: 'log.txt', label: 'Full log, text (.log.txt)' },
  { format: 'log.html', label: 'Full log, web page (.log.html)' },
  { format: 'md', label: 'Markdown page' },
  { format: 'mediawiki', label: 'MediaWiki page' },
  { format: 'moin', label: 'MoinMoin page' },
  { format: 'json', label: 'JSON (gavel.minutes/1)' },
];
const USUAL: MinutesFormat[] = ['txt', 'html', 'log.txt', 'log.html', 'json'];

/**
 * Saves the meeting's minutes in the formats ticked: into a folder the chair picks in the app,
 * or, in a browser window, as files to download one by one.
 */
export function SaveMinutesDialog({ onClose }: { onClose(): void }) {
  const actions = useActions();
  const live = useAppState((s) => s.meeting?.status === 'live');
  const [formats, setFormats] = useState<MinutesFormat[]>(USUAL);
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const [downloads, setDownloads] = useState<Download[]>([]);

  useEffect(() => () => downloads.forEach((d) => URL.revokeObjectURL(d.url)), [downloads]);

  const toggle = (format: MinutesFormat, on: boolean) =>
    setFormats((old) => (on ? [...old, format] : old.filter((f) => f !== format)));
  const save = async () => {
    if (formats.length === 0) return setError('Tick at least one format.');
    const result = await actions.saveMinutes(
      FORMATS.map((f) => f.format).filter((f) => formats.includes(f)),
    );
    if (!result.ok) return setError(result.error.message);
    setError(null);
    if ('saved' in result.value) {
      const { folder, written } = result.value.saved;
      setSaved(`Saved ${written.length} ${written.length === 1 ? 'file' : 'files'} in ${folder}.`);
    } else setDownloads(makeDownloads(result.value.files));
  };

  return (
    <Dialog
      title="Save the minutes"
      description={live ? 'The meeting is still going: these are the minutes so far.' : undefined}
      onClose={onClose}
    >
      <form
        className="dialog-form"
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
      >
        <fieldset className="choice-group">
          <legend>Formats</legend>
          {FORMATS.map(({ format, label }) => (
            <label key={format}>
              <input
                type="checkbox"
                checked={formats.includes(format)}
                onChange={(e) => toggle(format, e.target.checked)}
              />{' '}
              {label}
            </label>
          ))}
        </fieldset>
        {error && (
          <p className="dialog-error" role="alert">
            {error}
          </p>
        )}
        {saved && <p role="status">{saved}</p>}
        {downloads.length > 0 && (
          <div role="status">
            <p>Ready to download:</p>
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
        )}
        <div className="dialog-buttons">
          <button type="button" onClick={onClose}>
            Close
          </button>
          <button type="submit" className="primary" data-autofocus>
            Save
          </button>
        </div>
      </form>
    </Dialog>
  );
}
