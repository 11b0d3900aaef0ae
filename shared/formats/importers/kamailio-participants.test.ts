import { describe, expect, it } from 'vitest';
import { readParticipants } from './kamailio-participants';

describe('readParticipants', () => {
  it('reads both list shapes and names without an abbreviation', () => {
    expect(
      readParticipants([
        'Following developers announced intention to participate:',
        '- Daniel-Constantin Mierla (dcm)',
        '- vseva - Victor Seva',
        '- Jason Penton',
        '* Víctor Seva',
        '- see the list at https://example.org/',
      ]),
    ).toEqual([
      { nick: 'dcm', name: 'Daniel-Constantin Mierla' },
      { nick: 'vseva', name: 'Victor Seva' },
      { nick: '', name: 'Jason Penton' },
      { nick: '', name: 'Víctor Seva' },
    ]);
  });

  it('keeps nick, full name and abbreviation of the 2019 `abbr - Full Name (ircnick)` shape', () => {
    expect(
      readParticipants([
        '- dcm - Daniel-Constantin Mierla (miconda)',
        '- hds - Henning Westerholt (henningw)',
      ]),
    ).toEqual([
      { nick: 'miconda', name: 'Daniel-Constantin Mierla', alias: 'dcm' },
      { nick: 'henningw', name: 'Henning Westerholt', alias: 'hds' },
    ]);
  });
});
