import { expect, type Locator, type Page } from '@playwright/test';
import { testData } from '../../shared/testdata/index';

const SEEDS = testData('seeds/');

/** The path of a seed meeting in the repository's test data (`shared/testdata/seeds`). */
export function seedPath(name: string): string {
  return new URL(name, SEEDS).pathname;
}

/** The window's header: its views and the actions that work from anywhere. */
export class WindowHeader {
  readonly root: Locator;
  constructor(readonly page: Page) {
    this.root = page.getByRole('banner');
  }

  /** Brings one of the views (Meeting, History, Search, Schedule) to the front. */
  async show(view: 'Meeting' | 'History' | 'Search' | 'Schedule'): Promise<void> {
    const tab = this.page.getByRole('navigation', { name: 'Views' }).getByRole('button', {
      name: view,
      exact: true,
    });
    await tab.click();
    await expect(tab).toHaveAttribute('aria-current', 'page');
  }

  button(name: string): Locator {
    return this.root.getByRole('button', { name, exact: true });
  }

  /** Chooses `name` (e.g. "Import a log…", "Practice…") from the header's "More" menu. */
  async choose(name: string): Promise<void> {
    await this.button('More').click();
    const item = this.page.getByRole('menu', { name: 'More' }).getByRole('menuitem', {
      name,
      exact: true,
    });
    await item.click();
    await expect(this.page.getByRole('menu')).toBeHidden();
  }
}

/** The "Import a log" dialog. */
export class ImportDialog {
  readonly root: Locator;
  readonly progress: Locator;
  readonly imported: Locator;
  readonly alert: Locator;
  constructor(readonly page: Page) {
    this.root = page.getByRole('dialog', { name: 'Import a log' });
    this.progress = this.root.getByRole('progressbar', { name: 'Import progress' });
    this.imported = this.root.getByRole('status').filter({ hasText: /^Imported/ });
    this.alert = this.root.getByRole('alert');
  }

  /** Opens the dialog from the header. */
  async open(): Promise<void> {
    await new WindowHeader(this.page).choose('Import a log…');
    await expect(this.root).toBeVisible();
  }

  /** Picks `path` and, if given, a channel; presses Import. */
  async start(path: string, channel?: string): Promise<void> {
    await this.root.getByLabel('Log file').setInputFiles(path);
    if (channel !== undefined) await this.root.getByLabel('Channel').fill(channel);
    await this.root.getByRole('button', { name: 'Import', exact: true }).click();
  }

  /** Imports `path` and waits until it is in the history; leaves the dialog ready for another. */
  async importLog(path: string, channel?: string): Promise<string> {
    await this.start(path, channel);
    await expect(this.imported).toBeVisible({ timeout: 30_000 });
    const said = (await this.imported.textContent()) ?? '';
    await this.root.getByRole('button', { name: 'Import another' }).click();
    return said;
  }
}

/** The history view: the list of past meetings, and the reader of one. */
export class HistoryView {
  readonly list: Locator;
  readonly rows: Locator;
  constructor(readonly page: Page) {
    this.list = page.getByRole('table', { name: 'Past meetings' });
    this.rows = this.list
      .getByRole('row')
      .filter({ has: page.getByRole('button', { name: 'Open' }) });
  }

  row(text: string | RegExp): Locator {
    return this.rows.filter({ hasText: text });
  }

  /** Opens the meeting whose row shows `text`; resolves with its reader. */
  async open(text: string | RegExp, title: string | RegExp): Promise<MeetingReader> {
    await this.row(text).getByRole('button', { name: 'Open' }).click();
    const reader = new MeetingReader(this.page, title);
    await expect(reader.root).toBeVisible();
    return reader;
  }
}

/** A past meeting open read-only: outline, transcript with marks, actions, charts. */
export class MeetingReader {
  readonly root: Locator;
  readonly outline: Locator;
  readonly transcript: Locator;
  readonly actions: Locator;
  readonly charts: Locator;
  constructor(
    readonly page: Page,
    title: string | RegExp,
  ) {
    this.root = page.getByRole('region', { name: title });
    this.outline = this.root.getByRole('navigation', { name: 'Outline' });
    this.transcript = this.root.getByRole('list', { name: 'Transcript' });
    this.actions = this.root.getByRole('region', { name: 'Action items' });
    this.charts = this.root.getByRole('region', { name: 'Charts' });
  }

  line(text: string): Locator {
    return this.transcript.getByRole('listitem').filter({ hasText: text });
  }

  /**
   * Scrolls the (virtualized) transcript down until the line showing `text` is drawn, as a reader
   * would with the mouse wheel; at most 80 turns of the wheel.
   */
  async reveal(text: string): Promise<Locator> {
    const line = this.line(text).first();
    await this.transcript.hover();
    for (let turn = 0; turn < 80 && (await line.count()) === 0; turn += 1) {
      await this.page.mouse.wheel(0, 400);
    }
    await line.scrollIntoViewIfNeeded();
    return line;
  }

  /** Marks the line showing `text` as `kind` (e.g. `Start a topic here`), titled `title`. */
  async mark(text: string, kind: string, title?: string): Promise<void> {
    const line = await this.reveal(text);
    await line.getByRole('button', { name: 'Mark…' }).click();
    const dialog = this.page.getByRole('dialog', { name: 'Mark this line' });
    await dialog.getByRole('radio', { name: kind, exact: true }).check();
    if (title !== undefined) await dialog.getByRole('textbox', { name: 'Text' }).fill(title);
    await dialog.getByRole('button', { name: 'Mark', exact: true }).click();
    await expect(dialog).toBeHidden();
  }
}
