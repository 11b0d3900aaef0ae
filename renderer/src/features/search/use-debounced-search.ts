import { useCallback, useEffect, useRef } from 'react';
import type { SearchQuery } from '../../../../shared/search/types';
import type { QueryPlan } from './search-form';

/** How long typing must pause before the search runs. */
export const DEBOUNCE_MS = 250;

/**
 * Searches for `plan` once it has stayed the same for DEBOUNCE_MS (pass a plan that changes only
 * when the form does); a form with nothing to search, or with a mistake, cancels any search at
 * once. The returned `submit` searches for `plan` right away (Enter, the Search button).
 */
export function useDebouncedSearch(
  plan: QueryPlan,
  run: (query: SearchQuery | null) => void,
): () => void {
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);

  useEffect(() => {
    if (plan.kind !== 'query') {
      run(null);
      return undefined;
    }
    const id = setTimeout(() => {
      timer.current = null;
      run(plan.query);
    }, DEBOUNCE_MS);
    timer.current = id;
    return () => clearTimeout(id);
  }, [plan, run]);

  return useCallback(() => {
    if (timer.current !== null) clearTimeout(timer.current);
    timer.current = null;
    run(plan.kind === 'query' ? plan.query : null);
  }, [plan, run]);
}
