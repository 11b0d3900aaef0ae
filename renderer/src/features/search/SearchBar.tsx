import type { FormEvent, Ref } from 'react';
import { SearchFilters, type FiltersProps } from './SearchFilters';

/**
 * The search form: the words to find with a Search button, then the filters. Enter or the
 * button searches at once; typing searches after a short pause (the view's job).
 */
export function SearchBar({
  inputRef,
  onSubmit,
  ...filters
}: FiltersProps & { inputRef: Ref<HTMLInputElement>; onSubmit(): void }) {
  const { form, errors, onChange } = filters;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit();
  };
  return (
    <form role="search" className="search-form" onSubmit={submit} noValidate>
      <div className="search-main">
        <label htmlFor="search-text" className="visually-hidden">
          Search all meetings
        </label>
        <input
          id="search-text"
          ref={inputRef}
          type="search"
          value={form.text}
          placeholder="Words to find, or a “quoted phrase”"
          autoComplete="off"
          spellCheck={false}
          onChange={(e) => onChange({ text: e.target.value })}
          aria-invalid={errors.text ? true : undefined}
          aria-describedby={errors.text ? 'search-text-error' : undefined}
        />
        <button type="submit" className="primary">
          Search
        </button>
      </div>
      {errors.text && (
        <p id="search-text-error" className="field-error" role="alert">
          {errors.text}
        </p>
      )}
      <SearchFilters {...filters} />
    </form>
  );
}
