import { describe, expect, it } from 'vitest';
import { MINUTES_FORMATS } from '../formats/minutes-files';
import { ExportFormat } from './after-meeting-schemas';

describe('ExportFormat', () => {
  it('accepts every minutes format the writers know, and only those', () => {
    for (const format of MINUTES_FORMATS) expect(ExportFormat.safeParse(format).success).toBe(true);
    expect([...ExportFormat.options].sort()).toEqual([...MINUTES_FORMATS].sort());
    for (const other of ['pdf', 'TXT', '', 'log'])
      expect(ExportFormat.safeParse(other).success).toBe(false);
  });
});
