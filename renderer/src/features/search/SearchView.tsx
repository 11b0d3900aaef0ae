/** Placeholder until the view is built. */
export function SearchView() {
  return <section className="view-placeholder" aria-label="SearchView" />;
}
