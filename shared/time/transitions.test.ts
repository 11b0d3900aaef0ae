import { describe, expect, it } from 'vitest';
import { transitions } from './transitions';

describe('transitions', () => {
  it('finds the exact minutes Berlin changes its clocks in 2026', () => {
    expect(transitions('Europe/Berlin', Date.UTC(2026, 0, 1), Date.UTC(2027, 0, 1))).toEqual([
      { at: Date.UTC(2026, 2, 29, 1), from: 60, to: 120 },
      { at: Date.UTC(2026, 9, 25, 1), from: 120, to: 60 },
    ]);
  });

  it('finds a half-hour change (Lord Howe Island) and none where clocks never change', () => {
    expect(transitions('Australia/Lord_Howe', Date.UTC(2026, 0, 1), Date.UTC(2026, 6, 1))).toEqual([
      { at: Date.UTC(2026, 3, 4, 15), from: 660, to: 630 },
    ]);
    expect(transitions('Asia/Tokyo', Date.UTC(2020, 0, 1), Date.UTC(2030, 0, 1))).toEqual([]);
  });
});
