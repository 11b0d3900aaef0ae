import { defineConfig } from '@playwright/test';
import { installedElectron } from '../electron/host/electron-binary';

// Debian's Chromium, never a downloaded browser. Flags: reference/reliability.md §4.4.
const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
];

const electronPath = installedElectron();
// Printed once, by the runner process (workers load this file too).
if (!electronPath && process.env.TEST_WORKER_INDEX === undefined) {
  console.log(
    'electron target skipped: no Electron binary is installed (its download needs GitHub); the browser target runs every spec.',
  );
}

export default defineConfig<{ electronPath: string | undefined }>({
  testDir: 'specs',
  outputDir: 'test-results',
  // Each test starts its own ngircd and app; 2 cores run 2 workers comfortably.
  workers: 2,
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: 0,
  // A test connects to a real server and drives a real browser: 60 s is ample, 10 s per expectation.
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
  use: { trace: 'retain-on-failure', screenshot: 'only-on-failure' },
  projects: [
    {
      name: 'browser',
      use: {
        browserName: 'chromium',
        launchOptions: { executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: chromiumArgs },
      },
    },
    ...(electronPath ? [{ name: 'electron', use: { electronPath } }] : []),
  ],
});
