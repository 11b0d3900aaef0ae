import { useEffect, useState } from 'react';
import { makeDownloads, type Download } from '../minutes/downloads';

/** A file to offer for download: its name (folders are dropped), type and text. */
export interface DownloadFile {
  path: string;
  format: string;
  mime: string;
  text: string;
}

/**
 * Download links for files, each a `blob:` URL revoked when the files are replaced or the
 * component goes away.
 */
export function useDownloads(): [Download[], (files: readonly DownloadFile[]) => void] {
  const [downloads, setDownloads] = useState<Download[]>([]);
  useEffect(() => () => downloads.forEach((d) => URL.revokeObjectURL(d.url)), [downloads]);
  return [downloads, (files) => setDownloads(makeDownloads(files))];
}
