import { describe, expect, it } from 'vitest';
import { clockTime, parseClock, secondsOfDay } from './clock-time';

describe('clock times', () => {
  it.each([
    ['9:05', undefined, '09:05'],
    ['13:00:44', undefined, '13:00:44'],
    ['10:02', 'am', '10:02'],
    ['12:30', 'am', '00:30'],
    ['12:30', 'PM', '12:30'],
    ['4:00', 'pm', '16:00'],
    ['23:59:60', undefined, '23:59:60'],
  ])('%s %s -> %s', (text, meridiem, expected) => {
    expect(parseClock(text, meridiem)).toBe(expected);
  });

  it.each([['24:00'], ['12:60'], ['1:2'], ['10:00:61'], ['abc']])('refuses %s', (text) => {
    expect(parseClock(text)).toBeNull();
  });

  it('refuses hours a 12-hour clock does not have', () => {
    expect(clockTime('13', '00', undefined, 'pm')).toBeNull();
    expect(clockTime('0', '10', undefined, 'am')).toBeNull();
  });

  it('counts seconds since midnight with or without seconds', () => {
    expect(secondsOfDay('01:02:03')).toBe(3723);
    expect(secondsOfDay('23:59')).toBe(86_340);
  });
});
