import { useState } from 'react';
import { useActions } from '../../app/AppContext';
import type { Download } from '../minutes/downloads';
import {
  downloadedMessage,
  exportRequest,
  saveProblem,
  savedMessage,
  type ExportSettings,
} from './export-model';
import { useDownloads } from './use-downloads';

/** Where saving stands: what to tell the chair, and the files to download in a browser window. */
export interface SaveExport {
  save(settings: ExportSettings): Promise<void>;
  busy: boolean;
  message: string | null;
  error: string | null;
  downloads: Download[];
  /** The folder the files were just saved in (Electron), else null. */
  folder: string | null;
  /** Opens {@link folder} in the file manager; says why on the error line when it cannot. */
  showFolder(): Promise<void>;
}

/**
 * Saves the minutes of `meetingId` with `export:save`: into a folder the chair picks ("Saved N
 * files to …", and the folder can then be shown in the file manager), nothing said when they cancel the folder dialog, and where the window cannot
 * pick a folder (`use-download`) the files rendered and downloaded at once as one `.zip`, the
 * message naming the archive and what is in it.
 */
export function useSaveExport(meetingId: string): SaveExport {
  const afterMeeting = useActions().afterMeeting;
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [downloads, setDownloads, downloadZip] = useDownloads();
  const [folder, setFolder] = useState<string | null>(null);

  const run = async (settings: ExportSettings): Promise<[string | null, string | null]> => {
    const problem = saveProblem(settings);
    if (problem) return [null, problem];
    const request = exportRequest(meetingId, settings);
    const saved = await afterMeeting.invoke('export:save', request);
    if (saved.ok) {
      setFolder(saved.value.folder);
      return [savedMessage(saved.value.written.length, saved.value.folder), null];
    }
    if (saved.error.code === 'cancelled') return [null, null];
    if (saved.error.code !== 'use-download') return [null, saved.error.message];
    const rendered = await afterMeeting.invoke('export:render', request);
    if (!rendered.ok) return [null, rendered.error.message];
    const zip = downloadZip(rendered.value.files);
    return [zip ? downloadedMessage(rendered.value.files, zip.name) : null, null];
  };

  const save = async (settings: ExportSettings) => {
    if (busy) return;
    setBusy(true);
    setDownloads([]);
    setFolder(null);
    const [said, failed] = await run(settings);
    setBusy(false);
    setMessage(said);
    setError(failed);
  };

  const showFolder = async () => {
    if (folder === null) return;
    const shown = await afterMeeting.invoke('export:showFolder', { folder });
    setError(shown.ok ? null : shown.error.message);
  };

  return { save, busy, message, error, downloads, folder, showFolder };
}
