import { describe, expect, it } from 'vitest';
import { parseMailbox, parseMailboxes } from './address';

describe('parseMailbox', () => {
  it('reads bare, named and quoted-name mailboxes', () => {
    expect(parseMailbox(' sr-dev@lists.kamailio.org ')).toEqual({
      ok: true,
      value: { name: null, address: 'sr-dev@lists.kamailio.org' },
    });
    expect(parseMailbox('Ben Cotton <bcotton@fedoraproject.org>')).toEqual({
      ok: true,
      value: { name: 'Ben Cotton', address: 'bcotton@fedoraproject.org' },
    });
    expect(parseMailbox('"Cotton, Ben" <b@f.org>')).toEqual({
      ok: true,
      value: { name: 'Cotton, Ben', address: 'b@f.org' },
    });
  });

  it.each([
    '',
    'devel',
    'a@b@c',
    'a b@c.org',
    'x@y.org\r\nBcc: evil@z.org',
    'x@-y.org',
    'Name <>',
    'ü@example.org',
  ])('rejects %j with a message', (text) => {
    const r = parseMailbox(text);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.code).toBe('address');
      expect(r.error.message).not.toMatch(/[\r\n]/);
    }
  });
});

describe('parseMailboxes', () => {
  it('splits on commas outside quotes', () => {
    const r = parseMailboxes('"Doe, J" <j@d.org>, devel@lists.example.org');
    expect(r.ok && r.value.map((m) => m.address)).toEqual(['j@d.org', 'devel@lists.example.org']);
  });

  it('needs at least one address', () => {
    expect(parseMailboxes([' ']).ok).toBe(false);
  });
});
