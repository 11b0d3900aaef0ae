import { describe, expect, it } from 'vitest';
import { IMPORT_CHUNK_BYTES } from './after-meeting-schemas';
import {
  AGENDA_FILE_MAX_BYTES,
  AGENDA_TEXT_MAX_CHARS,
  MAX_BRIDGE_MESSAGE_BYTES,
  TRANSCRIPT_FIND_MAX_CHARS,
  TRANSCRIPT_FIND_MAX_HITS,
  TRANSCRIPT_PAGE_MAX_LINES,
  utf8Length,
} from './limits';
import { invokeSchemas } from './schemas';
import { encodeBinaryCall } from './ws-binary';

/** The bytes a call occupies on the bridge socket. */
const callBytes = (channel: string, req: unknown) =>
  utf8Length(JSON.stringify({ type: 'call', id: Number.MAX_SAFE_INTEGER, channel, req }));

describe('size limits', () => {
  it('counts UTF-8 bytes as the encoder does', () => {
    for (const text of ['', 'abc', 'é', '€', '😀', 'a\uD800b', '\uDC00', 'x😀é€'])
      expect(utf8Length(text)).toBe(new TextEncoder().encode(text).length);
  });

  it('lets the largest agenda text (of the worst characters) fit one bridge message', () => {
    expect(AGENDA_FILE_MAX_BYTES).toBeLessThanOrEqual(AGENDA_TEXT_MAX_CHARS);
    for (const worst of ['\u0001', '\uD800', '€', '"']) {
      const text = worst.repeat(AGENDA_TEXT_MAX_CHARS);
      expect(invokeSchemas['agenda:import'].req.safeParse({ text }).success).toBe(true);
      expect(callBytes('agenda:import', { text })).toBeLessThanOrEqual(MAX_BRIDGE_MESSAGE_BYTES);
    }
  });

  it('refuses agenda text over the limit with a clear message', () => {
    const parsed = invokeSchemas['agenda:import'].req.safeParse({
      text: 'a'.repeat(AGENDA_TEXT_MAX_CHARS + 1),
    });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.message).toBe('An agenda is at most 512 KiB of text.');
  });

  it('lets the largest import part fit one bridge message, and refuses anything else as a part', () => {
    const schema = invokeSchemas['import:chunk'].req;
    const req = {
      importId: 'x'.repeat(100),
      index: 1_000_000,
      data: new Uint8Array(IMPORT_CHUNK_BYTES),
    };
    expect(schema.safeParse(req).success).toBe(true);
    const frame = encodeBinaryCall({
      type: 'call',
      id: Number.MAX_SAFE_INTEGER,
      channel: 'import:chunk',
      req,
    });
    expect(frame.length).toBeLessThanOrEqual(MAX_BRIDGE_MESSAGE_BYTES);
    const larger = schema.safeParse({ ...req, data: new Uint8Array(IMPORT_CHUNK_BYTES + 1) });
    expect(larger.error?.issues[0]?.message).toBe('A part of an upload is at most 2 MiB.');
    for (const data of ['aGVsbG8=', [104, 105], { 0: 104 }, null, new Uint16Array(2)]) {
      const parsed = schema.safeParse({ ...req, data });
      expect(parsed.error?.issues[0]?.message).toBe('A part of an upload is bytes.');
    }
  });

  it('lets the longest line said fit one bridge message', () => {
    const req = { text: '\u0001'.repeat(4000), network: 'n'.repeat(32), channel: '#'.repeat(200) };
    expect(callBytes('irc:say', req)).toBeLessThanOrEqual(MAX_BRIDGE_MESSAGE_BYTES);
  });
});

describe('transcript pages', () => {
  const page = (limit: number, beforeSeq = 500) =>
    invokeSchemas['transcript:before'].req.safeParse({ channel: '#meet', beforeSeq, limit });

  it('asks for at most a page of lines before a line, and says so when asked for more', () => {
    expect(page(TRANSCRIPT_PAGE_MAX_LINES).success).toBe(true);
    const tooMany = page(TRANSCRIPT_PAGE_MAX_LINES + 1);
    expect(tooMany.success).toBe(false);
    expect(tooMany.error?.issues[0]?.message).toBe(
      `A page holds at most ${TRANSCRIPT_PAGE_MAX_LINES} lines.`,
    );
    expect(page(0).success).toBe(false);
    expect(page(10, 0).success).toBe(false);
  });
});

describe('find in the meeting', () => {
  const find = (query: string, limit = 10) =>
    invokeSchemas['transcript:find'].req.safeParse({ channel: '#meet', query, limit });
  const message = (query: string, limit?: number) => find(query, limit).error?.issues[0]?.message;

  it('looks for a bounded query, says what is wrong with one it refuses', () => {
    expect(find(' budget ').data?.query).toBe('budget');
    expect(message('   ')).toBe('Nothing to find.');
    expect(find('x'.repeat(TRANSCRIPT_FIND_MAX_CHARS)).success).toBe(true);
    expect(message('x'.repeat(TRANSCRIPT_FIND_MAX_CHARS + 1))).toBe(
      `Find looks for at most ${TRANSCRIPT_FIND_MAX_CHARS} characters.`,
    );
    expect(message('a', TRANSCRIPT_FIND_MAX_HITS + 1)).toBe(
      `Find answers at most ${TRANSCRIPT_FIND_MAX_HITS} lines.`,
    );
  });

  it('answers with the most hits within one bridge message', () => {
    const seqs = Array.from({ length: TRANSCRIPT_FIND_MAX_HITS }, () => 1e12);
    const answer = { channel: '#'.repeat(200), seqs, lastSeq: 1e12, more: true };
    expect(utf8Length(JSON.stringify(answer))).toBeLessThanOrEqual(MAX_BRIDGE_MESSAGE_BYTES);
  });
});
