import { fc, test } from '@fast-check/vitest';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { recordJson } from './record-json';

afterEach(() => vi.restoreAllMocks());

// Strings a log can hold and JSON must escape: quotes, backslashes, controls, lone surrogates,
// the line and paragraph separators, characters outside the BMP.
const hostile = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 20 }),
  fc
    .array(
      fc.constantFrom('"', '\\', '\u0000', '\n', '\r', '\u001f', '\u007f', '\u2028', '\u2029'),
      { maxLength: 8 },
    )
    .map((parts) => parts.join('')),
  fc.constantFrom('\ud800', '\udfff', 'a\ud83d', '\ude00b', '😀', ''),
);
const number = fc.oneof(
  fc.integer(),
  fc.double(),
  fc.constantFrom(0, -0, Number.NaN, Infinity, -Infinity, 1e21, 5e-7, 1_494_252_000_000),
  // Instants of whole seconds, on both sides of where the seconds stop fitting 32 bits.
  fc.integer({ min: -10, max: 2 ** 32 }).map((seconds) => seconds * 1000),
);

const lineRecord = fc.record({
  i: number,
  at: number,
  t: fc.constant('line' as const),
  line: fc.record(
    {
      at: fc.oneof(number, fc.constant(null)),
      time: hostile,
      kind: fc.oneof(fc.constantFrom('message', 'action', 'join'), hostile),
      nick: hostile,
      text: hostile,
      seq: number,
      channel: hostile,
      self: fc.boolean(),
      local: fc.boolean(),
    },
    { requiredKeys: ['at', 'time', 'kind', 'nick', 'text', 'seq', 'channel', 'self'] },
  ),
});

const usual = () => ({
  i: 7,
  at: 1_494_252_000_000,
  t: 'line',
  line: {
    at: 1_494_252_000_000,
    time: '14:00:00',
    kind: 'message',
    nick: 'mvollmer',
    text: 'hello',
    seq: 4,
    channel: '#cockpit',
    self: false,
  },
});

describe('recordJson', () => {
  test.prop([lineRecord])('writes every line record byte for byte as JSON.stringify', (record) => {
    expect(recordJson(record)).toBe(JSON.stringify(record));
  });

  test.prop([fc.array(lineRecord, { minLength: 2, maxLength: 30 })])(
    'stays exact over runs of records that share nicks, stamps and instants',
    (records) => {
      const shared = records.map((r, k) => ({
        ...r,
        at: records[0]!.at,
        line: { ...r.line, nick: records[k % 2]!.line.nick, at: records[0]!.at },
      }));
      for (const r of shared) expect(recordJson(r)).toBe(JSON.stringify(r));
    },
  );

  test.prop([fc.jsonValue()])('writes any other value as JSON.stringify', (value) => {
    expect(recordJson(value)).toBe(JSON.stringify(value));
  });

  it('writes a usual line record field by field, without JSON.stringify of the record', () => {
    const record = usual();
    const stringify = vi.spyOn(JSON, 'stringify');
    const json = recordJson(record);
    expect(stringify.mock.calls.some(([value]) => value === record)).toBe(false);
    stringify.mockRestore();
    expect(json).toBe(JSON.stringify(record));
  });

  it('falls back to JSON.stringify for line records of any other shape', () => {
    const { line, ...envelope } = usual();
    class Stamped {
      toJSON() {
        return 'stamped';
      }
    }
    const odd: unknown[] = [
      { ...envelope, line: { ...line, local: undefined } },
      { ...envelope, line: { ...line, extra: 1 } },
      { ...envelope, line: { text: line.text, ...(line as Omit<typeof line, 'text'>) } },
      { t: 'line', i: 7, at: 1, line },
      { ...envelope, line, more: true },
      { ...envelope, line: { ...line, at: '12' } },
      { ...envelope, i: 10n.toString() },
      { ...envelope, line: { ...line, self: 'no' } },
      { ...envelope, line: { ...line, local: 'yes' } },
      { ...envelope, line: Object.assign(new Stamped(), line) },
      { ...envelope, line: null },
      { ...envelope, line: [1, 2] },
      Object.assign(Object.create({ inherited: 1 }) as object, { ...envelope, line }),
      { ...envelope, t: 'end', line },
      null,
      'line',
      [usual()],
    ];
    for (const record of odd) expect(recordJson(record)).toBe(JSON.stringify(record));
  });
});
