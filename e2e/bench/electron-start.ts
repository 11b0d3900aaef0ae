import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from '@playwright/test';
import { installedElectron } from '../../electron/host/electron-binary';
import { launchElectronApp } from '../fixtures/electron-app';
import { median } from './page-tools';
import type { Benchmark } from './registry';

const RUNS = 5;

/**
 * `electron_start_to_interactive_ms`: from launching the built app in Electron (as Playwright
 * launches it, with a fresh profile each time) to the connect form's server field ready to type
 * in, the median of 5 launches. Where no Electron binary is installed the key is absent and one
 * line says why, as the e2e electron target does.
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
    for (let i = 0; i < RUNS; i++) {
      const profile = mkdtempSync(join(tmpdir(), 'gavel-bench-electron-'));
      const started = performance.now();
      const { app, page } = await launchElectronApp(binary, profile);
      try {
        await expect(page.getByLabel('Server')).toBeEnabled({ timeout: 30_000 });
        times.push(performance.now() - started);
      } finally {
        await app.close();
        rmSync(profile, { recursive: true, force: true });
      }
    }
    return { electron_start_to_interactive_ms: Math.round(median(times)) };
  },
};
