import { describe, expect, it } from 'vitest';
import { transcriptLine } from '../../testing/fake-bridge';
import { lineTime, plainText, viewLine } from './line-view';

describe('plainText', () => {
  it('strips mIRC formatting codes with their colour arguments', () => {
    expect(
      plainText(
        '\x02bold\x02 \x0304,12red\x03 \x1ditalic\x0f \x1funder\x1f \x1estrike \x11mono \x16rev',
      ),
    ).toBe('bold red italic under strike mono rev');
    expect(plainText('\x04FF00AA,000000hex\x04 plain')).toBe('hex plain');
    expect(plainText('\x0399 kept digits after a 2-digit colour: \x031234')).toBe(
      ' kept digits after a 2-digit colour: 34',
    );
  });

  it('strips other control characters and bidi controls but keeps tabs and all printable text', () => {
    expect(plainText('a\x00b\x07c\rd\ne\x7ff\tg')).toBe('abcdef\tg');
    expect(plainText('<b>x</b> \u202Eevil\u2066x\u2069\u202a')).toBe('<b>x</b> evilx');
    expect(plainText('שלום world')).toBe('שלום world');
  });
});

describe('lineTime', () => {
  it('formats the instant in local time when known, else shows the logged stamp', () => {
    const at = new Date(2024, 0, 2, 9, 5, 7).getTime();
    expect(lineTime({ at, time: 'ignored' })).toBe('09:05:07');
    expect(lineTime({ at: null, time: '14:03' })).toBe('14:03');
  });
});

describe('viewLine', () => {
  it('shows said lines as nick and text', () => {
    expect(viewLine(transcriptLine(1, { text: 'hello' }))).toMatchObject({
      tone: 'message',
      nick: 'alice',
      text: 'hello',
    });
    expect(viewLine(transcriptLine(1, { kind: 'action', text: 'waves' }))).toMatchObject({
      tone: 'action',
      text: 'waves',
    });
  });

  it('reads events as a sentence about the nick', () => {
    expect(viewLine(transcriptLine(1, { kind: 'join', text: '' }))).toMatchObject({
      tone: 'event',
      nick: 'alice',
      text: 'joined',
    });
    expect(viewLine(transcriptLine(1, { kind: 'quit', text: 'bye' })).text).toBe('quit (bye)');
    expect(viewLine(transcriptLine(1, { kind: 'nick', text: 'alice2' })).text).toBe(
      'is now known as alice2',
    );
    expect(viewLine(transcriptLine(1, { kind: 'gap', nick: '', text: '' })).text).toMatch(
      /not connected/,
    );
  });
});
