/** Placeholder until the dialog is built. */
export function PracticeDialog(_props: { onClose(): void; [key: string]: unknown }) {
  return null;
}
