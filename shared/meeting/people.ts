import type { Person } from '../domain/meeting';
import type { TextModel } from '../formats/text/python-text';
import { pyLower } from './names';
import type { Preset } from './presets';
import { py2DictOrder } from './py2-dict';

/** Compares strings by code point, as Python's `sorted` does. */
export function byCodePoint(a: string, b: string): number {
  const x = Array.from(a, (c) => c.codePointAt(0)!);
  const y = Array.from(b, (c) => c.codePointAt(0)!);
  for (let i = 0; i < Math.min(x.length, y.length); i++) if (x[i] !== y[i]) return x[i]! - y[i]!;
  return x.length - y.length;
}

/** The order in which the bot iterates its attendee table (keys in first-seen order). */
export function attendeeOrder(attendees: ReadonlyMap<string, number>, preset: Preset): string[] {
  const keys = [...attendees.keys()];
  return preset.attendeeOrder === 'py2dict' ? py2DictOrder(keys, preset.textModel) : keys;
}

/** "People present": most lines first; ties keep the table's order (a stable sort). */
export function peoplePresent(
  attendees: ReadonlyMap<string, number>,
  order: readonly string[],
): Person[] {
  return order
    .map((nick) => ({ nick, lines: attendees.get(nick) ?? 0 }))
    .sort((a, b) => b.lines - a.lines);
}

/** `sorted(nicks, key=str.lower)`: the order of "Action items, by person". */
export function byLowerCase(nicks: readonly string[], model: TextModel): string[] {
  return [...nicks].sort((a, b) => byCodePoint(pyLower(a, model), pyLower(b, model)));
}
