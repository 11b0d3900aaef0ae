import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, extname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { testData } from './index';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const SKIP = new Set(['node_modules', 'out', '.git', 'test-results', 'report', 'dist', 'release']);
const CODE = new Set([
  '.ts',
  '.tsx',
  '.js',
  '.mjs',
  '.cjs',
  '.json',
  '.sh',
  '.html',
  '.yml',
  '.yaml',
]);

/** Every source, config and script file of the repository (no dependencies, no build output). */
function sourceFiles(dir: string, found: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    if (SKIP.has(name)) continue;
    const path = join(dir, name);
    if (statSync(path).isDirectory()) sourceFiles(path, found);
    else if (CODE.has(extname(name)) || relative(ROOT, path) === join('.ci', 'run'))
      found.push(path);
  }
  return found;
}

/**
 * Relative paths written in `text` (`'../x'`, `"../../y/"`, `` `../z/${n}` ``) that resolve outside
 * ROOT when read from the folder `dir`.
 */
function escapes(text: string, dir: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(/['"`]((?:\.\.\/)+[^'"`$\s]*)/g)) {
    const target = resolve(dir, m[1]!);
    if (target !== ROOT && !target.startsWith(ROOT + sep)) out.push(m[1]!);
  }
  return out;
}

describe('the repository is self-contained', () => {
  it('reads no path outside itself from any test, page object, benchmark, script or config', () => {
    // This file is left out: its own examples climb out on purpose.
    const self = fileURLToPath(import.meta.url);
    const files = sourceFiles(ROOT).filter((f) => f !== self);
    expect(files.length).toBeGreaterThan(100);
    const offenders = files.flatMap((f) =>
      escapes(readFileSync(f, 'utf8'), dirname(f)).map((p) => `${relative(ROOT, f)}: ${p}`),
    );
    expect(offenders).toEqual([]);
  });

  it('notices a path that leaves the repository, and none that stays inside', () => {
    const here = join(ROOT, 'shared', 'testdata');
    const text = [
      "readFileSync(new URL('../../../beside/seeds/x.md', import.meta.url));",
      'const dir = `../../../elsewhere/${name}`;',
      "import { a } from '../../electron/core/types';",
      "const kept = '../meetbot/';",
    ].join('\n');
    expect(escapes(text, here)).toEqual(['../../../beside/seeds/x.md', '../../../elsewhere/']);
    expect(escapes("const s = '../beside/fixtures/meetbot';", ROOT)).toEqual([
      '../beside/fixtures/meetbot',
    ]);
  });

  it('keeps test data paths inside the test data folder', () => {
    expect(statSync(testData('seeds/cockpit-2017-05-08.log.txt')).size).toBeGreaterThan(0);
    expect(() => testData('../../package.json')).toThrow(/leaves the folder/);
  });
});
