import { strToU8, zipSync } from 'fflate';
import { baseName } from '../minutes/downloads';
import type { DownloadFile } from './use-downloads';

/** One archive holding `files` at their paths (folders kept), each as UTF-8 text. */
export function zipFiles(files: readonly DownloadFile[]): Uint8Array<ArrayBuffer> {
  return zipSync(Object.fromEntries(files.map((f) => [f.path, strToU8(f.text)])));
}

/**
 * The archive's name: the first file's name without its extension, e.g.
 * `sip-router.2012-01-31-15.00.zip` for `sip-router/2012/sip-router.2012-01-31-15.00.txt`.
 */
export function zipName(files: readonly DownloadFile[]): string {
  const stem = baseName(files[0]?.path ?? '').replace(/\.(?:log\.)?[a-z0-9]+$/i, '');
  return `${stem || 'minutes'}.zip`;
}

/** Asks the browser to download `url` as `name`, as a click on a download link would. */
export function startDownload(url: string, name: string): void {
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.rel = 'noopener';
  link.click();
}
