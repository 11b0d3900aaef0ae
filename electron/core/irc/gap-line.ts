import type { LogLine } from '../../../shared/domain/line';

const utcTime = (at: number) => new Date(at).toISOString().slice(11, 19);

/**
 * The transcript line for an outage of the connection: from the moment it was lost to the moment
 * Gavel was back in the channel. Stamped with its end, when it is recorded, so the transcript's
 * times never go backwards.
 */
export function gapLine(from: number, to: number): LogLine {
  return {
    at: to,
    time: utcTime(to),
    kind: 'gap',
    nick: '',
    text: `Gavel was not connected from ${utcTime(from)} to ${utcTime(to)} UTC; lines said then are not in this record.`,
  };
}
