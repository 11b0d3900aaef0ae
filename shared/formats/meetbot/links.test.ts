import { describe, expect, it } from 'vitest';
import { isSafeHref, linkParts } from './links';

describe('linkParts', () => {
  it('takes the first word as the URL in the 2009 style', () => {
    expect(linkParts('Board: https://x.org/k  ', '2009', 'bytes')).toEqual({
      prefix: '',
      url: 'Board:',
      suffix: ' https://x.org/k',
    });
    expect(linkParts('https://x.org/', '2009', 'bytes')).toEqual({
      prefix: '',
      url: 'https://x.org/',
      suffix: ' ',
    });
  });

  it('finds the URL anywhere in the 2010 style, without a final dot or parenthesis', () => {
    expect(linkParts('see (https://x.org/a).', '2010', 'codepoints')).toEqual({
      prefix: 'see (',
      url: 'https://x.org/a',
      suffix: ').',
    });
    expect(linkParts('no url here', '2010', 'codepoints')).toEqual({
      prefix: '',
      url: 'no',
      suffix: ' url here ',
    });
  });
});

describe('isSafeHref', () => {
  it('allows web, IRC, FTP and mail links, relative references and bare labels', () => {
    for (const url of [
      'https://a',
      // eslint-disable-next-line @microsoft/sdl/no-insecure-url -- the schemes under test
      'HTTP://a',
      'irc://a/#c',
      'ircs://a',
      // eslint-disable-next-line @microsoft/sdl/no-insecure-url -- the schemes under test
      'ftp://a',
      'mailto:a@b',
      'Article',
      '//a/b',
      'Board:',
    ]) {
      expect(isSafeHref(url)).toBe(true);
    }
  });

  it('refuses script and other schemes, however they are disguised', () => {
    for (const url of [
      'javascript:alert(1)',
      'JavaScript:',
      'java\tscript:x',
      ' \x01javascript:x',
      'data:text/html,x',
      'vbscript:x',
      'ssh://a',
      'file:///etc',
    ]) {
      expect(isSafeHref(url)).toBe(false);
    }
  });
});
