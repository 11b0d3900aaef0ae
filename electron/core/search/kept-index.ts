import { closeSync, openSync, readFileSync, renameSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { crc32 } from 'node:zlib';
import { decodeIndex, encodeIndex } from '../../../shared/search/index-file';
import type { IndexSnapshot } from '../../../shared/search/search-index';
import { writeAll } from '../export/write-files';
import { journalPath } from '../meetings/record/meeting-journal';

/** What the kept index says about each meeting it holds: its journal as it was when read. */
export type Stamps = Map<string, string>;

/** What `load` found: the index and its stamps, nothing (first start), or why it was not used. */
export type Loaded =
  | { kind: 'kept'; snapshot: IndexSnapshot; stamps: Stamps }
  | { kind: 'none' }
  | { kind: 'unusable'; reason: string };

/** Where the search index is kept: `<dataDir>/search-index.bin`. */
export function keptIndexPath(dataDir: string): string {
  return join(dataDir, 'search-index.bin');
}

/**
 * What a meeting's journal looks like on disk (size and modification time), or null when it
 * cannot be read: a meeting whose stamp changed since it was indexed is read again.
 */
export function journalStamp(dataDir: string, id: string): string | null {
  try {
    const s = statSync(journalPath(dataDir, id));
    return `${s.size}:${s.mtimeMs}`;
  } catch {
    return null;
  }
}

// The file: a CRC-32 of the rest, four zero bytes (so the index starts on 8), the encoded index.
const PREFIX = 8;

/**
 * The search index kept between runs, a cache of the journals: saved whole (to a temporary file
 * renamed over the old one, readable by the owner only) and checked on load, so a missing,
 * damaged or older file only costs a rebuild.
 */
export class KeptIndex {
  constructor(readonly path: string) {}

  /** The kept index, if there is a good one. */
  load(): Loaded {
    let file: Buffer;
    try {
      file = readFileSync(this.path);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return { kind: 'none' };
      return { kind: 'unusable', reason: (err as Error).message };
    }
    if (file.length < PREFIX || file.readUInt32LE(0) !== crc32(file.subarray(PREFIX)))
      return { kind: 'unusable', reason: 'its checksum does not match' };
    try {
      const { snapshot, meta } = decodeIndex(file.subarray(PREFIX));
      if (!Array.isArray(meta) || !meta.every(isStamp))
        return { kind: 'unusable', reason: 'its stamps are unreadable' };
      return { kind: 'kept', snapshot, stamps: new Map(meta) };
    } catch (err) {
      return { kind: 'unusable', reason: (err as Error).message };
    }
  }

  /** Saves `snapshot` with the stamps of its meetings; throws when the file cannot be written. */
  save(snapshot: IndexSnapshot, stamps: Stamps): void {
    const body = encodeIndex(snapshot, [...stamps]);
    const prefix = Buffer.alloc(PREFIX);
    prefix.writeUInt32LE(crc32(body), 0);
    const temporary = `${this.path}.new`;
    const fd = openSync(temporary, 'w', 0o600);
    try {
      writeAll(fd, prefix);
      writeAll(fd, body);
    } finally {
      closeSync(fd);
    }
    renameSync(temporary, this.path);
  }
}

function isStamp(entry: unknown): entry is [string, string] {
  return (
    Array.isArray(entry) &&
    entry.length === 2 &&
    typeof entry[0] === 'string' &&
    typeof entry[1] === 'string'
  );
}
