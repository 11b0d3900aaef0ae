import { expect, type Locator, type Page } from '@playwright/test';

/** What the connect form asks for. */
export interface ConnectDetails {
  server: string;
  port: number;
  tls?: boolean;
  nick: string;
  channel: string;
}

/** The chair's window, as a person sees it: located by roles and labels, never by CSS. */
export class ChairWindow {
  readonly status: Locator;
  readonly transcript: Locator;
  readonly alert: Locator;

  constructor(readonly page: Page) {
    this.status = page.getByTestId('connection-status');
    this.transcript = page.getByTestId('pane-transcript');
    this.alert = page.getByRole('alert');
  }

  /** Fills the connect form and presses Connect. */
  async connect(details: ConnectDetails): Promise<void> {
    const { page } = this;
    await page.getByLabel('Use TLS').setChecked(details.tls ?? false);
    await page.getByLabel('Server').fill(details.server);
    await page.getByLabel('Port').fill(String(details.port));
    await page.getByLabel('Nick').fill(details.nick);
    await page.getByLabel('Channel').fill(details.channel);
    await page.getByRole('button', { name: 'Connect', exact: true }).click();
  }

  /** Waits until the app has joined the channel. */
  async expectJoined(channel: string): Promise<void> {
    await expect(this.status).toContainText(channel);
    await expect(this.status).toContainText(/joined|in channel/i);
  }

  /** The transcript line that contains `text`. */
  line(text: string): Locator {
    return this.transcript.getByTestId('transcript-line').filter({ hasText: text });
  }

  /** Types a line into the say box and sends it with Enter. */
  async say(channel: string, text: string): Promise<void> {
    const input = this.page.getByLabel(`Message to ${channel}`);
    await input.fill(text);
    await input.press('Enter');
    await expect(input).toHaveValue('');
  }
}
