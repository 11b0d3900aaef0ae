import type { TextModel } from '../formats/text/python-text';

// CPython 2.7 on a 64-bit build without hash randomization (the default before 3.3).
const MASK64 = (1n << 64n) - 1n;
const MULTIPLIER = 1000003n;
const PERTURB_SHIFT = 5n;
const MIN_SIZE = 8;

function units(key: string, model: TextModel): number[] {
  if (model === 'bytes') return Array.from(new TextEncoder().encode(key));
  return Array.from(key, (ch) => ch.codePointAt(0)!);
}

/**
 * `hash(key)` of CPython 2.7 (string_hash / unicode_hash), as the unsigned 64-bit value the
 * dict uses (`(size_t)hash`). `bytes` hashes the UTF-8 octets of a Python 2 `str`; `codepoints`
 * hashes the code points of a `unicode` (wide build).
 */
export function py2Hash(key: string, model: TextModel): bigint {
  const u = units(key, model);
  if (u.length === 0) return 0n;
  let x = (BigInt(u[0]!) << 7n) & MASK64;
  for (const c of u) x = ((MULTIPLIER * x) & MASK64) ^ BigInt(c);
  x ^= BigInt(u.length);
  // A C long of -1 means "error", so CPython maps it to -2.
  if (x === MASK64) x = MASK64 - 1n;
  return x;
}

interface Entry {
  key: string;
  hash: bigint;
}

function place(table: (Entry | null)[], entry: Entry): void {
  const mask = BigInt(table.length - 1);
  let i = entry.hash & mask;
  let perturb = entry.hash;
  while (table[Number(i & mask)] !== null) {
    i = (i * 5n + perturb + 1n) & MASK64;
    perturb >>= PERTURB_SHIFT;
  }
  table[Number(i & mask)] = entry;
}

function resize(table: (Entry | null)[], used: number): (Entry | null)[] {
  const minUsed = (used > 50_000 ? 2 : 4) * used;
  let size = MIN_SIZE;
  while (size <= minUsed) size *= 2;
  const next: (Entry | null)[] = new Array<Entry | null>(size).fill(null);
  for (const entry of table) if (entry) place(next, entry);
  return next;
}

/**
 * The order in which a CPython 2.7 dict iterates `keys`, when they were inserted in the given
 * order (duplicates ignored) and none was deleted: open addressing with CPython's probe
 * sequence, growing to the smallest power of two above 4 x used when two thirds full.
 */
export function py2DictOrder(keys: Iterable<string>, model: TextModel): string[] {
  let table: (Entry | null)[] = new Array<Entry | null>(MIN_SIZE).fill(null);
  const seen = new Set<string>();
  for (const key of keys) {
    if (seen.has(key)) continue;
    seen.add(key);
    place(table, { key, hash: py2Hash(key, model) });
    // Without deletions, fill == used == the number of keys.
    if (seen.size * 3 >= table.length * 2) table = resize(table, seen.size);
  }
  return table.filter((e): e is Entry => e !== null).map((e) => e.key);
}
