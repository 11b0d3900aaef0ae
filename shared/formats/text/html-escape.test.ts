import { describe, expect, it } from 'vitest';
import { escapeHtml, escapeHtmlText } from './html-escape';
import { stripControls } from './sanitize';

describe('stripControls', () => {
  it('removes mIRC formatting with its colour numbers, controls, bidi overrides and lone surrogates', () => {
    expect(stripControls('\x02bold\x02 \x0304,12red\x03 \x1ditalic\x0f')).toBe('bold red italic');
    expect(stripControls('a\x00b\rc\nd\x7fe\x85f')).toBe('abcdef');
    expect(stripControls('x\u202eevil\u202cy\u2066z\u2069')).toBe('xevilyz');
    expect(stripControls('pair 😀 lone \ud800 \udc00')).toBe('pair 😀 lone  ');
  });

  it('keeps tabs and printable text', () => {
    expect(stripControls('a\tb — ü 中')).toBe('a\tb — ü 中');
  });
});

describe('escapeHtml', () => {
  it('escapes the five significant characters', () => {
    expect(escapeHtml(`<a href="x" onclick='y'>&</a>`)).toBe(
      '&lt;a href=&quot;x&quot; onclick=&#39;y&#39;&gt;&amp;&lt;/a&gt;',
    );
  });

  it('leaves quotes alone in element text, as MeetBot does', () => {
    expect(escapeHtmlText(`"it's" <b> & \x02`)).toBe(`"it's" &lt;b&gt; &amp; `);
  });
});
