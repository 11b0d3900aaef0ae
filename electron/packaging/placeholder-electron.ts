import { chmodSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { FuseState, FuseV1Options } from '@electron/fuses';

// The marker @electron/fuses looks for in an Electron binary, followed by the wire's version (1)
// and length, then one byte per fuse.
const SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';

/** Electron's own defaults for the fuses of wire version 1, in wire order. */
const DEFAULTS: Record<FuseV1Options, FuseState> = {
  [FuseV1Options.RunAsNode]: FuseState.ENABLE,
  [FuseV1Options.EnableCookieEncryption]: FuseState.DISABLE,
  [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: FuseState.ENABLE,
  [FuseV1Options.EnableNodeCliInspectArguments]: FuseState.ENABLE,
  [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: FuseState.DISABLE,
  [FuseV1Options.OnlyLoadAppFromAsar]: FuseState.DISABLE,
  [FuseV1Options.LoadBrowserProcessSpecificV8Snapshot]: FuseState.DISABLE,
  [FuseV1Options.GrantFileProtocolExtraPrivileges]: FuseState.ENABLE,
  [FuseV1Options.WasmTrapHandlers]: FuseState.ENABLE,
};

/**
 * A stand-in for an unpacked Linux Electron distribution (electron-builder's `electronDist`),
 * for packing where the real one cannot be downloaded: an `electron` file that is not Electron
 * but carries a fuse wire laid out as Electron's, with Electron's defaults, so the packaging's
 * fuse flipping can run and be read back.
 */
export function makePlaceholderElectron(dir: string): string {
  mkdirSync(dir, { recursive: true });
  const fuses = Object.values(DEFAULTS);
  const wire = Buffer.from([1, fuses.length, ...fuses]);
  const script = Buffer.from('#!/bin/sh\necho "placeholder, not Electron" >&2\nexit 1\n');
  const binary = join(dir, 'electron');
  writeFileSync(binary, Buffer.concat([script, Buffer.from(SENTINEL), wire]));
  chmodSync(binary, 0o755);
  return dir;
}
