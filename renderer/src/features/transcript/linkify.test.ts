import { describe, expect, it } from 'vitest';
import { linkify, safeHref } from './linkify';

describe('linkify', () => {
  it('links http(s) addresses and leaves trailing punctuation to the sentence', () => {
    expect(linkify('see https://example.org/a. and http://localhost/b, ok')).toEqual([
      { text: 'see ', href: null },
      { text: 'https://example.org/a', href: 'https://example.org/a' },
      { text: '. and ', href: null },
      { text: 'http://localhost/b', href: 'http://localhost/b' },
      { text: ', ok', href: null },
    ]);
  });

  it('keeps balanced parentheses and drops an unbalanced closing one', () => {
    expect(linkify('(https://en.wikipedia.org/wiki/A_(b))')[1]).toEqual({
      text: 'https://en.wikipedia.org/wiki/A_(b)',
      href: 'https://en.wikipedia.org/wiki/A_(b)',
    });
  });

  it('never links other schemes, and gives the text back unchanged', () => {
    for (const text of [
      'javascript:alert(1)',
      'file:///etc/passwd',
      'data:text/html,<b>',
      'mailto:someone@example.org',
    ]) {
      expect(linkify(text)).toEqual([{ text, href: null }]);
    }
    expect(linkify('')).toEqual([{ text: '', href: null }]);
    const text = 'a https://e.org/x?q=<b> c';
    expect(
      linkify(text)
        .map((p) => p.text)
        .join(''),
    ).toBe(text);
  });

  it('accepts only well-formed http(s) URLs', () => {
    expect(safeHref('https://example.org')).toBe('https://example.org/');
    expect(safeHref('https://')).toBeNull();
    expect(safeHref('javascript:alert(1)')).toBeNull();
  });
});
