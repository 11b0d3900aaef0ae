import { test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { cleanInline } from '../markdown/channel-text';
import { hostileText } from '../markdown/testing/hostile';
import { mwText, nowiki } from './mediawiki-escape';
import { mediaWikiDisplay, mediaWikiMarkup, nowikiProblems } from './testing/mediawiki-markup';

const percent = (s: string) => s.replace(/%7E/g, '~').replace(/%5F/g, '_').replace(/%26/g, '&');

describe('mwText', () => {
  it('leaves plain text as MeetBot writes it', () => {
    for (const s of [
      'image pruning on servers / distributed storage',
      '13:05:40',
      '#cockpit',
      'mvollmer',
      'a - b (c)',
    ]) {
      expect(mwText(s)).toBe(s);
    }
  });

  it('puts anything else inside nowiki, with the markup of the element itself escaped', () => {
    expect(mwText("it's")).toBe("<nowiki>it's</nowiki>");
    expect(mwText('a</nowiki>[[b]]')).toBe('<nowiki>a&lt;/nowiki&gt;[[b]]</nowiki>');
    expect(mwText('~~~~ __TOC__ {{x}} &amp;')).toBe(
      '<nowiki>~~~~ __TOC__ {{x}} &amp;amp;</nowiki>',
    );
    expect(mwText('RFC 1234')).toBe('<nowiki>RFC 1234</nowiki>');
    expect(mwText('javascript:alert(1)')).toBe('<nowiki>javascript:alert(1)</nowiki>');
    expect(nowiki('<b>')).toBe('<nowiki>&lt;b&gt;</nowiki>');
  });

  it('leaves safe URLs outside nowiki so that the wiki links them', () => {
    expect(mwText("see https://example.org/~me/__x__ it's")).toBe(
      "see https://example.org/%7Eme/%5F%5Fx%5F%5F<nowiki> it's</nowiki>",
    );
  });

  it('strips controls and bidi overrides', () => {
    expect(mwText('a\u202eb\u0000c\nd')).toBe('abc d');
  });
});

describe('mwText on hostile text', () => {
  test.prop([hostileText], { numRuns: 500 })(
    'carries no markup outside nowiki and shows the text as it was',
    (text) => {
      const out = mwText(text);
      expect(mediaWikiMarkup(out)).toEqual([]);
      expect(nowikiProblems(out)).toEqual([]);
      expect(percent(mediaWikiDisplay(out))).toBe(percent(cleanInline(text)));
    },
  );
});
