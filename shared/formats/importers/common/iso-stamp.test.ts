import { describe, expect, it } from 'vitest';
import { isoStamp } from './iso-stamp';

describe('isoStamp', () => {
  it('reads date, time and zone', () => {
    expect(isoStamp('2024-05-01', '14:03:22', 'Z')).toEqual({
      time: '14:03:22',
      stamp: { date: '2024-05-01', zone: 'UTC' },
    });
    expect(isoStamp('2008-07-09', '16:13:30', '+1200')).toEqual({
      time: '16:13:30',
      stamp: { date: '2008-07-09', zone: '+12:00' },
    });
    expect(isoStamp('2024-05-01', '14:03:22', undefined)).toEqual({
      time: '14:03:22',
      stamp: { date: '2024-05-01' },
    });
  });

  it('refuses days and times that do not exist and ignores an unusable zone', () => {
    expect(isoStamp('2023-02-29', '12:00:00', 'Z')).toBeNull();
    expect(isoStamp('2024-05-01', '24:00:00', 'Z')).toBeNull();
    expect(isoStamp('2024-05-01', '12:00:00', '+9999')).toEqual({
      time: '12:00:00',
      stamp: { date: '2024-05-01' },
    });
  });
});
