import { EmptyState } from '../../components/EmptyState';
import type { QueryPlan } from './search-form';
import { summaryText, type SearchAnswer } from './result-text';
import { SearchHitItem } from './SearchHitItem';
import type { SearchState } from './use-search';

function NoMatches({ answer }: { answer: SearchAnswer }) {
  return answer.meetings === 0 ? (
    <EmptyState title="No meetings to search yet">
      Meetings you hold or import are searched here once they are in the history.
    </EmptyState>
  ) : (
    <EmptyState title="No matches">
      Try fewer or shorter words, check the spelling, or widen the filters (channel, nick, type,
      dates).
    </EmptyState>
  );
}

/**
 * What the search found: how many lines matched, then each hit; or what to type, that nothing
 * matched, or why the search failed.
 */
export function SearchResults({ plan, state }: { plan: QueryPlan; state: SearchState }) {
  if (plan.kind === 'empty')
    return (
      <EmptyState title="Search every meeting">
        Type words to find (every word must be on the line; put “quotes” around a phrase), or pick a
        channel, nick, type or dates to list those lines.
      </EmptyState>
    );
  const { answer, pending, error } = state;
  return (
    <div className="search-results">
      <p role="status" className="search-summary">
        {pending ? 'Searching…' : answer ? summaryText(answer) : ''}
      </p>
      {error !== null && (
        <p role="alert" className="search-error">
          {error}
        </p>
      )}
      {answer && answer.hits.length === 0 && !pending && <NoMatches answer={answer} />}
      {answer && answer.hits.length > 0 && (
        <ul className="search-hits" aria-label="Search results" aria-busy={pending || undefined}>
          {answer.hits.map((hit) => (
            <SearchHitItem key={`${hit.meetingId}:${hit.seq}`} hit={hit} />
          ))}
        </ul>
      )}
    </div>
  );
}
