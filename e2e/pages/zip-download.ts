import { readFile } from 'node:fs/promises';
import type { Download } from '@playwright/test';
import { strFromU8, unzipSync } from 'fflate';

/** The files of a downloaded `.zip`, as texts by file name (folders dropped). */
export async function zipTexts(download: Download): Promise<Map<string, string>> {
  const zip = unzipSync(new Uint8Array(await readFile(await download.path())));
  return new Map(
    Object.entries(zip).map(([path, bytes]) => [
      path.slice(path.lastIndexOf('/') + 1),
      strFromU8(bytes),
    ]),
  );
}
