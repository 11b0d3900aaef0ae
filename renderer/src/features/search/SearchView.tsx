import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useActions, useStoreApi } from '../../app/AppContext';
import { IndexProgress } from './IndexProgress';
import { planQuery, type SearchForm } from './search-form';
import { rememberForm, rememberedForm } from './search-memory';
import { SearchBar } from './SearchBar';
import { SearchResults } from './SearchResults';
import { useChannels } from './use-channels';
import { useDebouncedSearch } from './use-debounced-search';
import { useSearch } from './use-search';
import { useSearchProgress } from './use-search-progress';

/**
 * Search across every meeting Gavel keeps: words and filters, the index's progress while it
 * is first built, and the hits, each opening its meeting at the line. Searches run as the chair
 * types (after a short pause) or at once on Enter; only the latest search's answer shows. The
 * form is kept while the chair visits another view.
 */
export function SearchView() {
  const { afterMeeting } = useActions();
  const windowKey = useStoreApi();
  const [form, setForm] = useState<SearchForm>(() => rememberedForm(windowKey));
  const plan = useMemo(() => planQuery(form), [form]);
  const channels = useChannels(afterMeeting);
  const progress = useSearchProgress(afterMeeting);
  const { state, run } = useSearch(afterMeeting);
  const submit = useDebouncedSearch(plan, run);
  const input = useRef<HTMLInputElement>(null);

  useEffect(() => input.current?.focus(), []);
  useEffect(() => rememberForm(windowKey, form), [windowKey, form]);

  const change = useCallback(
    (patch: Partial<SearchForm>) => setForm((prev) => ({ ...prev, ...patch })),
    [],
  );

  return (
    <section className="view search-view" aria-labelledby="search-heading">
      <h2 id="search-heading">Search all meetings</h2>
      <SearchBar
        inputRef={input}
        form={form}
        errors={plan.kind === 'invalid' ? plan.errors : {}}
        channels={channels}
        onChange={change}
        onSubmit={submit}
      />
      {progress && <IndexProgress progress={progress} />}
      <SearchResults plan={plan} state={state} />
    </section>
  );
}
