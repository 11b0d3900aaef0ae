import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { listPackage } from '@electron/asar';
import { FuseState, FuseV1Options, getCurrentFuseWire } from '@electron/fuses';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { installedElectron } from '../host/electron-binary';
import { makePlaceholderElectron } from './placeholder-electron';
import { packagesIn, runtimeDependencies } from './runtime-deps';

const root = fileURLToPath(new URL('../..', import.meta.url));
const work = mkdtempSync(join(tmpdir(), 'gavel-package-'));
const output = join(work, 'dist');
const unpacked = join(output, 'linux-unpacked');
afterAll(() => rmSync(work, { recursive: true, force: true }));

let files: string[] = [];

// `npm run package -- --dir` as a developer runs it, on Linux, with the real Electron when it is
// installed and otherwise a placeholder carrying Electron's fuse wire.
beforeAll(() => {
  const real = installedElectron();
  const electronDist = real ? dirname(real) : makePlaceholderElectron(join(work, 'electron'));
  if (!real) {
    console.log(
      'Packed with a placeholder Electron distribution: the Electron binary itself is not verified on this machine.',
    );
  }
  const run = spawnSync(
    'npm',
    [
      'run',
      '-s',
      'package',
      '--',
      '--dir',
      '--linux',
      '--x64',
      `-c.electronDist=${electronDist}`,
      `-c.directories.output=${output}`,
    ],
    { cwd: root, encoding: 'utf8', timeout: 240_000, env: { ...process.env, CI: 'true' } },
  );
  if (run.status !== 0) throw new Error(`npm run package failed:\n${run.stdout}\n${run.stderr}`);
  files = listPackage(join(unpacked, 'resources', 'app.asar'), { isPack: false });
}, 300_000);

describe('npm run package -- --dir', () => {
  it('puts the built main, preload and renderer in app.asar, and nothing of the sources', () => {
    for (const file of [
      '/package.json',
      '/out/main/index.js',
      '/out/preload/index.cjs',
      '/out/renderer/index.html',
    ]) {
      expect(files, file).toContain(file);
    }
    expect(files.some((f) => /^\/out\/renderer\/assets\/index-[\w-]+\.js$/.test(f))).toBe(true);
    const own = files.filter((f) => !f.includes('/node_modules/') && f !== '/node_modules');
    expect(own.filter((f) => !/^\/(out|package\.json)/.test(f))).toEqual([]);
    expect(files.filter((f) => /\.(map|[mc]?tsx?|md)$/i.test(f))).toEqual([]);
    expect(files.filter((f) => /\/(tests?|__tests__)\//.test(f))).toEqual([]);
    expect(files).not.toContain('/out/main/start.js');
    console.log(`app.asar holds ${files.length} entries; outside node_modules:\n${own.join('\n')}`);
  });

  it('holds exactly the runtime dependencies', () => {
    const expected = runtimeDependencies(root);
    const packed = packagesIn(files);
    expect([...packed].sort()).toEqual([...expected].sort());
    for (const dev of ['electron', 'react', 'vitest', 'electron-builder', 'typescript'])
      expect(packed.has(dev), dev).toBe(false);
    console.log(
      `runtime dependencies in app.asar (${packed.size}): ${[...packed].sort().join(' ')}`,
    );
  });

  it('flips the fuses the configuration asks for in the packaged binary', async () => {
    const config = readFileSync(join(root, 'electron-builder.yml'), 'utf8');
    expect(config).toMatch(/^electronFuses:\n(\s+\w+: (true|false)\n)+/m);
    const binary = join(unpacked, 'gavel');
    expect(existsSync(binary)).toBe(true);
    const wire = await getCurrentFuseWire(binary);
    expect({
      runAsNode: wire[FuseV1Options.RunAsNode],
      nodeOptions: wire[FuseV1Options.EnableNodeOptionsEnvironmentVariable],
      inspect: wire[FuseV1Options.EnableNodeCliInspectArguments],
      cookieEncryption: wire[FuseV1Options.EnableCookieEncryption],
      onlyAsar: wire[FuseV1Options.OnlyLoadAppFromAsar],
      asarIntegrity: wire[FuseV1Options.EnableEmbeddedAsarIntegrityValidation],
      fileExtraPrivileges: wire[FuseV1Options.GrantFileProtocolExtraPrivileges],
    }).toEqual({
      runAsNode: FuseState.DISABLE,
      nodeOptions: FuseState.DISABLE,
      inspect: FuseState.DISABLE,
      cookieEncryption: FuseState.ENABLE,
      onlyAsar: FuseState.ENABLE,
      asarIntegrity: FuseState.ENABLE,
      fileExtraPrivileges: FuseState.DISABLE,
    });
  });
});
