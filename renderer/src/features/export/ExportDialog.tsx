/** Placeholder until the dialog is built. */
export function ExportDialog(_props: { onClose(): void; [key: string]: unknown }) {
  return null;
}
