import { describe, expect, it } from 'vitest';
import { isStartCommand, isUrlLine, parseCommand } from './parse';

describe('parseCommand', () => {
  it('reads classic MeetBot commands exactly at the start', () => {
    expect(parseCommand('#TOPIC \t Budget ', 'classic')).toEqual({ name: 'topic', arg: 'Budget ' });
    expect(parseCommand('#info:x', 'classic')).toEqual({ name: 'info', arg: ':x' });
    expect(parseCommand(' #info x', 'classic')).toBeNull();
    expect(parseCommand('[TOPIC] x', 'classic')).toBeNull();
  });

  it('reads meetingology’s bracket form and ignores surrounding spaces', () => {
    expect(parseCommand('[TOPIC] Budget', 'meetingology')).toEqual({
      name: 'topic',
      arg: 'Budget',
    });
    expect(parseCommand('  #link   https://x  ', 'meetingology')).toEqual({
      name: 'link',
      arg: 'https://x',
    });
    expect(parseCommand('[ENDVOTE]', 'meetingology')).toEqual({ name: 'endvote', arg: '' });
    expect(parseCommand('#info:x', 'meetingology')).toBeNull();
  });

  it('stays linear on a long line of spaces', () => {
    const started = performance.now();
    expect(parseCommand(`#info${' '.repeat(200_000)}x`, 'meetingology')?.arg).toBe('x');
    // Linear work takes milliseconds; the backtracking this guards against takes minutes, so the
    // bound is loose enough for a busy machine.
    expect(performance.now() - started).toBeLessThan(3_000);
  });
});

describe('isStartCommand and isUrlLine', () => {
  it('match #startmeeting case-sensitively only for classic MeetBot', () => {
    expect(isStartCommand('#startmeeting Weekly', 'classic')).toBe(true);
    expect(isStartCommand('#STARTMEETING', 'classic')).toBe(false);
    expect(isStartCommand('#STARTMEETING', 'meetingology')).toBe(true);
    expect(isStartCommand('#startmeetings', 'classic')).toBe(false);
  });

  it('take a line whose text before // is a protocol as a link', () => {
    expect(isUrlLine('https://x y')).toBe(true);
    // eslint-disable-next-line @microsoft/sdl/no-insecure-url -- MeetBot links ftp too
    expect(isUrlLine('ftp://x')).toBe(true);
    expect(isUrlLine('see https://x')).toBe(false);
    expect(isUrlLine('javascript://x')).toBe(false);
  });
});
