import type { LogLine } from '../domain/line';
import { plainText } from './plain-text';

/**
 * Find in the meeting's rule, in one place for the window (the lines it holds) and the core (the
 * whole transcript): a line matches when its nick or text, formatting removed, contains the
 * query, ignoring case.
 */

/** What a query looks for: trimmed and lower-cased; '' finds nothing. */
export function findNeedle(query: string): string {
  return query.trim().toLowerCase();
}

/** The text of `line` a needle is looked for in. */
export function findHaystack(line: Pick<LogLine, 'nick' | 'text'>): string {
  return `${plainText(line.nick)} ${plainText(line.text)}`.toLowerCase();
}

/** True when `line` holds `needle` (from {@link findNeedle}; never for ''). */
export function lineHas(line: Pick<LogLine, 'nick' | 'text'>, needle: string): boolean {
  return needle !== '' && findHaystack(line).includes(needle);
}
