import { test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { cleanInline } from '../markdown/channel-text';
import { hostileText } from '../markdown/testing/hostile';
import { moinLinkDescription, moinText } from './moin-escape';
import { moinDisplay, moinMarkup, withoutSafeUrls } from './testing/moin-markup';

describe('moinText', () => {
  it('leaves ordinary chat as meetingology writes it', () => {
    for (const s of [
      "okay, let's start",
      'dperpeet: ok',
      '13:05 is fine',
      'a - b',
      'x * y',
      'see http://x.org/a_b?c=1&d=2',
    ]) {
      expect(moinText(s)).toBe(s);
    }
  });

  it('neutralises Moin markup with character references', () => {
    expect(moinText("''italic'' and '''bold'''")).toBe(
      '&#x27;&#x27;italic&#x27;&#x27; and &#x27;&#x27;&#x27;bold&#x27;&#x27;&#x27;',
    );
    expect(moinText('[[FrontPage]] {{{x}}} <<BR>>')).toBe(
      '&#x5b;&#x5b;Front&#x50;age&#x5d;&#x5d; &#x7b;&#x7b;&#x7b;x&#x7d;&#x7d;&#x7d; &#x3c;&#x3c;BR&#x3e;&#x3e;',
    );
    expect(moinText('__init__ ---- @SIG@')).toBe(
      '&#x5f;&#x5f;init&#x5f;&#x5f; &#x2d;&#x2d;&#x2d;&#x2d; &#x40;SIG&#x40;',
    );
    expect(moinText('MoinMoin:FrontPage javascript:alert(1) :)')).toBe(
      'Moin&#x4d;oin&#x3a;Front&#x50;age javascript&#x3a;alert(1) &#x3a;)',
    );
    expect(moinText("'quoted'")).toBe('&#x27;quoted&#x27;');
    expect(moinText('&mdash; &#60;')).toBe('&#x26;mdash; &#x26;#60;');
    expect(moinText('a = b', 'heading')).toBe('a &#x3d; b');
    expect(moinText(':nick,', 'name')).toBe('&#x3a;nick&#x2c;');
  });

  it('keeps safe URLs linkable and hides @ from the variable expander', () => {
    expect(moinText('https://example.org/~me/@SIG@')).toBe('https://example.org/~me/%40SIG%40');
    expect(moinText('mailto:a@b.example')).toBe('mailto:a@b.example');
    expect(moinText('HTTPS://X.ORG')).toBe('HTTPS&#x3a;//X.ORG');
  });

  it('strips controls and bidi overrides', () => {
    expect(moinText('a\u202eb\u0000c\nd')).toBe('abc d');
  });

  it('gives a link description only when it cannot end the link', () => {
    expect(moinLinkDescription("Ship it? ''yes''")).toBe("Ship it? ''yes''");
    expect(moinLinkDescription('a ]] b')).toBeNull();
    expect(moinLinkDescription('a | b')).toBeNull();
    expect(moinLinkDescription('ends]')).toBeNull();
    expect(moinLinkDescription('{{image.png}}')).toBeNull();
  });

  it('handles a 100 KB line', () => {
    const long = "''".repeat(50_000);
    expect(moinMarkup(moinText(long))).toEqual([]);
  });
});

describe('moinText on hostile text', () => {
  test.prop([hostileText], { numRuns: 500 })(
    'carries no markup and shows the text as it was',
    (text) => {
      const out = moinText(text);
      expect(moinMarkup(out)).toEqual([]);
      expect(withoutSafeUrls(moinText(text, 'heading'))).not.toContain('=');
      expect(moinDisplay(out).replace(/%40/g, '@')).toBe(cleanInline(text).replace(/%40/g, '@'));
    },
  );
});
