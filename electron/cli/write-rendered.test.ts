import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CHUNK_CHARS } from '../../shared/formats/meetbot/chunks';
import { writeAllRenderedAtomically, writeRenderedAtomically } from './write-rendered';

let dir: string;
beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'gavel-rendered-'))));
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('writeRenderedAtomically', () => {
  it('writes what the renderer pushes, across many chunks, as UTF-8', () => {
    const line = 'é — 日本 😀 plain ascii text\n';
    const count = Math.ceil((3 * CHUNK_CHARS) / line.length);
    const path = writeRenderedAtomically(dir, 'a/b/log.txt', (out) => {
      for (let i = 0; i < count; i++) out(line);
      out('');
      out(`${'x'.repeat(5 * CHUNK_CHARS)}end`);
    });
    expect(path).toBe(join(dir, 'a/b/log.txt'));
    expect(readFileSync(path, 'utf8')).toBe(
      `${line.repeat(count)}${'x'.repeat(5 * CHUNK_CHARS)}end`,
    );
    expect(readdirSync(join(dir, 'a/b'))).toEqual(['log.txt']);
  });

  it('writes an empty file when nothing is pushed', () => {
    const path = writeRenderedAtomically(dir, 'empty.txt', () => undefined);
    expect(readFileSync(path, 'utf8')).toBe('');
  });

  it('leaves neither the file nor a temporary one when rendering fails', () => {
    expect(() =>
      writeRenderedAtomically(dir, 'broken.html', (out) => {
        out('x'.repeat(2 * CHUNK_CHARS));
        throw new Error('writer bug');
      }),
    ).toThrow('writer bug');
    expect(readdirSync(dir)).toEqual([]);
  });

  it('refuses a path that leaves the folder', () => {
    expect(() => writeRenderedAtomically(dir, '../escape.txt', (out) => out('x'))).toThrow(
      /outside/,
    );
  });
});

describe('writeAllRenderedAtomically', () => {
  it('writes each sink into its own file', () => {
    const paths = writeAllRenderedAtomically(dir, ['x.log.txt', 'sub/x.log.html'], ([a, b]) => {
      for (let i = 0; i < CHUNK_CHARS; i++) {
        a!('a');
        b!('bé');
      }
    });
    expect(paths).toEqual([join(dir, 'x.log.txt'), join(dir, 'sub/x.log.html')]);
    expect(readFileSync(paths[0]!, 'utf8')).toBe('a'.repeat(CHUNK_CHARS));
    expect(readFileSync(paths[1]!, 'utf8')).toBe('bé'.repeat(CHUNK_CHARS));
  });

  it('leaves none of the files when rendering fails after writing to all of them', () => {
    expect(() =>
      writeAllRenderedAtomically(dir, ['one.txt', 'two.txt'], ([a, b]) => {
        a!('x'.repeat(2 * CHUNK_CHARS));
        b!('y'.repeat(2 * CHUNK_CHARS));
        throw new Error('writer bug');
      }),
    ).toThrow('writer bug');
    expect(readdirSync(dir)).toEqual([]);
  });

  it('refuses every file when one path leaves the folder', () => {
    expect(() =>
      writeAllRenderedAtomically(dir, ['fine.txt', '../escape.txt'], () => undefined),
    ).toThrow(/outside/);
    expect(readdirSync(dir)).toEqual([]);
  });
});
