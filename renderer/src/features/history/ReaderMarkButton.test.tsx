import { act, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderCore } from '../../testing/render-core';
import { importMeeting, sopelLog, WEEKLY } from './test-meetings';

const row = (text: string) => {
  const found = within(screen.getByRole('list', { name: 'Transcript' }))
    .getAllByRole('listitem')
    .find((li) => li.textContent?.includes(text));
  if (!found) throw new Error(`No line says "${text}"`);
  return found;
};
/** The reader's row of a line (`reader-line-badged` keeps room on the right: history.css). */
const readerLine = (text: string) => row(text).querySelector('.reader-line')!;

describe('the reader’s “Mark…” button', () => {
  it('keeps no room on a plain line yet the keyboard reaches it; a marked line keeps room for its badges', async () => {
    const app = await renderCore({ join: false });
    const id = await importMeeting(app.bridge, sopelLog(WEEKLY));
    act(() => app.store.getState().openReading(id));
    await screen.findByRole('heading', { name: 'weekly sync' });
    const mark = await within(row('docs need an update')).findByRole('button', { name: 'Mark…' });
    expect(readerLine('docs need an update')).not.toHaveClass('reader-line-badged');
    // It shows over the line's end while the pointer or the keyboard is on the line.
    mark.focus();
    expect(mark).toHaveFocus();
    await app.user.keyboard('{Enter}');
    const dialog = within(screen.getByRole('dialog', { name: 'Mark this line' }));
    await app.user.click(dialog.getByRole('radio', { name: 'Action' }));
    await app.user.click(dialog.getByRole('button', { name: 'Mark' }));
    await within(row('docs need an update')).findByRole('button', {
      name: 'Remove mark (Action)',
    });
    expect(readerLine('docs need an update')).toHaveClass('reader-line-badged');
    expect(readerLine('nothing from me')).not.toHaveClass('reader-line-badged');
  });
});
