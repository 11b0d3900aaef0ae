import { defineConfig } from '@playwright/test';
import { installedElectron } from '../electron/host/electron-binary';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './fixtures/chromium';

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
        launchOptions: { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS },
      },
    },
    ...(electronPath ? [{ name: 'electron', use: { electronPath } }] : []),
  ],
});
