import { fc, test } from '@fast-check/vitest';
import { ircLineParser } from 'irc-framework';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FakeServer, scriptedReplies } from '../../testing/fake-transport';
import { IrcConnection } from './connection';
import { MAX_MESSAGE_BYTES, outgoingMessages } from './outgoing';

// Random strings alone rarely form the sequences that matter, so mix in a dictionary of them.
const hostile = fc.oneof(
  fc.constantFrom(
    '\r',
    '\n',
    '\0',
    '\r\n',
    '\n\r',
    ' ',
    ':',
    '@',
    '\x01',
    '\x01ACTION x\x01',
    '\x03',
    '\u202e',
  ),
  fc.constantFrom(
    'JOIN #evil',
    'QUIT :bye',
    'PRIVMSG nickserv :identify',
    ':x!y@z PRIVMSG #meet :',
  ),
  fc.string({ unit: 'grapheme', maxLength: 30 }),
  fc.string({ unit: 'binary', maxLength: 30 }),
);
const userText = fc.array(hostile, { maxLength: 25 }).map((parts) => parts.join(''));
const bytes = (s: string) => Buffer.byteLength(s, 'utf8');

describe('outgoingMessages', () => {
  it('splits at CR, LF and NUL and drops blank pieces', () => {
    expect(outgoingMessages('a\r\nb\n\nc\rd\0e\n  \n')).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(outgoingMessages('\r\n \n')).toEqual([]);
  });

  it('removes CTCP delimiters so text cannot become a CTCP request', () => {
    expect(outgoingMessages('\x01VERSION\x01')).toEqual(['VERSION']);
  });

  it('splits long text at word boundaries within the byte limit', () => {
    const words = Array.from({ length: 120 }, (_, i) => `word${i}`).join(' ');
    const messages = outgoingMessages(words);
    expect(messages.length).toBeGreaterThan(1);
    expect(messages.every((m) => bytes(m) <= MAX_MESSAGE_BYTES)).toBe(true);
    expect(messages.join(' ')).toBe(words);
  });

  test.prop([userText])(
    'no message carries CR, LF, NUL or \\x01, is blank, or is too long',
    (text) => {
      for (const message of outgoingMessages(text)) {
        expect(message).not.toMatch(/[\r\n\0\x01]/);
        expect(message.trim()).not.toBe('');
        expect(bytes(message)).toBeLessThanOrEqual(MAX_MESSAGE_BYTES);
      }
    },
  );
});

describe('what reaches the wire', () => {
  const server = new FakeServer();
  server.reply = scriptedReplies();
  const conn = new IrcConnection({
    request: { server: 'irc.test', port: 6667, tls: false, nick: 'chair', channel: '#meet' },
    transport: server.Transport,
    sendRate: { burst: Number.MAX_SAFE_INTEGER, intervalMs: 1 },
    onStatus: () => {},
    onLine: () => {},
  });

  beforeAll(async () => {
    conn.start();
    for (let i = 0; i < 5; i++) await new Promise((r) => setImmediate(r));
    expect(conn.status.state).toBe('joined');
  });
  afterAll(() => conn.close());

  test.prop([userText])(
    'each line the chair sends is exactly one PRIVMSG to the channel',
    (text) => {
      const before = server.written.length;
      const said = conn.say(text);
      const count = said.ok ? said.value.lines : 0;
      const wire = server.written.slice(before);
      expect(wire).toHaveLength(count);
      for (const line of wire) {
        expect(line).not.toMatch(/[\r\n\0]/);
        const parsed = ircLineParser(line);
        expect(parsed?.command).toBe('PRIVMSG');
        expect(parsed?.params).toHaveLength(2);
        expect(parsed?.params[0]).toBe('#meet');
      }
    },
  );
});
