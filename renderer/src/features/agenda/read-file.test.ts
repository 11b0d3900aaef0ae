import { describe, expect, it } from 'vitest';
import { AGENDA_FILE_MAX_BYTES } from '../../../../shared/ipc/limits';
import { readTextFile } from './read-file';

describe('readTextFile', () => {
  it('reads an outline as text', async () => {
    expect(await readTextFile(new Blob(['- (amy) Intro (5 min)\n']))).toEqual({
      text: '- (amy) Intro (5 min)\n',
    });
  });

  it('refuses a file larger than the bridge can carry, before reading it', async () => {
    const big = new Blob(['a'.repeat(AGENDA_FILE_MAX_BYTES + 1)]);
    expect(await readTextFile(big)).toEqual({
      error: 'That file is too large for an agenda (over 512 KiB).',
    });
    expect(await readTextFile(new Blob(['a'.repeat(AGENDA_FILE_MAX_BYTES)]))).toHaveProperty(
      'text',
    );
  });

  it('refuses a binary file', async () => {
    expect(await readTextFile(new Blob(['%PDF\u0000']))).toEqual({
      error: 'That file is not text. Pick a Markdown or text file.',
    });
  });
});
