import { expect, type Locator, type Page } from '@playwright/test';
import { WindowHeader } from './library-views';

/** Practice mode: the "Practice a meeting" dialog and the replay bar ("Practice" region). */
export class Practice {
  readonly bar: Locator;
  readonly dialog: Locator;

  constructor(readonly page: Page) {
    this.bar = page.getByRole('region', { name: 'Practice' });
    this.dialog = page.getByRole('dialog', { name: 'Practice a meeting' });
  }

  /** Starts replaying the bundled sample meeting at `speed`× from the header's menu ("Practice…"). */
  async startSample(speed: number): Promise<void> {
    await new WindowHeader(this.page).choose('Practice…');
    await expect(this.dialog.getByRole('radio', { name: 'The sample meeting' })).toBeChecked();
    await this.dialog.getByRole('spinbutton', { name: 'Speed' }).fill(String(speed));
    await this.dialog.getByRole('button', { name: 'Start practice' }).click();
    await expect(this.dialog).toBeHidden();
    await expect(this.bar).toBeVisible();
  }

  /** Stops the replay; the window goes back to the connection's channel. */
  async stop(): Promise<void> {
    await this.bar.getByRole('button', { name: 'Stop practice' }).click();
    await expect(this.bar).toBeHidden();
  }
}
