import { describe, expect, it } from 'vitest';
import { addDays, isIsoDate, isoDate, monthIndex, parseLooseDate } from './dates';

describe('dates', () => {
  it.each([
    ['2012-01-31', '2012-01-31'],
    ['15:00 UTC, Tuesday, January 31, 2012', '2012-01-31'],
    ['Proposed: 14:00 UTC, Tuesday, Jun 26, 2018', '2018-06-26'],
    ['Mon May  8 13:00:44 2017', '2017-05-08'],
    ['Fri 05 Oct 2007 03:55:14 PM CEST', '2007-10-05'],
    ['Thu, Dec 8 2022', '2022-12-08'],
    ['Sat Jan  4 21:24:51 2020', '2020-01-04'],
    ['Wed Jan 02 2019', '2019-01-02'],
    ['September 1st, 2021', '2021-09-01'],
  ])('finds the date in %j', (text, expected) => {
    expect(parseLooseDate(text)).toBe(expected);
  });

  it.each([
    ['Jun 27: dcm qxork'],
    ['can attend: dcm, vseva'],
    ['Feb 30 2020'],
    ['2019-02-29'],
    [''],
  ])('finds no date in %j', (text) => {
    expect(parseLooseDate(text)).toBeNull();
  });

  it('knows month names and abbreviations only', () => {
    expect(monthIndex('Sept')).toBe(9);
    expect(monthIndex('dec')).toBe(12);
    expect(monthIndex('Mon')).toBe(0);
    expect(monthIndex('Ma')).toBe(0);
  });

  it('validates and moves calendar dates', () => {
    expect(isoDate(2024, 2, 29)).toBe('2024-02-29');
    expect(isoDate(2023, 2, 29)).toBeNull();
    expect(isIsoDate('2024-13-01')).toBe(false);
    expect(addDays('2019-12-31', 1)).toBe('2020-01-01');
    expect(addDays('2024-03-01', -1)).toBe('2024-02-29');
  });
});
