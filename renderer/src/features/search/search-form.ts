import { parseQuery } from '../../../../shared/search/query';
import type { SearchQuery } from '../../../../shared/search/types';

/** The item types the Type filter offers; '' is "Any". */
export type TypeChoice = '' | 'decision' | 'action' | 'link';

/** The Type filter's options, in order, with what the select shows. */
export const TYPE_CHOICES: readonly { value: TypeChoice; label: string }[] = [
  { value: '', label: 'Any' },
  { value: 'decision', label: 'Decision' },
  { value: 'action', label: 'Action' },
  { value: 'link', label: 'Link' },
];

/** What the search form holds, as typed: dates are `YYYY-MM-DD` (a date input's value) or ''. */
export interface SearchForm {
  text: string;
  /** '' for any channel. */
  channel: string;
  nick: string;
  type: TypeChoice;
  from: string;
  to: string;
}

/** The form before anything is typed. */
export const EMPTY_FORM: SearchForm = {
  text: '',
  channel: '',
  nick: '',
  type: '',
  from: '',
  to: '',
};

/** Most hits asked for at once; the summary says when there are more. */
export const RESULT_LIMIT = 200;
/** Lines shown before and after each hit. */
export const CONTEXT_LINES = 2;

const MAX_TEXT = 1000;
const MAX_NICK = 200;

/** Messages for the parts of the form that are wrong; `dates` is about From and To together. */
export type FormErrors = Partial<Record<'text' | 'nick' | 'from' | 'to' | 'dates', string>>;

/** What the form asks for: nothing yet, a fix first, or a query to send. */
export type QueryPlan =
  | { kind: 'empty' }
  | { kind: 'invalid'; errors: FormErrors }
  | { kind: 'query'; query: SearchQuery };

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

function localDay(date: string, offsetDays: number): number | null {
  const m = DATE_RE.exec(date);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const day = new Date(y, mo - 1, d);
  if (day.getFullYear() !== y || day.getMonth() !== mo - 1 || day.getDate() !== d) return null;
  return new Date(y, mo - 1, d + offsetDays).getTime();
}

/** Local midnight at the start of `YYYY-MM-DD`, or null when it is not a real date. */
export function dayStart(date: string): number | null {
  return localDay(date, 0);
}

/** The last millisecond of `YYYY-MM-DD` in local time, or null when it is not a real date. */
export function dayEnd(date: string): number | null {
  const next = localDay(date, 1);
  return next === null ? null : next - 1;
}

function hasFilter(form: SearchForm): boolean {
  return (
    form.channel !== '' || form.nick.trim() !== '' || form.type !== '' || !!form.from || !!form.to
  );
}

function check(form: SearchForm, from: number | null, to: number | null): FormErrors {
  const errors: FormErrors = {};
  if (form.text.length > MAX_TEXT) errors.text = `Search for at most ${MAX_TEXT} characters.`;
  if (form.nick.length > MAX_NICK) errors.nick = `A nick is at most ${MAX_NICK} characters.`;
  if (form.from && from === null) errors.from = 'Enter the From date as YYYY-MM-DD.';
  if (form.to && to === null) errors.to = 'Enter the To date as YYYY-MM-DD.';
  if (from !== null && to !== null && from > to)
    errors.dates = 'The From date must be on or before the To date.';
  return errors;
}

/**
 * The query the form stands for. Words are sent as typed (a trailing space ends the last word,
 * so it is not matched as a prefix); the date range covers whole local days, To included. With
 * no words to match and no filter there is nothing to search.
 */
export function planQuery(form: SearchForm): QueryPlan {
  const from = form.from ? dayStart(form.from) : null;
  const to = form.to ? dayEnd(form.to) : null;
  const errors = check(form, from, to);
  if (Object.keys(errors).length > 0) return { kind: 'invalid', errors };
  if (parseQuery(form.text).length === 0 && !hasFilter(form)) return { kind: 'empty' };
  const nick = form.nick.trim();
  return {
    kind: 'query',
    query: {
      text: form.text,
      ...(form.channel && { channel: form.channel }),
      ...(nick && { nick }),
      ...(form.type && { type: form.type }),
      ...(from !== null && { from }),
      ...(to !== null && { to }),
      limit: RESULT_LIMIT,
      contextLines: CONTEXT_LINES,
    },
  };
}
