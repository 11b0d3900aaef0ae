import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from '@playwright/test';
import { startNgircd, type Ngircd } from '../../electron/testing/ngircd';
import { startHostProcess, type HostProcess } from '../fixtures/browser-app';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../fixtures/chromium';
import { ChairWindow } from '../pages/chair-window';

/** A real ngircd, the built browser host with a fresh data folder, and Chromium showing it. */
export interface BrowserSession {
  ircd: Ngircd;
  host: HostProcess;
  browser: Browser;
  /** Opens a new page on the host (the token travels in the address). */
  open(): Promise<Page>;
  /** Connects `page` as `nick` to `channel` on the session's server and waits until joined. */
  join(page: Page, nick: string, channel: string): Promise<ChairWindow>;
  close(): Promise<void>;
}

/** Starts everything a browser benchmark needs; `close()` stops it all, whatever happened. */
export async function startBrowserSession(): Promise<BrowserSession> {
  const dataDir = mkdtempSync(join(tmpdir(), 'gavel-bench-'));
  const stops: (() => Promise<void>)[] = [
    async () => rmSync(dataDir, { recursive: true, force: true }),
  ];
  const close = async () => {
    for (const stop of stops.reverse()) await stop().catch(() => {});
  };
  try {
    const ircd = await startNgircd();
    stops.push(() => ircd.stop());
    const host = await startHostProcess(dataDir);
    stops.push(() => host.stop());
    const browser = await chromium.launch({
      executablePath: CHROMIUM_PATH,
      args: CHROMIUM_ARGS,
    });
    stops.push(() => browser.close());
    return {
      ircd,
      host,
      browser,
      async open() {
        const page = await browser.newPage({ viewport: { width: 1280, height: 820 } });
        await page.goto(await host.nextUrl());
        return page;
      },
      async join(page, nick, channel) {
        const chair = new ChairWindow(page);
        await chair.connect({ server: ircd.host, port: ircd.port, nick, channel });
        await chair.expectJoined(channel);
        return chair;
      },
      close,
    };
  } catch (err) {
    await close();
    throw err;
  }
}
