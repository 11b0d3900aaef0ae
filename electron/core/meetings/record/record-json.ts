// The keys of a line record and of its line, in the order every writer of the journal gives them
// (`MeetingJournal.append`, `importedRecords`); a line may end with `local`.
const RECORD_KEYS: readonly string[] = ['i', 'at', 't', 'line'];
const LINE_KEYS: readonly string[] = [
  'at',
  'time',
  'kind',
  'nick',
  'text',
  'seq',
  'channel',
  'self',
  'local',
];
const LINE_KEYS_BEFORE_LOCAL = 8;
// Strings remembered at once; a log of ever new nicks empties the cache now and then.
const REMEMBERED = 4096;

/**
 * The JSON of strings that recur from line to line (nicks, channels, kinds, stamps): each is
 * quoted once, not once a line; the one of the line before is at hand without a lookup.
 */
class Quoted {
  private readonly known = new Map<string, string>();
  private last = '';
  private lastJson = '""';

  of(text: string): string {
    if (text === this.last) return this.lastJson;
    let json = this.known.get(text);
    if (json === undefined) {
      if (this.known.size >= REMEMBERED) this.known.clear();
      json = JSON.stringify(text);
      this.known.set(text, json);
    }
    this.last = text;
    this.lastJson = json;
    return json;
  }
}

// One for each field, so that a field the line before had the same is found at once.
const times = new Quoted();
const kinds = new Quoted();
const nicks = new Quoted();
const channels = new Quoted();

/**
 * How many of `keys` the plain object `value` has as its own keys, in that order and nothing
 * else; -1 when it has others, another order, or is not a plain object (a class instance may
 * have a `toJSON`).
 */
function keysInOrder(value: object, keys: readonly string[]): number {
  if (Object.getPrototypeOf(value) !== Object.prototype) return -1;
  let n = 0;
  for (const key in value) {
    if (key !== keys[n]) return -1;
    n++;
  }
  return n;
}

// A number as JSON writes it (`null` for NaN and the infinities), or null for anything else.
function numberJson(value: unknown): string | null {
  if (typeof value !== 'number') return null;
  return Number.isFinite(value) ? String(value) : 'null';
}

// Whole seconds in epoch milliseconds up to here: the seconds fit a 32-bit integer, which V8
// turns into text much faster than a 13-digit double.
const WHOLE_SECONDS_BELOW = 2 ** 31 * 1000;

// The instant written last: lines of the same second share it, and a line record says it twice.
let lastAt = Number.NaN;
let lastAtJson = 'null';
function instantJson(value: unknown): string | null {
  if (value === lastAt) return lastAtJson;
  const json =
    typeof value === 'number' && value > 0 && value < WHOLE_SECONDS_BELOW && value % 1000 === 0
      ? `${value / 1000}000`
      : numberJson(value);
  if (json !== null) {
    lastAt = value as number;
    lastAtJson = json;
  }
  return json;
}

/** The JSON of a line record written field by field, or null when it is not one of that shape. */
function lineRecordJson(record: Record<string, unknown>): string | null {
  if (record.t !== 'line' || keysInOrder(record, RECORD_KEYS) !== RECORD_KEYS.length) return null;
  const line = record.line;
  if (typeof line !== 'object' || line === null) return null;
  const l = line as Record<string, unknown>;
  const keys = keysInOrder(l, LINE_KEYS);
  if (keys < 0) return null;
  const { time, kind, nick, text, channel, self, local } = l;
  const i = numberJson(record.i);
  const at = instantJson(record.at);
  const lineAt = l.at === null ? 'null' : instantJson(l.at);
  const seq = numberJson(l.seq);
  if (i === null || at === null || lineAt === null || seq === null) return null;
  if (typeof time !== 'string' || typeof kind !== 'string' || typeof nick !== 'string') return null;
  if (typeof text !== 'string' || typeof channel !== 'string' || typeof self !== 'boolean')
    return null;
  let tail = '}}';
  if (keys > LINE_KEYS_BEFORE_LOCAL) {
    if (typeof local !== 'boolean') return null;
    tail = local ? ',"local":true}}' : ',"local":false}}';
  }
  return (
    `{"i":${i},"at":${at},"t":"line","line":{"at":${lineAt},"time":${times.of(time)}` +
    `,"kind":${kinds.of(kind)},"nick":${nicks.of(nick)},"text":${JSON.stringify(text)}` +
    `,"seq":${seq},"channel":${channels.of(channel)},"self":${self}${tail}`
  );
}

/**
 * A journal record as one line of JSON, byte for byte what `JSON.stringify(record)` gives, the
 * one way every journal writer turns a record into text. Transcript line records, nearly every
 * record of a long meeting, are written field by field (about twice as fast); any other record,
 * or a line record of another shape, goes through `JSON.stringify`.
 */
export function recordJson(record: unknown): string {
  const fast =
    typeof record === 'object' && record !== null
      ? lineRecordJson(record as Record<string, unknown>)
      : null;
  return fast ?? JSON.stringify(record);
}
