/** Placeholder until the view is built. */
export function HistoryView() {
  return <section className="view-placeholder" aria-label="HistoryView" />;
}
