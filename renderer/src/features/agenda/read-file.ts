import { AGENDA_FILE_MAX_BYTES, AGENDA_TEXT_MAX_CHARS } from '../../../../shared/ipc/limits';

// A meeting page or outline is a few kilobytes; refuse anything that cannot be one before reading it.
const TOO_LARGE = `That file is too large for an agenda (over ${AGENDA_FILE_MAX_BYTES / 1024} KiB).`;

function readAsText(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(typeof reader.result === 'string' ? reader.result : '');
    reader.onerror = () => reject(reader.error ?? new Error('unreadable'));
    reader.readAsText(file);
  });
}

/** A picked file's text (read as UTF-8), or a sentence saying why it cannot be used. */
export async function readTextFile(file: Blob): Promise<{ text: string } | { error: string }> {
  if (file.size > AGENDA_FILE_MAX_BYTES) return { error: TOO_LARGE };
  try {
    const text = await readAsText(file);
    // A NUL character means a binary file (a PDF, an image), not an outline.
    if (text.includes('\u0000'))
      return { error: 'That file is not text. Pick a Markdown or text file.' };
    if (text.length > AGENDA_TEXT_MAX_CHARS) return { error: TOO_LARGE };
    return { text };
  } catch {
    return { error: 'That file could not be read.' };
  }
}
