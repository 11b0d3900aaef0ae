import { z } from 'zod';
import { LineKind } from '../domain/line';
import { ItemType } from '../domain/meeting';

// The layout of a kept index: "GAVELIDX", the version and the header's length (u32 each), the
// header (JSON), then the sections below, little-endian, each starting on a multiple of 8 bytes.

/** The version of the kept index's layout; a file of another version is rebuilt. */
export const INDEX_FILE_VERSION = 1;
/** The first eight bytes of a kept index. */
export const MAGIC = 'GAVELIDX';

/** The header: `meta` is the caller's; the rest says how long each section is. */
export const Header = z.object({
  meta: z.unknown(),
  meetings: z.array(
    z.object({
      meetingId: z.string(),
      channel: z.string(),
      title: z.string(),
      startedAt: z.number(),
      lines: z.number().int().nonnegative(),
      items: z.number().int().nonnegative(),
    }),
  ),
  nicks: z.array(z.string()),
  kinds: z.array(LineKind),
  types: z.array(ItemType),
  tokens: z.number().int().nonnegative(),
  postings: z.number().int().nonnegative(),
  textBytes: z.number().int().nonnegative(),
  tokenBytes: z.number().int().nonnegative(),
});
export type Header = z.infer<typeof Header>;

// The sections after the header, in file order, each starting on a multiple of 8 bytes.
const SECTIONS = [
  ['at', 8, 'lines'],
  ['seq', 4, 'lines'],
  ['nick', 4, 'lines'],
  ['textEnd', 4, 'lines'],
  ['itemSeq', 4, 'items'],
  ['listLength', 4, 'tokens'],
  ['ids', 4, 'postings'],
  ['kind', 1, 'lines'],
  ['itemType', 1, 'items'],
  ['text', 1, 'textBytes'],
  ['tokenText', 1, 'tokenBytes'],
] as const;
/** A section's name. */
export type Section = (typeof SECTIONS)[number][0];
/** The counts the sections' lengths are multiples of. */
export type Counts = Record<
  'lines' | 'items' | 'tokens' | 'postings' | 'textBytes' | 'tokenBytes',
  number
>;

const pad8 = (n: number) => (n + 7) & ~7;

/** A typed view of a section. */
export type Column = <T extends Float64ArrayConstructor | Uint32ArrayConstructor>(
  type: T,
  name: Section,
  n: number,
) => InstanceType<T>;

/** Where each section starts and where the last one ends, after a header of `headerEnd` bytes. */
export function layout(
  headerEnd: number,
  counts: Counts,
): { at: Record<Section, number>; end: number } {
  const at = {} as Record<Section, number>;
  let offset = pad8(headerEnd);
  for (const [name, width, count] of SECTIONS) {
    at[name] = offset;
    offset = pad8(offset + width * counts[count]);
  }
  return { at, end: offset };
}
