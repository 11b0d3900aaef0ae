import { describe, expect, it } from 'vitest';
import { importLog } from './import-log';

const MEETBOT =
  '13:00:44 <mvollmer> #startmeeting meeting\n13:00:50 <pitti> hi\n13:01:00 * dperpeet waves\n';

describe('importLog', () => {
  it('detects and reads a log given as bytes', () => {
    const r = importLog(new TextEncoder().encode(MEETBOT), {
      channel: '#cockpit',
      date: '2017-05-08',
    });
    expect(r).toMatchObject({
      ok: true,
      value: { format: 'meetbot', channel: '#cockpit', date: '2017-05-08' },
    });
    expect(r.ok && r.value.lines[2]).toEqual({
      at: Date.UTC(2017, 4, 8, 13, 1),
      time: '13:01:00',
      kind: 'action',
      nick: 'dperpeet',
      text: 'waves',
    });
  });

  it('reads CRLF and CR line ends', () => {
    for (const text of [MEETBOT.replace(/\n/g, '\r\n'), MEETBOT.replace(/\n/g, '\r')]) {
      const r = importLog(text);
      expect(r.ok && r.value.lines.map((l) => l.text)).toEqual([
        '#startmeeting meeting',
        'hi',
        'waves',
      ]);
    }
  });

  it('uses a forced format', () => {
    const r = importLog('[12:00:05] <alice> hello', { format: 'sopel-chanlogs' });
    expect(r).toEqual({
      ok: false,
      error: {
        code: 'not-a-log',
        message:
          'no Sopel chanlogs lines found: expected lines like "2024-05-01T14:03:22+00:00  <alice> hello"',
      },
    });
    expect(importLog('[12:00:05] <alice> hello', { format: 'znc' })).toMatchObject({
      ok: true,
      value: { format: 'znc' },
    });
  });

  it.each([
    ['', {}, 'empty'],
    [new Uint8Array([0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x01, 0x00]), {}, 'binary'],
    ['Dear team,\nthe meeting moves to Thursday.\nThanks: Bob', {}, 'not-a-log'],
    [MEETBOT, { format: 'nope' }, 'unknown-format'],
    [MEETBOT, { timeZone: 'Mars/Base' }, 'time-zone'],
    [MEETBOT, { date: '08/05/2017' }, 'date'],
  ])('refuses %j with %j as %s', (input, opts, code) => {
    const r = importLog(input, opts);
    expect(r).toMatchObject({ ok: false, error: { code } });
    expect(r.ok || r.error.message.includes('expected')).toBe(true);
    expect(r.ok || !r.error.message.includes('\n')).toBe(true);
  });

  it('names what was expected when the file is not a log', () => {
    const r = importLog('Just some notes.\nNothing else here.');
    expect(r.ok ? '' : r.error.message).toMatch(
      /^not an IRC log: expected lines like "12:00:01 <nick> text" \(MeetBot, irssi, WeeChat/,
    );
  });
});
