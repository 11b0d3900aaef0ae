/** Placeholder until the drop zone is built. */
export function ImportDropZone() {
  return null;
}
