import { LineKind } from '../domain/line';
import { ItemType } from '../domain/meeting';
import {
  INDEX_FILE_VERSION,
  Header,
  layout,
  MAGIC,
  type Column,
  type Counts,
  type Section,
} from './index-layout';
import type { LineReader } from './meeting-entry';
import type { IndexSnapshot } from './search-index';
export { INDEX_FILE_VERSION } from './index-layout';
import type { SearchDocument, SearchItem, SearchLine } from './types';

/**
 * A snapshot of a search index as bytes, with `meta` (any JSON) kept beside it: a versioned
 * header, then the lines, items and posting lists as columns, so loading takes one read and
 * no tokenizing.
 */
export function encodeIndex(snapshot: IndexSnapshot, meta: unknown): Uint8Array {
  const lines: SearchLine[] = [];
  snapshot.docs.forEach((doc, d) => {
    const reader = snapshot.readers?.[d];
    const all = reader ? null : doc.lines;
    for (let i = 0; i < snapshot.sizes[d]!; i++) lines.push(all ? all[i]! : reader!.line(i));
  });
  const items = snapshot.docs.flatMap((d) => d.items as SearchItem[]);
  const nickOf = new Map<string, number>();
  for (const l of lines) if (!nickOf.has(l.nick)) nickOf.set(l.nick, nickOf.size);
  const encoder = new TextEncoder();
  const text = encoder.encode(lines.map((l) => l.text).join(''));
  const tokenText = encoder.encode(snapshot.tokens.join('\n'));
  const header: Header = {
    meta,
    meetings: snapshot.docs.map((d, i) => ({
      meetingId: d.meetingId,
      channel: d.channel,
      title: d.title,
      startedAt: Number.isFinite(d.startedAt) ? d.startedAt : 0,
      lines: snapshot.sizes[i]!,
      items: d.items.length,
    })),
    nicks: [...nickOf.keys()],
    kinds: LineKind.options,
    types: ItemType.options,
    tokens: snapshot.tokens.length,
    postings: snapshot.lists.reduce((n, l) => n + l.length, 0),
    textBytes: text.length,
    tokenBytes: tokenText.length,
  };
  const headerBytes = encoder.encode(JSON.stringify(header));
  const counts: Counts = { ...header, lines: lines.length, items: items.length };
  const { at, end } = layout(16 + headerBytes.length, counts);
  const bytes = new Uint8Array(end);
  bytes.set(encoder.encode(MAGIC));
  const view = new DataView(bytes.buffer);
  view.setUint32(8, INDEX_FILE_VERSION, true);
  view.setUint32(12, headerBytes.length, true);
  bytes.set(headerBytes, 16);

  const column: Column = (type, name, n) =>
    new type(bytes.buffer, at[name], n) as InstanceType<typeof type>;
  const atColumn = column(Float64Array, 'at', lines.length);
  const seq = column(Uint32Array, 'seq', lines.length);
  const nick = column(Uint32Array, 'nick', lines.length);
  const textEnd = column(Uint32Array, 'textEnd', lines.length);
  const kinds = new Map(LineKind.options.map((k, i) => [k, i]));
  let chars = 0;
  lines.forEach((l, i) => {
    atColumn[i] = l.at ?? NaN;
    seq[i] = l.seq;
    nick[i] = nickOf.get(l.nick)!;
    textEnd[i] = chars += l.text.length;
    bytes[at.kind + i] = kinds.get(l.kind)!;
  });
  const itemSeq = column(Uint32Array, 'itemSeq', items.length);
  const types = new Map(ItemType.options.map((t, i) => [t, i]));
  items.forEach((item, i) => {
    itemSeq[i] = item.seq;
    bytes[at.itemType + i] = types.get(item.type)!;
  });
  const listLength = column(Uint32Array, 'listLength', snapshot.tokens.length);
  let next = at.ids;
  snapshot.lists.forEach((list, i) => {
    listLength[i] = list.length;
    bytes.set(new Uint8Array(list.buffer, list.byteOffset, list.byteLength), next);
    next += list.byteLength;
  });
  bytes.set(text, at.text);
  bytes.set(tokenText, at.tokenText);
  return bytes;
}

const utf8 = new TextDecoder();

function damaged(why: string): never {
  throw new Error(`The kept search index is damaged (${why}).`);
}

/**
 * The snapshot and `meta` that `encodeIndex` wrote. Throws when the bytes are not a kept index
 * of this version or do not hold together (lengths, ranges, order), so the caller rebuilds.
 * The snapshot keeps views of `bytes`, and reads a meeting's lines only when they are asked for.
 */
