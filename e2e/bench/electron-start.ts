import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { installedElectron } from '../../electron/host/electron-binary';
import { launchElectronApp } from '../fixtures/electron-app';
import { median } from './page-tools';
import type { Benchmark } from './registry';

const RUNS = 5;

/** The connect form's server field is there and can be typed in. */
const INTERACTIVE = () => {
  const field = document.getElementById('connect-server') as HTMLInputElement | null;
  return field !== null && !field.disabled;
};

/** Milliseconds from launching the app with a fresh profile to a usable connect form. */
async function once(binary: string): Promise<number> {
  const profile = mkdtempSync(join(tmpdir(), 'gavel-bench-electron-'));
  try {
    const started = performance.now();
    const { app, page } = await launchElectronApp(binary, profile);
    try {
      await page.waitForFunction(INTERACTIVE, null, { polling: 'raf', timeout: 30_000 });
      return performance.now() - started;
    } finally {
      await app.close();
    }
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
}

/**
 * `electron_start_to_interactive_ms`: from launching the built app in Electron (as Playwright
 * launches it, with a fresh profile each time) to the connect form's server field ready to type
 * in, checked in the page at each frame, the median of 5 launches. Where no Electron binary is
 * installed, or it cannot start here, the key is absent and one line says why, so the other
 * figures are still written.
 */
export const electronStartBench: Benchmark = {
  name: 'Electron start-up: launch to a usable connect form',
  keys: ['electron_start_to_interactive_ms'],
  async run(): Promise<Record<string, number>> {
    const binary = installedElectron();
    if (!binary) {
      console.log('(not measured: no Electron binary is installed, as its download needs GitHub)');
      return {};
    }
    const times: number[] = [];
    try {
      for (let i = 0; i < RUNS; i++) times.push(await once(binary));
    } catch (err) {
      console.log(`(not measured: Electron did not start here: ${(err as Error).message})`);
      return {};
    }
    return { electron_start_to_interactive_ms: Math.round(median(times)) };
  },
};
