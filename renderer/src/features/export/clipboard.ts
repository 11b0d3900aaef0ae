/** Copies `text` to the clipboard; resolves to what to tell the chair. */
export async function copyToClipboard(text: string): Promise<{ ok: boolean; message: string }> {
  if (!navigator.clipboard?.writeText) {
    return { ok: false, message: 'This window cannot reach the clipboard.' };
  }
  try {
    await navigator.clipboard.writeText(text);
    return { ok: true, message: 'Copied.' };
  } catch (err) {
    return { ok: false, message: `Could not copy: ${(err as Error).message}` };
  }
}
