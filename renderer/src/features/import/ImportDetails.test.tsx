import { screen, within } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import { fail, ok } from '../../../../shared/ipc/result';
import { renderCore } from '../../testing/render-core';
import { polyfillBlobArrayBuffer } from './test-blob';
import { chooseFromMenu } from '../../testing/header-menu';

beforeAll(polyfillBlobArrayBuffer);

// The header's button, found by its text: a role query over the whole window is slow in jsdom.

/** Dated lines whose zone the log does not say. */
const WEECHAT = [
  '2024-02-06 15:58:40\t-->\tmwolf (~mwolf@user/mwolf) has joined #kde-devel',
  '2024-02-06 16:00:02\t@nhansen\t#startmeeting kde weekly',
  '2024-02-06 16:00:05\tmwolf\thi',
  '2024-02-06 16:10:00\t@nhansen\t#endmeeting',
].join('\n');

/** Times without a day or a zone. */
const ZNC = [
  '[12:00:05] <alice> #startmeeting infra',
  '[12:00:09] <bob> hi',
  '[12:30:00] <alice> #endmeeting',
].join('\n');

const inDialog = () => within(screen.getByRole('dialog', { name: 'Import a log' }));
const details = () => within(inDialog().getByRole('region', { name: 'A few details' }));

async function importFile(file: File) {
  const app = await renderCore({ join: false });
  await chooseFromMenu(app.user, 'Import a log…');
  await app.user.upload(inDialog().getByLabelText('Log file'), file);
  await app.user.click(inDialog().getByRole('button', { name: 'Import' }));
  await inDialog().findByRole('region', { name: 'A few details' });
  return app;
}

describe('ImportDialog: a few details', () => {
  it('asks for the zone of a log whose times carry none, then imports with it', async () => {
    const { bridge, user } = await importFile(new File([WEECHAT], 'kde.weechatlog'));
    expect(details().getByText('WeeChat')).toBeInTheDocument();
    expect(details().getByText('4 lines')).toBeInTheDocument();
    expect(details().queryByLabelText('Date')).not.toBeInTheDocument();
    expect(details().getByLabelText('Channel')).toHaveValue('#kde-devel');
    await user.selectOptions(details().getByLabelText('Time zone'), 'Europe/Paris');
    await user.click(details().getByRole('button', { name: 'Import' }));

    expect(await inDialog().findByRole('status')).toHaveTextContent(
      /^Imported 4 lines from kde\.weechatlog \(WeeChat\) as .+\.$/,
    );
    const [first, second] = bridge.callsTo('import:finish');
    expect(first).toEqual({ importId: first!.importId });
    expect(second).toEqual({
      importId: first!.importId,
      timeZone: 'Europe/Paris',
      channel: '#kde-devel',
    });
  });

  it('asks for the day too, and will not go on without one', async () => {
    const { bridge, user } = await importFile(new File([ZNC], 'infra.log'));
    expect(details().getByLabelText('Date')).toHaveValue('');
    expect(details().getByLabelText('Channel')).toHaveValue('');
    await user.click(details().getByRole('button', { name: 'Import' }));
    expect(inDialog().getByRole('alert')).toHaveTextContent(
      'Say on which day the meeting was held.',
    );
    expect(bridge.callsTo('import:finish')).toHaveLength(1);

    await user.type(details().getByLabelText('Date'), '2024-05-01');
    // The log names no channel: Gavel asks for one rather than making one up.
    await user.click(details().getByRole('button', { name: 'Import' }));
    expect(inDialog().getByRole('alert')).toHaveTextContent(
      'Say in which channel the meeting was held.',
    );
    expect(bridge.callsTo('import:finish')).toHaveLength(1);
    await user.type(details().getByLabelText('Channel'), '#infra');
    await user.click(details().getByRole('button', { name: 'Import' }));
    expect(await inDialog().findByRole('status')).toHaveTextContent(
      /^Imported 3 lines from infra\.log \(ZNC\) as .+\.$/,
    );
    expect(bridge.callsTo('import:finish')[1]).toMatchObject({
      date: '2024-05-01',
      channel: '#infra',
    });
  });

  it("keeps the details after the core's refusal, and offers the imported meeting's export", async () => {
    const { bridge, store, user } = await renderCore({ join: false });
    const answers = [
      ok({
        status: 'needs-input' as const,
        needsTimeZone: false,
        needsDate: true,
        needsChannel: false,
        detectedFormat: 'irssi',
        channel: null,
        lines: 42,
      }),
      fail('bad-request', 'channel: A channel name may have at most 50 characters.'),
      ok({
        status: 'imported' as const,
        meetingId: 'm9',
        channel: '#docs',
        title: 'Docs team',
        lines: 42,
        format: 'irssi',
      }),
    ];
    bridge.handle('import:finish', async () => answers.shift()!);
    await chooseFromMenu(user, 'Import a log…');
    await user.upload(
      inDialog().getByLabelText('Log file'),
      new File(['12:00 < alice> hello\n'], '#docs.2024-01-09.log'),
    );
    await user.click(inDialog().getByRole('button', { name: 'Import' }));
    await inDialog().findByRole('region', { name: 'A few details' });
    expect(details().getByText('irssi')).toBeInTheDocument();
    expect(details().getByText('42 lines')).toBeInTheDocument();
    expect(details().queryByLabelText('Time zone')).not.toBeInTheDocument();
    expect(details().getByLabelText('Date')).toHaveValue('2024-01-09');
    await user.type(details().getByLabelText('Channel'), '#docs');
    await user.click(details().getByRole('button', { name: 'Import' }));
    expect(await inDialog().findByRole('alert')).toHaveTextContent('at most 50 characters');
    expect(details().getByLabelText('Channel')).toHaveValue('#docs');
    expect(details().getByLabelText('Date')).toHaveValue('2024-01-09');
    expect(bridge.callsTo('import:cancel')).toEqual([]);

    await user.click(details().getByRole('button', { name: 'Import' }));
    expect(await inDialog().findByRole('status')).toHaveTextContent(
      'Imported 42 lines from #docs.2024-01-09.log (irssi) as Docs team.',
    );
    await user.click(inDialog().getByRole('button', { name: 'Export…' }));
    expect(store.getState().dialog).toEqual({ kind: 'export', meetingId: 'm9' });
  });

  it('cancels from the details, dropping the upload and keeping the form', async () => {
    const { bridge, user } = await importFile(new File([ZNC], 'infra.log'));
    const importId = bridge.callsTo('import:finish')[0]!.importId;
    await user.click(details().getByRole('button', { name: 'Cancel' }));
    expect(bridge.callsTo('import:cancel')).toEqual([{ importId }]);
    expect(inDialog().getByRole('status')).toHaveTextContent('Import cancelled.');
    expect(inDialog().getByText('Chosen: infra.log (89 bytes)')).toBeInTheDocument();
    expect(inDialog().getByRole('button', { name: 'Import' })).toHaveFocus();
  });
});
