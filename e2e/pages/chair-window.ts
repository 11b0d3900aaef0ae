import { expect, type Locator, type Page } from '@playwright/test';
import { AgendaPane } from './agenda-pane';
import { cycleTo } from './keys';
import { MeetingPanes } from './meeting-panes';
import { zipTexts } from './zip-download';

/** What the connect form asks for. */
export interface ConnectDetails {
  server: string;
  port: number;
  tls?: boolean;
  nick: string;
  channel: string;
}

/** The kinds of item the item dialog's type picker offers, by the label it shows. */
export type ItemLabel = 'Info' | 'Idea' | 'Agreed' | 'Rejected' | 'Link' | 'Action' | 'Help wanted';

/** The chair's window, as a person sees it: located by roles and labels, never by CSS. */
export class ChairWindow {
  readonly status: Locator;
  readonly transcript: Locator;
  readonly alert: Locator;
  readonly dialog: Locator;
  readonly agenda: AgendaPane;
  readonly panes: MeetingPanes;
  /** Find's "N of M" (or "No matches"). */
  readonly findPosition: Locator;
  /** The transcript's scrolling list of lines. */
  readonly transcriptList: Locator;
  /** The button that appears when new lines arrive while the chair reads further up. */
  readonly newLines: Locator;

  constructor(readonly page: Page) {
    this.status = page.getByTestId('connection-status');
    this.transcript = page.getByTestId('pane-transcript');
    this.alert = page.getByRole('alert');
    this.dialog = page.getByRole('dialog');
    this.agenda = new AgendaPane(page);
    this.panes = new MeetingPanes(page);
    this.findPosition = page.getByTestId('find-position');
    this.transcriptList = this.transcript.getByRole('list', { name: /^Lines in/ });
    this.newLines = this.transcript.getByRole('button', { name: /new line|newest line/ });
  }

  /** Fills the connect form and presses Connect. */
  async connect(details: ConnectDetails): Promise<void> {
    const { page } = this;
    const fields: [string, string][] = [
      ['Server', details.server],
      ['Port', String(details.port)],
      ['Nick', details.nick],
      ['Channel', details.channel],
    ];
    // The window may still be settling in the first moments after it opens (its session, its
    // settings): fill again until every field holds what was typed, as a person would see it.
    await expect(async () => {
      await page.getByLabel('Use TLS').setChecked(details.tls ?? false);
      for (const [label, value] of fields) await page.getByLabel(label).fill(value);
      for (const [label, value] of fields) {
        await expect(page.getByLabel(label)).toHaveValue(value, { timeout: 500 });
      }
    }).toPass({ timeout: 10_000 });
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

  /** Presses a window-wide shortcut, e.g. `Alt+KeyN`, `Control+Enter`, `F6`. */
  async press(keys: string): Promise<void> {
    await this.page.keyboard.press(keys);
  }

  /** Presses F6 until `pane` (one of the panes) has focus. */
  async cycleTo(pane: Locator): Promise<void> {
    await cycleTo(this.page, pane);
  }

  /** Finds `text` in the meeting: Ctrl+F and the text; the newest match comes into view. */
  async find(text: string): Promise<void> {
    await this.press('Control+KeyF');
    const box = this.page.getByRole('searchbox', { name: 'Find in the meeting' });
    await expect(box).toBeFocused();
    await this.page.keyboard.type(text);
  }

  /** Starts the meeting from the keyboard: Ctrl+Enter, the name, Enter. */
  async startMeeting(name: string): Promise<void> {
    await this.press('Control+Enter');
    await expect(this.dialog).toHaveAccessibleName('Start the meeting');
    await this.page.keyboard.type(name);
    await this.press('Enter');
    await expect(this.dialog).toBeHidden();
    await expect(this.panes.status).toHaveAttribute('data-meeting', 'live');
  }

  /** Ends the meeting from the keyboard: Ctrl+Enter, then Enter to confirm. */
  async endMeeting(): Promise<void> {
    await this.press('Control+Enter');
    await expect(this.dialog).toHaveAccessibleName('End the meeting?');
    await this.press('Enter');
    await expect(this.dialog).toBeHidden({ timeout: 15_000 });
    await expect(this.panes.status).toHaveAttribute('data-meeting', 'ended');
  }

  /** Sets a topic of the chair's own: Alt+T, the title, Enter. */
  async setTopic(title: string): Promise<void> {
    await this.press('Alt+KeyT');
    await expect(this.dialog).toHaveAccessibleName('Set a topic');
    await this.page.keyboard.type(title);
    await this.press('Enter');
    await expect(this.dialog).toBeHidden();
  }

  /** Records an item: its shortcut (e.g. `Alt+KeyG`), then the text and Enter. */
  async addItem(shortcut: string, type: ItemLabel, text: string): Promise<void> {
    await this.press(shortcut);
    await expect(this.dialog.getByRole('radio', { name: type, exact: true })).toBeChecked();
    await this.page.keyboard.type(text);
    await this.press('Enter');
    await expect(this.dialog).toBeHidden();
  }

  /** Starts a vote: Alt+V, the question, Tab to the options, Enter. */
  async startVote(question: string, options: string): Promise<void> {
    await this.press('Alt+KeyV');
    await expect(this.dialog).toHaveAccessibleName('Start a vote');
    await this.page.keyboard.type(question);
    await this.press('Tab');
    await this.press('Control+KeyA');
    await this.page.keyboard.type(options);
    await this.press('Enter');
    await expect(this.dialog).toBeHidden();
    await expect(this.panes.vote).toBeVisible();
  }

  /** Ends the open vote: Alt+V, then Enter to confirm. */
  async endVote(): Promise<void> {
    await this.press('Alt+KeyV');
    await expect(this.dialog).toHaveAccessibleName('End the vote?');
    await this.press('Enter');
    await expect(this.dialog).toBeHidden();
  }

  /**
   * Saves the minutes from the keyboard (Alt+S opens the export dialog with Save focused and the
   * usual formats ticked; Enter); a browser window downloads them at once as one `.zip`:
   * resolves with their texts by file name. `pages/export-dialog.ts` drives the rest of it.
   */
  async saveMinutes(): Promise<Map<string, string>> {
    await this.press('Alt+KeyS');
    await expect(this.dialog).toHaveAccessibleName('Save the minutes');
    await expect(this.dialog.getByRole('button', { name: 'Save', exact: true })).toBeFocused();
    const [download] = await Promise.all([this.page.waitForEvent('download'), this.press('Enter')]);
    const files = await zipTexts(download);
    await expect(this.dialog.getByText(/^Downloaded .+\.zip with \d+ files?:/)).toBeVisible();
    await this.press('Escape');
    await expect(this.dialog).toBeHidden();
    return files;
  }
}
