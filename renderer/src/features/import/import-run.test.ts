import { describe, expect, it } from 'vitest';
import { advance, dateInName } from './import-run';

describe('advance', () => {
  const start = { phase: 'starting' as const, sent: 0, size: 100 };

  it('moves the phase and the bytes forward only', () => {
    const uploading = advance(start, 'upload', 40);
    expect(uploading).toEqual({ phase: 'upload', sent: 40, size: 100 });
    expect(advance(uploading, 'upload', 20)).toEqual(uploading);
    const reading = advance(uploading, 'parse', 100);
    expect(advance(reading, 'upload', 60)).toEqual({ phase: 'parse', sent: 100, size: 100 });
  });

  it('never counts more bytes than the file has', () => {
    expect(advance(start, 'upload', 500).sent).toBe(100);
  });
});

describe('dateInName', () => {
  it('finds a real YYYY-MM-DD date in a file name', () => {
    expect(dateInName('#docs.2024-01-09-15.00.log.txt')).toBe('2024-01-09');
    expect(dateInName('meeting-2024-02-29.log')).toBe('2024-02-29');
  });

  it('gives nothing for names without a date or with an impossible one', () => {
    expect(dateInName('irssi.log')).toBe('');
    expect(dateInName('x-2023-02-29.log')).toBe('');
    expect(dateInName('x-2024-13-01.log')).toBe('');
  });
});
