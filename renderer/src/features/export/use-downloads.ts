import { useEffect, useRef, useState } from 'react';
import { makeDownloads, type Download } from '../minutes/downloads';
import { startDownload, zipFiles, zipName } from './zip-files';

/** A file to offer for download: its name (folders are dropped), type and text. */
export interface DownloadFile {
  path: string;
  format: string;
  mime: string;
  text: string;
}

/**
 * Download links for files, each a `blob:` URL revoked when the files are replaced or the
 * component goes away, or (the third) one `.zip` of them all, downloaded at once. Files that
 * arrive after it has gone (a slow render) get no URL at all.
 */
export function useDownloads(): [
  Download[],
  (files: readonly DownloadFile[]) => void,
  (files: readonly DownloadFile[]) => Download | null,
] {
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
    // Every file in one archive, downloaded at once; its link stays for another try.
    (files) => {
      if (!mounted.current || files.length === 0) return null;
      const blob = new Blob([zipFiles(files)], { type: 'application/zip' });
      const zip = { name: zipName(files), format: 'zip', url: URL.createObjectURL(blob) };
      setDownloads([zip]);
      startDownload(zip.url, zip.name);
      return zip;
    },
  ];
}
