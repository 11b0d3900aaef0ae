import type { LogLine } from '../domain/line';

/** Log lines from `nick: text` strings, a minute apart from 12:00 (for the digest's tests). */
export function said(...entries: string[]): LogLine[] {
  return entries.map((e, i) => {
    const colon = e.indexOf(': ');
    const minutes = 12 * 60 + i;
    const time = `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}:00`;
    return { at: null, time, kind: 'message', nick: e.slice(0, colon), text: e.slice(colon + 2) };
  });
}
