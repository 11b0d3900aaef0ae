import { describe, expect, it } from 'vitest';
import { baseName, channelSlug, expandPattern, joinUrl } from './filename';

const start = { year: 2009, month: 6, day: 17, hour: 5, minute: 0, second: 0 };

describe('expandPattern', () => {
  it('expands MeetBot’s default pattern', () => {
    const path = expandPattern('%(channel)s/%%Y/%(channel)s.%%F-%%H.%%M', {
      channel: '#MeetBot-Test',
      meetingName: null,
      start,
    });
    expect(path).toBe('meetbot-test/2009/meetbot-test.2009-06-17-05.00');
  });

  it('uses the meeting name, and the channel when there is none', () => {
    const pattern = '%(channel)s/%%Y-%%m-%%d/%(meetingname)s.%%Y-%%m-%%d-%%H.%%M';
    expect(
      expandPattern(pattern, { channel: '#fedora-meeting', meetingName: 'magazine', start }),
    ).toBe('fedora-meeting/2009-06-17/magazine.2009-06-17-05.00');
    expect(expandPattern('%(meetingname)s', { channel: '#c', meetingName: null, start })).toBe('c');
    expect(
      expandPattern('%(network)s/%(channel)s', {
        channel: '#c',
        meetingName: null,
        start,
        network: 'Libera',
      }),
    ).toBe('libera/c');
  });

  it('keeps names inside their folder and out of URLs and attributes', () => {
    const path = (meetingName: string) =>
      expandPattern('%(meetingname)s/x', { channel: '#c', meetingName, start });
    expect(path('../../etc')).toBe('....etc/x');
    expect(path('..')).toBe('_/x');
    expect(path(`a'"<b>&%Y#q`)).toBe('a___b___Y_q/x');
  });

  it('slugs a channel as MeetBot does', () => {
    expect(channelSlug('## Foo/Bar #')).toBe('foobar');
  });
});

describe('joinUrl and baseName', () => {
  it('join like os.path.join', () => {
    expect(joinUrl('https://h/', 'a/b')).toBe('https://h/a/b');
    expect(joinUrl('https://h', 'a/b')).toBe('https://h/a/b');
    expect(joinUrl('', 'a/b')).toBe('a/b');
    expect(joinUrl('https://h/', '/abs')).toBe('/abs');
    expect(baseName('a/b/c.d')).toBe('c.d');
  });
});
