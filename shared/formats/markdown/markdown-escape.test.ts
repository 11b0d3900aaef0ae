import { test } from '@fast-check/vitest';
import MarkdownIt from 'markdown-it';
import { describe, expect, it } from 'vitest';
import { cleanInline } from './channel-text';
import { mdCodeText, mdInline, mdToken } from './markdown-escape';
import { hostileText } from './testing/hostile';
import { inspectHtml, isSafeHref } from './testing/html-check';
import { splitUrls } from './url-split';

// Raw HTML on: if any input reached the output as HTML, the renderer would pass it through.
const md = new MarkdownIt({ html: true });

/** What a reader should see for `text`: the cleaned text, URLs shown as markdown-it shows them. */
function expectedText(text: string): string {
  return splitUrls(cleanInline(text).trim())
    .map((p) => (p.kind === 'url' ? md.normalizeLinkText(p.value) : p.value))
    .join('');
}

describe('mdInline', () => {
  it('escapes inline markup and keeps plain text', () => {
    expect(mdInline('plain words, 3.3.0')).toBe('plain words, 3.3.0');
    expect(mdInline('a *b* _c_ `d` [e](f) <g> ~~h~~ |i| \\')).toBe(
      'a \\*b\\* \\_c\\_ \\`d\\` \\[e\\](f) \\<g\\> \\~\\~h\\~\\~ \\|i\\| \\\\',
    );
    expect(mdInline('&amp; & &#60;')).toBe('\\&amp; & \\&#60;');
  });

  it('escapes what would start a block', () => {
    expect(mdInline('# title')).toBe('\\# title');
    expect(mdInline('- item')).toBe('\\- item');
    expect(mdInline('+ item')).toBe('\\+ item');
    expect(mdInline('2012. A year')).toBe('2012\\. A year');
    expect(mdInline('    code')).toBe('code');
  });

  it('links only safe schemes, as autolinks', () => {
    expect(mdInline('see https://example.org/a_b.')).toBe('see <https://example.org/a_b>.');
    expect(mdInline('(https://example.org/wiki/X_(y))')).toBe('(<https://example.org/wiki/X_(y)>)');
    expect(mdInline('javascript:alert(1)')).toBe('javascript:alert(1)');
    expect(mdInline('HTTPS://EXAMPLE.ORG')).not.toContain('<');
  });

  it('strips controls, bidi overrides and line breaks', () => {
    expect(mdInline('a\u202eb\u0000c\r\nd\x0304,12e\x7f')).toBe('abc de');
  });

  it('keeps plain channel and host names unescaped', () => {
    expect(mdToken('#sip-router')).toBe('#sip-router');
    expect(mdToken('irc.libera.chat')).toBe('irc.libera.chat');
    expect(mdToken('#a_*b')).toBe('\\#a\\_\\*b');
  });

  it('handles a 100 KB line quickly and safely', () => {
    const long = `${'*_'.repeat(25_000)}<script>${'a'.repeat(50_000)}`;
    const html = md.render(`- ${mdInline(long)}\n`);
    const seen = inspectHtml(html, 'li');
    expect([...seen.elements.keys()].sort()).toEqual(['li', 'ul']);
    expect(seen.text).toBe(long);
  });
});

describe('mdInline on hostile text (rendered by markdown-it, parsed by parse5)', () => {
  test.prop([hostileText], { numRuns: 400 })(
    'renders as the text itself, with no markup of its own',
    (text) => {
      const seen = inspectHtml(md.render(`- ${mdInline(text)}\n`), 'li');
      for (const name of seen.elements.keys()) expect(['ul', 'li', 'a']).toContain(name);
      for (const name of seen.attributes) expect(name).toBe('href');
      for (const href of seen.hrefs) expect(isSafeHref(href)).toBe(true);
      expect(seen.text).toBe(expectedText(text));
    },
  );

  test.prop([hostileText])('code lines never hold a line break or a bidi control', (text) => {
    expect(mdCodeText(text)).not.toMatch(
      /[\r\n\u2028\u2029\u202a-\u202e\u2066-\u2069\x00-\x08\x7f]/,
    );
  });
});