export function decodeIndex(bytes: Uint8Array): { snapshot: IndexSnapshot; meta: unknown } {
  if (bytes.byteOffset % 8 !== 0) bytes = bytes.slice();
  if (bytes.length < 16 || utf8.decode(bytes.subarray(0, 8)) !== MAGIC)
    damaged('not a search index');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const version = view.getUint32(8, true);
  if (version !== INDEX_FILE_VERSION)
    throw new Error(`The kept search index is of version ${version}, not ${INDEX_FILE_VERSION}.`);
  const headerLength = view.getUint32(12, true);
  if (16 + headerLength > bytes.length) damaged('cut short');
  let parsed: unknown;
  try {
    parsed = JSON.parse(utf8.decode(bytes.subarray(16, 16 + headerLength)));
  } catch {
    damaged('unreadable header');
  }
  const header = Header.safeParse(parsed);
  if (!header.success) damaged('unexpected header');
  const h = header.data;
  const counts: Counts = {
    ...h,
    lines: h.meetings.reduce((n, m) => n + m.lines, 0),
    items: h.meetings.reduce((n, m) => n + m.items, 0),
  };
  const { at, end } = layout(16 + headerLength, counts);
  if (end !== bytes.length) damaged('wrong length');
  const column: Column = (type, name, n) =>
    new type(bytes.buffer as ArrayBuffer, bytes.byteOffset + at[name], n) as InstanceType<
      typeof type
    >;
  const columns: Columns = {
    bytes,
    at,
    stamp: column(Float64Array, 'at', counts.lines),
    seq: column(Uint32Array, 'seq', counts.lines),
    nick: column(Uint32Array, 'nick', counts.lines),
    textEnd: column(Uint32Array, 'textEnd', counts.lines),
    text: utf8.decode(bytes.subarray(at.text, at.text + h.textBytes)),
  };
  checkLines(h, columns);
  const tokenText = utf8.decode(bytes.subarray(at.tokenText, at.tokenText + h.tokenBytes));
  return {
    snapshot: {
      ...documents(h, columns, column(Uint32Array, 'itemSeq', counts.items)),
      sizes: h.meetings.map((m) => m.lines),
      ...postingLists(h, counts.lines, tokenText, column),
    },
    meta: h.meta,
  };
}

interface Columns {
  bytes: Uint8Array;
  at: Record<Section, number>;
  stamp: Float64Array;
  seq: Uint32Array;
  nick: Uint32Array;
  textEnd: Uint32Array;
  /** Every line's text, one after the other: line i ends at `textEnd[i]`. */
  text: string;
}

// Every nick and kind names one of the header's, and the text ends go forward to the text's end.
function checkLines(h: Header, c: Columns): void {
  const { bytes, at } = c;
  let chars = 0;
  for (let line = 0; line < c.textEnd.length; line++) {
    const end = c.textEnd[line]!;
    if (end < chars || c.nick[line]! >= h.nicks.length || bytes[at.kind + line]! >= h.kinds.length)
      damaged('a line out of range');
    chars = end;
  }
  if (chars !== c.text.length) damaged('wrong text length');
}

// The meetings, each reading its lines (or one line's text) from the columns when asked.
function documents(
  h: Header,
  c: Columns,
  itemSeq: Uint32Array,
): Pick<IndexSnapshot, 'docs' | 'readers'> {
  const { bytes, at } = c;
  const seen = new Set<string>();
  let firstLine = 0;
  let firstItem = 0;
  const docs: SearchDocument[] = [];
  const readers: LineReader[] = [];
  for (const m of h.meetings) {
    if (seen.has(m.meetingId)) damaged('a meeting twice');
    seen.add(m.meetingId);
    const items: SearchItem[] = new Array<SearchItem>(m.items);
    for (let i = 0; i < m.items; i++) {
      const type = h.types[bytes[at.itemType + firstItem + i]!];
      if (type === undefined) damaged('an item out of range');
      items[i] = { type, seq: itemSeq[firstItem + i]! };
    }
    const from = firstLine;
    const text = (i: number): string =>
      c.text.slice(from + i === 0 ? 0 : c.textEnd[from + i - 1]!, c.textEnd[from + i]!);
    const line = (i: number): SearchLine => {
      const stamp = c.stamp[from + i]!;
      return {
        seq: c.seq[from + i]!,
        at: Number.isNaN(stamp) ? null : stamp,
        nick: h.nicks[c.nick[from + i]!]!,
        text: text(i),
        kind: h.kinds[bytes[at.kind + from + i]!]!,
      };
    };
    let lines: SearchLine[] | null = null;
    const read = () => Array.from({ length: m.lines }, (_, i) => line(i));
    firstLine += m.lines;
    firstItem += m.items;
    const { meetingId, channel, title, startedAt } = m;
    readers.push({ text, line });
    docs.push({
      meetingId,
      channel,
      title,
      startedAt,
      items,
      get lines() {
        return (lines ??= read());
      },
    });
  }
  return { docs, readers };
}

function postingLists(
  h: Header,
  lineCount: number,
  tokenText: string,
  column: Column,
): Pick<IndexSnapshot, 'tokens' | 'lists'> {
  const tokens = h.tokens === 0 ? [] : tokenText.split('\n');
  if (tokens.length !== h.tokens) damaged('wrong token count');
  const listLength = column(Uint32Array, 'listLength', h.tokens);
  const ids = column(Uint32Array, 'ids', h.postings);
  const lists: Uint32Array[] = [];
  let from = 0;
  for (let t = 0; t < tokens.length; t++) {
    if (t > 0 && !(tokens[t - 1]! < tokens[t]!)) damaged('tokens out of order');
    const to = from + listLength[t]!;
    if (to > ids.length || to === from) damaged('a posting list out of range');
    const list = ids.subarray(from, to);
    let last = -1;
    for (let i = 0; i < list.length; i++) {
      const id = list[i]!;
      if (id <= last || id >= lineCount) damaged('a line id out of order');
      last = id;
    }
    lists.push(list);
    from = to;
  }
  if (from !== ids.length) damaged('stray line ids');
  return { tokens, lists };
}
