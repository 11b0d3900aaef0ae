import { describe, expect, it } from 'vitest';
import { IMPORT_MAX_BYTES } from '../../../shared/ipc/after-meeting-schemas';
import { ManualClock } from '../../testing/manual-clock';
import { ImportUploads, MAX_UPLOADS, UPLOAD_IDLE_MS } from './upload';

const bytes = (text: string) => Buffer.from(text);

function uploads() {
  const clock = new ManualClock();
  const progress: [string, number, number][] = [];
  let n = 0;
  const u = new ImportUploads(
    clock,
    (...p) => progress.push(p),
    () => `u${++n}`,
  );
  return { clock, progress, u };
}

describe('ImportUploads', () => {
  it('takes parts in order, reports progress, and hands over the whole file', () => {
    const { u, progress } = uploads();
    expect(u.begin({ name: 'a.log', size: 11 })).toEqual({
      ok: true,
      value: { importId: 'u1', chunkBytes: 2 * 1024 * 1024 },
    });
    expect(u.chunk('u1', 0, bytes('hello '))).toEqual({ ok: true, value: { received: 6 } });
    expect(u.complete('u1')).toMatchObject({ ok: false, error: { code: 'incomplete' } });
    expect(u.chunk('u1', 1, bytes('world'))).toEqual({ ok: true, value: { received: 11 } });
    expect(progress).toEqual([
      ['u1', 6, 11],
      ['u1', 11, 11],
    ]);
    const done = u.complete('u1');
    expect(done.ok && done.value.text.end().join('')).toBe('hello world');
    u.finish('u1');
    expect(u.complete('u1')).toEqual({
      ok: false,
      error: { code: 'import-closed', message: 'That import has already been imported.' },
    });
  });

  it('refuses parts out of order, more bytes than announced, and files over the limit', () => {
    const { u } = uploads();
    u.begin({ name: 'a.log', size: 4 });
    expect(u.chunk('u1', 1, bytes('ab'))).toMatchObject({
      ok: false,
      error: {
        code: 'out-of-order',
        message: 'Part 2 of the upload arrived where part 1 was expected.',
      },
    });
    expect(u.chunk('u1', 0, bytes('abcde'))).toMatchObject({
      ok: false,
      error: { code: 'too-large' },
    });
    expect(u.chunk('u1', 0, bytes('ab'))).toMatchObject({
      ok: false,
      error: { code: 'import-closed' },
    });
    expect(u.begin({ name: 'big.log', size: IMPORT_MAX_BYTES + 1 })).toEqual({
      ok: false,
      error: {
        code: 'too-large',
        message: 'big.log is 64.0 MiB; Gavel imports logs of up to 64.0 MiB.',
      },
    });
    expect(u.chunk('nope', 0, bytes(''))).toMatchObject({
      ok: false,
      error: { code: 'no-such-import' },
    });
  });

  it('cancels, holds a few uploads at most, and drops one left idle', () => {
    const { u, clock } = uploads();
    for (let i = 0; i < MAX_UPLOADS; i++) expect(u.begin({ name: 'x', size: 1 }).ok).toBe(true);
    expect(u.begin({ name: 'x', size: 1 })).toMatchObject({ ok: false, error: { code: 'busy' } });
    expect(u.cancel('u1')).toBe(true);
    expect(u.cancel('u1')).toBe(false);
    expect(u.chunk('u1', 0, bytes('a'))).toMatchObject({
      error: { message: 'That import was cancelled.' },
    });
    clock.advance(UPLOAD_IDLE_MS - 1);
    u.chunk('u2', 0, bytes('a'));
    clock.advance(2);
    expect(u.complete('u2').ok).toBe(true);
    expect(u.complete('u3')).toMatchObject({ ok: false, error: { code: 'import-closed' } });
    u.clear();
    expect(clock.pending).toBe(0);
  });
});
