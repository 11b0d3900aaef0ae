/** Placeholder until the dialog is built. */
export function ImportDialog(_props: { onClose(): void; [key: string]: unknown }) {
  return null;
}
