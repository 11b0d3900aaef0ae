import { describe, expect, it } from 'vitest';
import { fileProblem, formatSize, importedText, linesText, uploadText } from './import-text';

const MIB = 1024 * 1024;

describe('import texts', () => {
  it('reads sizes in bytes, KiB and MiB', () => {
    expect(formatSize(1)).toBe('1 byte');
    expect(formatSize(512)).toBe('512 bytes');
    expect(formatSize(12_595)).toBe('12.3 KiB');
    expect(formatSize(40 * MIB)).toBe('40.0 MiB');
  });

  it('says how far an upload is in the unit of the whole file', () => {
    expect(uploadText(12.3 * MIB, 40 * MIB)).toBe('Uploading 12.3 of 40.0 MiB');
    expect(uploadText(0, 2048)).toBe('Uploading 0.0 of 2.0 KiB');
    expect(uploadText(900, 700)).toBe('Uploading 700 of 700 bytes');
  });

  it('refuses empty and too large files, and takes one of exactly 64 MiB', () => {
    expect(fileProblem({ name: 'a.log', size: 0 })).toBe(
      "a.log is empty. Pick a log that holds the meeting's lines.",
    );
    expect(fileProblem({ name: 'big.log', size: 64 * MIB + 1 })).toBe(
      'big.log is too large to import (64.0 MiB); Gavel imports logs of up to 64 MiB.',
    );
    expect(fileProblem({ name: 'huge.log', size: 100 * MIB })).toMatch(
      /^huge.log is too large to import \(100.0 MiB\)/,
    );
    expect(fileProblem({ name: 'ok.log', size: 64 * MIB })).toBeNull();
  });

  it('says what was imported, leaving out what is not known', () => {
    expect(linesText(1)).toBe('1 line');
    expect(
      importedText({ lines: 1234, fileName: 'irssi.log', format: 'irssi', name: '#meet' }),
    ).toBe('Imported 1,234 lines from irssi.log (irssi) as #meet.');
    expect(importedText({ lines: null, fileName: 'x.txt', format: null, name: 'Sync' })).toBe(
      'Imported x.txt as Sync.',
    );
  });
});
