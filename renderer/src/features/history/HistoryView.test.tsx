import { act, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderCore } from '../../testing/render-core';
import { localDateTime } from './history-format';
import { importMeeting, LOG_START, sopelLog, WEEKLY } from './test-meetings';

const JUNE = Date.UTC(2024, 5, 5, 9, 0, 0);

async function historyWith(...logs: { start: number; channel: string }[]) {
  const app = await renderCore({ join: false });
  const ids: string[] = [];
  for (const { start, channel } of logs)
    ids.push(await importMeeting(app.bridge, sopelLog(WEEKLY, start), channel));
  await app.user.click(screen.getByRole('button', { name: 'History' }));
  return { ...app, ids };
}

const table = () => screen.getByRole('table', { name: 'Past meetings' });
const rows = () => within(table()).getAllByTestId('history-row');
const rowTexts = () =>
  rows().map((row) => [...row.querySelectorAll('th, td')].slice(0, 7).map((c) => c.textContent));

describe('HistoryView: the list', () => {
  it('lists past meetings newest first, with their facts', async () => {
    await historyWith({ start: LOG_START, channel: '#meet' }, { start: JUNE, channel: '#other' });
    expect(await screen.findByRole('table', { name: 'Past meetings' })).toBeInTheDocument();
    expect(rowTexts()).toEqual([
      [
        localDateTime(JUNE),
        'weekly sync',
        '#other',
        '15 min',
        '3',
        '1 / 1',
        'imported (sopel-chanlogs)',
      ],
      [
        localDateTime(LOG_START),
        'weekly sync',
        '#meet',
        '15 min',
        '3',
        '1 / 1',
        'imported (sopel-chanlogs)',
      ],
    ]);
  });

  it('filters by channel, asking the library for that channel only', async () => {
    const { bridge, user } = await historyWith(
      { start: LOG_START, channel: '#meet' },
      { start: JUNE, channel: '#other' },
    );
    const filter = await screen.findByRole('combobox', { name: 'Channel' });
    expect(
      within(filter)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['All channels', '#meet', '#other']);
    await user.selectOptions(filter, '#meet');
    expect(bridge.callsTo('history:list').at(-1)).toEqual({ channel: '#meet' });
    await screen.findByText('1 meeting');
    expect(rowTexts().map((r) => r[2])).toEqual(['#meet']);
    expect(within(filter).getAllByRole('option')).toHaveLength(3);
    await user.selectOptions(filter, 'All channels');
    await screen.findByText('2 meetings');
  });

  it('shows a meeting imported while it is open', async () => {
    const { bridge } = await historyWith({ start: LOG_START, channel: '#meet' });
    await screen.findByText('1 meeting');
    await act(() => importMeeting(bridge, sopelLog(WEEKLY, JUNE), '#new'));
    expect(await screen.findByText('2 meetings')).toBeInTheDocument();
    expect(screen.getByRole('option', { name: '#new' })).toBeInTheDocument();
  });

  it('opens, exports or replays a meeting from its row', async () => {
    const { store, user, ids } = await historyWith({ start: LOG_START, channel: '#meet' });
    await screen.findByRole('table', { name: 'Past meetings' });
    const row = rows()[0]!;
    await user.click(within(row).getByRole('button', { name: 'Export…' }));
    expect(store.getState().dialog).toEqual({ kind: 'export', meetingId: ids[0] });
    act(() => store.getState().closeDialog());
    await user.click(within(row).getByRole('button', { name: 'Practice…' }));
    expect(store.getState().dialog).toEqual({ kind: 'practice', meetingId: ids[0] });
    act(() => store.getState().closeDialog());
    await user.click(within(row).getByRole('button', { name: 'Open' }));
    expect(store.getState().reading).toEqual({ meetingId: ids[0], jump: null });
    expect(await screen.findByRole('heading', { name: 'weekly sync' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Back to all meetings' }));
    expect(await screen.findByRole('table', { name: 'Past meetings' })).toBeInTheDocument();
  });

  it('explains an empty history and offers an import or the sample meeting', async () => {
    const { store, user } = await historyWith();
    expect(await screen.findByText('No meetings yet.')).toBeInTheDocument();
    expect(screen.queryByRole('table')).toBeNull();
    const history = within(screen.getByRole('region', { name: 'Past meetings' }));
    await user.click(history.getByRole('button', { name: 'Import a log…' }));
    expect(store.getState().dialog).toEqual({ kind: 'import', file: null });
    act(() => store.getState().closeDialog());
    await user.click(history.getByRole('button', { name: 'Try the sample meeting' }));
    expect(store.getState().dialog).toEqual({ kind: 'practice', meetingId: null });
  });

  it('shows why the list could not be read', async () => {
    const { bridge, user } = await renderCore({ join: false });
    bridge.handle('history:list', () => ({
      ok: false,
      error: { code: 'store', message: 'The library could not be read.' },
    }));
    await user.click(screen.getByRole('button', { name: 'History' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('The library could not be read.');
  });
});
