import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

interface Manifest {
  dependencies?: Record<string, string>;
  optionalDependencies?: Record<string, string>;
}

const read = (file: string): Manifest => JSON.parse(readFileSync(file, 'utf8')) as Manifest;

/** Where `name` resolves from the package in `fromDir`, as Node would find it; null when absent. */
function resolvePackage(name: string, fromDir: string, root: string): string | null {
  for (let dir = fromDir; ; dir = dirname(dir)) {
    const candidate = join(dir, 'node_modules', name, 'package.json');
    if (existsSync(candidate)) return dirname(candidate);
    if (dir === root || dir === dirname(dir)) return null;
  }
}

/**
 * The names of every package the app needs at run time: the `dependencies` of `root`'s
 * package.json and theirs, transitively (optional ones when installed), never devDependencies.
 */
export function runtimeDependencies(root: string): Set<string> {
  const names = new Set<string>();
  const seen = new Set<string>();
  const visit = (dir: string, required: boolean) => {
    const manifest = read(join(dir, 'package.json'));
    const deps = [
      ...Object.keys(manifest.dependencies ?? {}).map((name) => [name, true] as const),
      ...Object.keys(manifest.optionalDependencies ?? {}).map((name) => [name, false] as const),
    ];
    for (const [name, needed] of deps) {
      const found = resolvePackage(name, dir, root);
      if (!found) {
        if (needed && required) throw new Error(`${name} (needed by ${dir}) is not installed`);
        continue;
      }
      names.add(name);
      if (seen.has(found)) continue;
      seen.add(found);
      visit(found, needed);
    }
  };
  visit(root, true);
  return names;
}

/** The names of the packages under `node_modules` in a list of archive paths (any depth). */
export function packagesIn(paths: readonly string[]): Set<string> {
  const names = new Set<string>();
  for (const path of paths) {
    const match = /\/node_modules\/((?:@[^/]+\/)?[^/]+)$/.exec(path.replaceAll('\\', '/'));
    if (match && !match[1]!.startsWith('.')) names.add(match[1]!);
  }
  return names;
}
