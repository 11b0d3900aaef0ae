import { describe, expect, it } from 'vitest';
import { announcement, type AnnouncementInput } from './announcement';

const kamailio: AnnouncementInput = {
  title: 'Kamailio Devel Meeting',
  channel: '#kamailio-devel',
  network: 'irc.libera.chat',
  at: Date.UTC(2026, 2, 16, 14),
  cities: [
    { name: 'New York', zone: 'America/New_York' },
    { name: 'Berlin', zone: 'Europe/Berlin' },
    { name: 'Bucharest', zone: 'Europe/Bucharest' },
    { name: 'Sydney', zone: 'Australia/Sydney' },
  ],
  agendaUrl: 'https://www.kamailio.org/wiki/devel/irc-meetings/2026a',
};

describe('announcement', () => {
  it('gives the UTC time, every city’s local time and an epoch for date -d', () => {
    const r = announcement(kamailio);
    expect(r).toEqual({
      ok: true,
      value: [
        'Kamailio Devel Meeting',
        '',
        'When:   Monday 16 March 2026, 14:00 UTC',
        'Where:  #kamailio-devel on irc.libera.chat',
        'Agenda: https://www.kamailio.org/wiki/devel/irc-meetings/2026a',
        '',
        'Local times:',
        // New York has moved to summer time (8 March), Europe has not yet (29 March).
        '  New York   Mon 16 Mar 2026, 10:00 (UTC-4)',
        '  Berlin     Mon 16 Mar 2026, 15:00 (UTC+1)',
        '  Bucharest  Mon 16 Mar 2026, 16:00 (UTC+2)',
        '  Sydney     Tue 17 Mar 2026, 01:00 (UTC+11)',
        '',
        'In your own time zone: date -d @1773669600   (macOS/BSD: date -r 1773669600)',
        '',
      ].join('\n'),
    });
    expect(new Date(1773669600 * 1000).toISOString()).toBe('2026-03-16T14:00:00.000Z');
  });

  it('keeps hostile titles and city names on their own line', () => {
    const r = announcement({
      ...kamailio,
      title: 'Release\r\nBcc: everyone\u202e',
      cities: [{ name: 'Ber\nlin', zone: 'Europe/Berlin' }],
      agendaUrl: undefined,
    });
    expect(r.ok && r.value.split('\n').slice(0, 3)).toEqual([
      'Release Bcc: everyone',
      '',
      'When:   Monday 16 March 2026, 14:00 UTC',
    ]);
    expect(r.ok && r.value).toContain('  Ber lin  Mon 16 Mar 2026, 15:00 (UTC+1)');
  });

  it.each([
    [{ title: ' \n ' }, 'title'],
    [{ channel: 'kamailio' }, 'channel'],
    [{ network: 'irc libera chat' }, 'network'],
    [{ at: Number.NaN }, 'time'],
    [{ cities: [{ name: 'Atlantis', zone: 'Atlantic/Atlantis' }] }, 'time-zone'],
    [{ agendaUrl: 'javascript:alert(1)' }, 'agenda-url'],
  ] as [Partial<AnnouncementInput>, string][])(
    'rejects %j with a clear message',
    (change, code) => {
      const r = announcement({ ...kamailio, ...change });
      expect(r.ok ? null : r.error.code).toBe(code);
      expect(r.ok ? '' : r.error.message).toMatch(/\w+ .*\w/);
    },
  );
});
