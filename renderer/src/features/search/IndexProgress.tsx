import type { IndexProgress as Progress } from './use-search-progress';

/** "Building the search index… 25 of 120 meetings", with a progress bar. */
export function IndexProgress({ progress }: { progress: Progress }) {
  const { done, total } = progress;
  return (
    <div className="search-progress">
      <progress aria-label="Building the search index" max={total} value={done} />
      <span>
        Building the search index… {done.toLocaleString('en-US')} of {total.toLocaleString('en-US')}{' '}
        meetings
      </span>
    </div>
  );
}
