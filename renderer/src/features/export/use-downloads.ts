import { useEffect, useRef, useState } from 'react';
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
 * component goes away. Files that arrive after it has gone (a slow render) get no URL at all.
 */
export function useDownloads(): [Download[], (files: readonly DownloadFile[]) => void] {
  const [downloads, setDownloads] = useState<Download[]>([]);
  const mounted = useRef(true);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);
  useEffect(() => () => downloads.forEach((d) => URL.revokeObjectURL(d.url)), [downloads]);
  return [
    downloads,
    (files) => {
      if (mounted.current) setDownloads(makeDownloads(files));
    },
  ];
}
