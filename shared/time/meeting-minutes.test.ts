import { describe, expect, it } from 'vitest';
import { meetingMinutes } from './meeting-minutes';

describe('meetingMinutes', () => {
  it('counts whole minutes, and knows none while live or for an untimed transcript', () => {
    expect(meetingMinutes({ startedAt: 0, endedAt: 42 * 60_000 + 20_000 }, 'live')).toBe(42);
    expect(meetingMinutes({ startedAt: 0, endedAt: null }, 'live')).toBeNull();
    expect(meetingMinutes({ startedAt: 5, endedAt: 5 }, 'imported')).toBeNull();
    expect(meetingMinutes({ startedAt: 5, endedAt: 5 }, 'live')).toBe(0);
    expect(meetingMinutes({ startedAt: 0, endedAt: 90_000 }, 'imported')).toBe(2);
  });
});
