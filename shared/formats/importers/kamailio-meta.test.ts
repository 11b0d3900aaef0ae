import { describe, expect, it } from 'vitest';
import { readPageMeta } from './kamailio-meta';

describe('readPageMeta', () => {
  it('reads the 2012 head', () => {
    const meta = readPageMeta([
      '# IRC Devel Meeting - 2012-01-31',
      'Date:',
      '- **15:00 UTC, Tuesday, January 31, 2012**',
      'Place:',
      '- **#sip-router** IRC channel on **irc.freenode.net** server',
    ]);
    expect(meta).toEqual({
      title: 'IRC Devel Meeting - 2012-01-31',
      date: '2012-01-31',
      utcTime: '15:00',
      channel: '#sip-router',
      place: 'irc.freenode.net',
    });
  });

  it('prefers a selected date over the title and a Matrix room gives its server', () => {
    const meta = readPageMeta([
      '# Online Devel Meeting - 2024-12-09',
      'Date:',
      '- **Proposed: 15:00 UTC, Monday, Dec 09, 2024**',
      '- **Selected: 15:00 UTC, Tuesday, Dec 10, 2024**',
      '  - can attend: dcm, vseva',
      '**Place:**',
      '- Matrix chat room: **#kamailio:matrix.kamailio.dev**',
    ]);
    expect(meta).toMatchObject({
      date: '2024-12-10',
      utcTime: '15:00',
      channel: '#kamailio:matrix.kamailio.dev',
      place: 'matrix.kamailio.dev',
    });
  });

  it('falls back to a proposed date and leaves unknowns null', () => {
    expect(
      readPageMeta(['# Meeting', 'Date:', '- **Proposed: 14:00 UTC, Tuesday, Jun 26, 2018**']),
    ).toEqual({
      title: 'Meeting',
      date: '2018-06-26',
      utcTime: '14:00',
      channel: null,
      place: null,
    });
  });
});
