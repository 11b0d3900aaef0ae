import { stat } from 'node:fs/promises';
import { shell } from 'electron';

/**
 * Opens `folder` in the system's file manager; resolves to '' once asked, else to why not. Only
 * a folder: a file given here would be opened with its program, so it is refused.
 */
export async function showFolder(folder: string): Promise<string> {
  try {
    if (!(await stat(folder)).isDirectory()) return `${folder} is not a folder.`;
  } catch {
    return `${folder} is no longer there.`;
  }
  return shell.openPath(folder);
}
