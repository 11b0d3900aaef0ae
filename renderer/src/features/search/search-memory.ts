import { EMPTY_FORM, type SearchForm } from './search-form';

// One form per window (keyed by its store), so a search survives a trip to the history view.
const forms = new WeakMap<object, SearchForm>();

/** The search form as the window last left it, or an empty one. */
export function rememberedForm(windowKey: object): SearchForm {
  return forms.get(windowKey) ?? EMPTY_FORM;
}

/** Keeps the form for when the search view opens again in this window. */
export function rememberForm(windowKey: object, form: SearchForm): void {
  forms.set(windowKey, form);
}
