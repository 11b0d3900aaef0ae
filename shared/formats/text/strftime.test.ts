import { describe, expect, it } from 'vitest';
import { strftime } from './strftime';

const t = { year: 2009, month: 6, day: 7, hour: 5, minute: 0, second: 9 };

describe('strftime', () => {
  it('formats the conversions MeetBot patterns use', () => {
    expect(strftime('%Y/%m/%d %H.%M.%S %F %T', t)).toBe('2009/06/07 05.00.09 2009-06-07 05:00:09');
  });

  it('formats names, day of year and the literal percent', () => {
    expect(strftime('%a %A %b %B %j %y %e %I%p %%', t)).toBe(
      'Sun Sunday Jun June 158 09  7 05AM %',
    );
  });

  it('copies an unknown conversion as written', () => {
    expect(strftime('%Q-%Y', t)).toBe('%Q-2009');
  });
});
