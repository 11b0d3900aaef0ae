import { fail, ok, type Result } from '../../../shared/ipc/result';
import { writeFilesAtomically } from '../export/write-files';
import type { RenderedFile } from './render-export';

/** Asks the user for a folder (a native dialog); null when they cancel. */
export type ChooseFolder = (title: string) => Promise<string | null>;

/**
 * Writes rendered minutes into a folder the user picks, each file atomically. Without a way to
 * pick one (browser mode) it fails with `use-download`, so the window downloads the files.
 */
export async function saveExport(
  files: readonly RenderedFile[],
  chooseFolder: ChooseFolder | undefined,
): Promise<Result<{ folder: string; written: string[] }>> {
  if (!chooseFolder) {
    return fail(
      'use-download',
      'This window saves files by downloading them: download the minutes instead.',
    );
  }
  let folder: string | null;
  try {
    folder = await chooseFolder('Save the minutes in…');
  } catch (err) {
    return fail('no-dialog', `The folder dialog could not be opened: ${(err as Error).message}`);
  }
  if (folder === null) return fail('cancelled', 'No folder was chosen, so nothing was saved.');
  try {
    const written = writeFilesAtomically(folder, new Map(files.map((f) => [f.path, f.text])));
    return ok({ folder, written });
  } catch (err) {
    return fail(
      'write-failed',
      `The minutes could not be saved in ${folder}: ${(err as Error).message}`,
    );
  }
}
