import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAILTO_MAX, TRUNCATION_NOTE, mailtoLink } from './mailto';
import { testData } from '../../testdata/index';

const minutes = readFileSync(testData('meetbot/fedora-magazine-2020-06-10/minutes.txt'), 'utf8');

function link(to: string, subject: string, body: string, max?: number) {
  const r = mailtoLink({ to, subject, body }, max);
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}
const fields = (href: string) => {
  const url = new URL(href);
  return {
    to: decodeURIComponent(url.pathname),
    subject: url.searchParams.get('subject'),
    body: url.searchParams.get('body'),
  };
};

describe('mailtoLink', () => {
  it('percent-encodes subject and body, with CRLF line breaks', () => {
    const r = link(
      'Devel <sr-dev@lists.kamailio.org>, b+x@example.org',
      'Minutes & notes?',
      'a=1 #2\n100% café',
    );
    expect(r).toEqual({
      href: 'mailto:sr-dev@lists.kamailio.org,b%2Bx@example.org?subject=Minutes%20%26%20notes%3F&body=a%3D1%20%232%0D%0A100%25%20caf%C3%A9',
      truncated: false,
    });
  });

  it('cuts long minutes at a line break and says so, within the limit', () => {
    const r = link('magazine@lists.fedoraproject.org', 'Fedora Magazine minutes', minutes);
    expect(r.truncated).toBe(true);
    expect(r.href.length).toBeLessThanOrEqual(MAILTO_MAX);
    const body = fields(r.href).body!;
    expect(body.endsWith(`\r\n\r\n${TRUNCATION_NOTE}`)).toBe(true);
    const kept = body.slice(0, -(TRUNCATION_NOTE.length + 4)).replace(/\r\n/g, '\n');
    expect(minutes.startsWith(kept)).toBe(true);
    expect(minutes[kept.length]).toBe('\n');
    expect(kept.length).toBeGreaterThan(1000);
  });

  it('always stays within the limit and keeps the start of the text', () => {
    const lone = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
    fc.assert(
      fc.property(
        fc.string({ unit: 'binary', maxLength: 3000 }),
        fc.integer({ min: 300, max: 2500 }),
        (body, max) => {
          const r = link('a@b.org', 'x', body, max);
          expect(r.href.length).toBeLessThanOrEqual(max);
          const decoded = fields(r.href).body!;
          const expected = body.replace(lone, '\ufffd').replace(/\r\n|\r|\n/g, '\r\n');
          if (!r.truncated) {
            expect(decoded).toBe(expected);
            return;
          }
          expect(decoded.endsWith(`\r\n\r\n${TRUNCATION_NOTE}`)).toBe(true);
          expect(expected.startsWith(decoded.slice(0, -(TRUNCATION_NOTE.length + 4)))).toBe(true);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('rejects bad addresses, and subjects that leave no room', () => {
    expect(mailtoLink({ to: 'nobody', subject: 's', body: 'b' }).ok).toBe(false);
    const r = mailtoLink({ to: 'a@b.org', subject: 'x'.repeat(2100), body: 'b' });
    expect(r.ok ? null : r.error.code).toBe('too-long');
  });

  it('copes with text that is not well-formed UTF-16', () => {
    expect(link('a@b.org', 'bad \ud800 subject', 'bad \udc00 body').href).toContain('%EF%BF%BD');
  });
});
