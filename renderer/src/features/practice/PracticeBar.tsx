/** Placeholder until the practice bar is built. */
export function PracticeBar() {
  return null;
}
