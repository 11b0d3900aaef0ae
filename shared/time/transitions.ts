import { offsetMinutes } from './world-times';

/** A change of a zone's UTC offset: the instant, and the offsets (minutes) before and after. */
export interface Transition {
  at: number;
  from: number;
  to: number;
}

const MINUTE = 60_000;
// Offsets are sampled weekly; no zone has changed its clocks twice within one week.
const STEP = 7 * 86_400_000;

/** Every change of `zone`'s offset from `start` (inclusive) to `end` (exclusive), epoch ms. */
export function transitions(zone: string, start: number, end: number): Transition[] {
  const out: Transition[] = [];
  let t = start;
  let offset = offsetMinutes(zone, t);
  while (t < end) {
    const next = Math.min(t + STEP, end);
    const later = offsetMinutes(zone, next);
    if (later !== offset) {
      // Clocks change on whole minutes: bisect down to the first minute with the new offset.
      let lo = Math.floor(t / MINUTE);
      let hi = Math.floor(next / MINUTE);
      while (hi - lo > 1) {
        const mid = Math.floor((lo + hi) / 2);
        if (offsetMinutes(zone, mid * MINUTE) === offset) lo = mid;
        else hi = mid;
      }
      out.push({ at: hi * MINUTE, from: offset, to: offsetMinutes(zone, hi * MINUTE) });
      offset = later;
    }
    t = next;
  }
  return out;
}
