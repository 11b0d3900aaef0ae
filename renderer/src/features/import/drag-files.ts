/** Whether a drag carries files (not text or a link being dragged within the window). */
export function carriesFiles(event: DragEvent): boolean {
  return Array.from(event.dataTransfer?.types ?? []).includes('Files');
}

/** What to do with the files of a drop: the one to import, and a word when some were left out. */
export function pickDropped(
  files: ArrayLike<File>,
  otherDialogOpen: boolean,
): { file: File | null; note: string | null } {
  const first = files[0] ?? null;
  if (!first) return { file: null, note: null };
  if (otherDialogOpen)
    return { file: null, note: 'Close the open dialog first, then drop the log again.' };
  const note =
    files.length > 1 ? `Only one log is imported at a time: importing ${first.name}.` : null;
  return { file: first, note };
}
