import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hostileText } from '../markdown/testing/hostile';
import { emlDraft, mailDate, type EmlInput } from './eml';
import { testData } from '../../testdata/index';

const minutes = readFileSync(testData('meetbot/fedora-iot-2020-06-10/minutes.txt'), 'utf8');
const input: EmlInput = {
  to: 'iot@lists.fedoraproject.org',
  subject: 'Fedora IoT Working Group Meeting minutes 2020-06-10',
  body: minutes,
  from: 'Peter Robinson <pbrobinson@fedoraproject.org>',
  date: Date.UTC(2020, 5, 10, 14, 30),
};

function draft(e: EmlInput): string {
  const r = emlDraft(e);
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}

/** Header names and unfolded values, and the body, of a message. */
function split(eml: string): { headers: [string, string][]; body: string } {
  const at = eml.indexOf('\r\n\r\n');
  const headers = eml
    .slice(0, at)
    .replace(/\r\n[ \t]/g, ' ')
    .split('\r\n')
    .map((l) => [l.slice(0, l.indexOf(':')), l.slice(l.indexOf(':') + 2)] as [string, string]);
  return { headers, body: eml.slice(at + 4) };
}

describe('emlDraft', () => {
  it('writes the minutes as an unsent plain-text message', () => {
    const eml = draft(input);
    const { headers, body } = split(eml);
    expect(headers).toEqual([
      ['Date', 'Wed, 10 Jun 2020 14:30:00 +0000'],
      ['From', 'Peter Robinson <pbrobinson@fedoraproject.org>'],
      ['To', 'iot@lists.fedoraproject.org'],
      ['Subject', 'Fedora IoT Working Group Meeting minutes 2020-06-10'],
      ['MIME-Version', '1.0'],
      ['Content-Type', 'text/plain; charset=UTF-8'],
      ['Content-Transfer-Encoding', '8bit'],
      ['X-Unsent', '1'],
    ]);
    expect(body.replace(/\r\n/g, '\n').trimEnd()).toBe(minutes.replace(/\r\n/g, '\n').trimEnd());
    expect(eml.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });

  it('encodes a subject beyond ASCII and leaves From out when not given', () => {
    const { headers } = split(
      draft({ ...input, from: undefined, subject: 'Réunion — procès-verbal' }),
    );
    expect(headers.map(([k]) => k)).not.toContain('From');
    const subject = headers.find(([k]) => k === 'Subject')![1];
    expect(subject).toMatch(/^(=\?UTF-8\?B\?[A-Za-z0-9+/=]+\?= ?)+$/);
  });

  it('switches to quoted-printable when a line is too long for 8bit', () => {
    const eml = draft({ ...input, body: `short\n${'é'.repeat(600)}\n` });
    expect(eml).toContain('Content-Transfer-Encoding: quoted-printable');
    for (const line of eml.split('\r\n')) expect(line.length).toBeLessThanOrEqual(998);
  });

  it.each([
    [{ to: 'iot@lists.fedoraproject.org\r\nBcc: all@example.org' }, 'address'],
    [{ to: [] }, 'address'],
    [{ from: 'not an address' }, 'address'],
    [{ subject: '\r\n' }, 'subject'],
    [{ date: Number.NaN }, 'date'],
  ] as [Partial<EmlInput>, string][])('rejects %j', (change, code) => {
    const r = emlDraft({ ...input, ...change });
    expect(r.ok ? null : r.error.code).toBe(code);
  });

  it('never lets hostile text add a header or break the message structure', () => {
    fc.assert(
      fc.property(hostileText, hostileText, hostileText, (subject, body, name) => {
        fc.pre(subject.replace(/[\p{Cc}\u2028\u2029\s]/gu, '') !== '');
        const safeName = name.replace(/[<>"\\]/g, '');
        const r = emlDraft({ ...input, subject, body, from: `${safeName} <a@b.org>` });
        expect(r.ok).toBe(true);
        if (!r.ok) return;
        expect(r.value.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
        expect(split(r.value).headers.map(([k]) => k)).toEqual([
          'Date',
          'From',
          'To',
          'Subject',
          'MIME-Version',
          'Content-Type',
          'Content-Transfer-Encoding',
          'X-Unsent',
        ]);
      }),
    );
  });
});

describe('mailDate', () => {
  it('writes RFC 5322 dates in UTC', () => {
    expect(mailDate(Date.UTC(2012, 0, 31, 15, 4, 5))).toBe('Tue, 31 Jan 2012 15:04:05 +0000');
  });
});
