import type { ItemType } from '../../../../shared/domain/meeting';
import type { LineKind } from '../../../../shared/domain/line';
import type { Res } from '../../../../shared/ipc/schemas';
import { localDate } from '../../time/format-time';

/** What `search:query` answers. */
export type SearchAnswer = Res<'search:query'>;

const count = (n: number, one: string, many: string) =>
  `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;

/**
 * The line above the results: how many lines matched and in how many meetings, with how many
 * meetings were searched; when only the first hits came, how many are shown instead (the
 * meetings of the rest are unknown).
 */
export function summaryText({ hits, total, meetings }: SearchAnswer): string {
  const searched = `(${count(meetings, 'meeting', 'meetings')} searched)`;
  if (hits.length < total)
    return `${count(total, 'match', 'matches')}, showing the first ${hits.length.toLocaleString('en-US')} ${searched}`;
  const matched = new Set(hits.map((hit) => hit.meetingId)).size;
  return `${count(total, 'match', 'matches')} in ${count(matched, 'meeting', 'meetings')} ${searched}`;
}

const DECISIONS: ReadonlySet<ItemType> = new Set(['agreed', 'accepted', 'rejected']);

/** The badge a hit's minutes item gets: `decision` for agreed, accepted and rejected. */
export function typeBadge(type: ItemType | null): string | null {
  if (type === null) return null;
  return DECISIONS.has(type) ? 'decision' : type;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** A meeting's start as a local date, for reading (`Mar 5, 2025`) and as `YYYY-MM-DD`. */
export function meetingDate(startedAt: number): { label: string; iso: string } {
  const d = new Date(startedAt);
  return {
    label: localDate(startedAt),
    iso: `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`,
  };
}

/** How a line's nick reads before its text: `* nick` for a `/me`, `-nick-` for a notice. */
export function nickLabel(kind: LineKind, nick: string): string {
  if (!nick) return '';
  if (kind === 'action') return `* ${nick}`;
  if (kind === 'notice') return `-${nick}-`;
  return nick;
}
