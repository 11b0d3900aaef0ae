/** Placeholder until the view is built. */
export function ScheduleView() {
  return <section className="view-placeholder" aria-label="ScheduleView" />;
}
