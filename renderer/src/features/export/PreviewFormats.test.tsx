import { screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { renderAppOver } from '../../testing/render-app';
import { createTestCore } from '../../testing/render-core';
import { stubObjectUrls } from './testing/export-fakes';

beforeEach(stubObjectUrls);
afterEach(() => vi.unstubAllGlobals());

/** The window over the real core, an ended meeting's export dialog open. */
async function openDialog() {
  const bridge = await createTestCore({ meeting: { title: 'weekly' } });
  const { id } = await bridge.meetingWhen(() => true);
  await bridge.hear('alice', 'the release is on friday');
  await bridge.invoke('meeting:end', { meetingId: id });
  const app = await renderAppOver(bridge);
  await app.user.keyboard('{Alt>}s{/Alt}');
  const dialog = screen.getByRole('dialog', { name: 'Save the minutes' });
  await within(dialog).findByRole('list', { name: 'File names' });
  const format = within(dialog).getByRole<HTMLSelectElement>('combobox', {
    name: 'Preview format',
  });
  const preview = within(dialog).getByRole('region', { name: 'Preview' });
  const offered = () => [...format.options].map((o) => o.value);
  return { ...app, dialog, format, preview, offered };
}

describe('the export preview follows the formats ticked', () => {
  it('offers only ticked formats, moves off one unticked, and says when none is ticked', async () => {
    const { user, dialog, format, preview, offered } = await openDialog();
    expect(format).toHaveValue('txt');
    expect(offered()).toEqual(['txt', 'html', 'log.txt', 'log.html', 'json']);
    await user.selectOptions(format, 'Full log, text (.log.txt)');
    expect(await within(preview).findByText(/the release is on friday/)).toBeVisible();

    await user.click(within(dialog).getByLabelText('Full log, text (.log.txt)'));
    expect(format).toHaveValue('txt');
    expect(offered()).not.toContain('log.txt');
    expect(await within(preview).findByText(/Meeting summary/i)).toBeVisible();
    // Ticked again, the format picked before is shown again.
    await user.click(within(dialog).getByLabelText('Full log, text (.log.txt)'));
    expect(format).toHaveValue('log.txt');

    for (const label of [
      'Minutes, text (MeetBot .txt)',
      'Minutes, web page (MeetBot .html)',
      'Full log, text (.log.txt)',
      'Full log, web page (.log.html)',
      'JSON (gavel.minutes/1)',
    ])
      await user.click(within(dialog).getByLabelText(label));
    expect(format).toBeDisabled();
    expect(preview).toHaveTextContent('No format is chosen: tick one under Formats to preview it.');
    await user.click(within(dialog).getByLabelText('Markdown page'));
    expect(format).toHaveValue('md');
    expect(await within(preview).findByRole('heading', { name: /weekly/ })).toBeVisible();
  });
});
