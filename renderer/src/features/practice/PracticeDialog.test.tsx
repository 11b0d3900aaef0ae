import { act, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fail } from '../../../../shared/ipc/result';
import type { AppStore } from '../../state/store';
import { renderApp } from '../../testing/render-app';
import { JOINED, meetingView } from '../../testing/meeting-fixtures';
import { chooseFromMenu } from '../../testing/header-menu';

const ENDED = meetingView({ title: 'weekly', status: 'ended', endedAt: Date.now() });
const dialog = () => screen.getByRole('dialog', { name: 'Practice a meeting' });
const openPractice = (store: AppStore, meetingId: string | null) =>
  act(() => store.getState().openDialog({ kind: 'practice', meetingId }));

describe('starting a practice replay', () => {
  it('replays the sample at 5× by default and shows the meeting view following it', async () => {
    const { bridge, store, user } = await renderApp({ status: JOINED });
    act(() => store.getState().setView('history'));
    await chooseFromMenu(user, 'Practice…');
    expect(dialog()).toHaveAccessibleDescription(
      /Nothing is sent anywhere; drive it with the usual controls\./,
    );
    expect(within(dialog()).getByRole('radio', { name: 'The sample meeting' })).toBeChecked();
    expect(within(dialog()).getByRole('spinbutton', { name: 'Speed' })).toHaveValue(5);
    await user.click(within(dialog()).getByRole('button', { name: 'Start practice' }));

    expect(bridge.callsTo('practice:start')).toEqual([{ source: { sample: true }, speed: 5 }]);
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(store.getState().view).toBe('meeting');
    expect(store.getState().practice?.channel).toBe('practice:#practice');
    expect(screen.getByRole('region', { name: 'Practice' })).toHaveTextContent(
      'Practice replay of practice:#practice: 0 of 70 lines',
    );
    expect(store.getState().transcriptChannel).toBe('practice:#practice');
  });

  it('replays a meeting from the history, preselected when the dialog is opened for it', async () => {
    const { bridge, store, user } = await renderApp({ status: JOINED, meeting: ENDED });
    await openPractice(store, 'm1');
    const meeting = await within(dialog()).findByRole('option', { name: /^weekly — #meet, / });
    expect(meeting).toHaveProperty('selected', true);
    expect(
      within(dialog()).getByRole('radio', { name: 'A meeting from the history' }),
    ).toBeChecked();
    const speed = within(dialog()).getByRole('spinbutton', { name: 'Speed' });
    await user.clear(speed);
    await user.type(speed, '12');
    await user.click(within(dialog()).getByRole('button', { name: 'Start practice' }));
    expect(bridge.callsTo('practice:start')).toEqual([{ source: { meetingId: 'm1' }, speed: 12 }]);
  });

  it('lets the chair pick a meeting, which chooses the history as the source', async () => {
    const { bridge, store, user } = await renderApp({ status: JOINED, meeting: ENDED });
    await openPractice(store, null);
    const select = within(dialog()).getByRole('combobox', { name: 'Meeting' });
    await within(dialog()).findByRole('option', { name: /^weekly/ });
    await user.selectOptions(select, 'm1');
    expect(
      within(dialog()).getByRole('radio', { name: 'A meeting from the history' }),
    ).toBeChecked();
    await user.click(within(dialog()).getByRole('button', { name: 'Start practice' }));
    expect(bridge.callsTo('practice:start')[0]?.source).toEqual({ meetingId: 'm1' });
  });

  it('refuses a speed out of range and keeps what was typed', async () => {
    const { bridge, store, user } = await renderApp({ status: JOINED });
    await openPractice(store, null);
    const speed = within(dialog()).getByRole('spinbutton', { name: 'Speed' });
    await user.clear(speed);
    await user.type(speed, '25');
    await user.click(within(dialog()).getByRole('button', { name: 'Start practice' }));
    expect(within(dialog()).getByRole('alert')).toHaveTextContent('The speed is 1× to 20×.');
    expect(speed).toHaveValue(25);
    expect(speed).toHaveAttribute('aria-invalid', 'true');
    await user.clear(speed);
    await user.click(within(dialog()).getByRole('button', { name: 'Start practice' }));
    expect(within(dialog()).getByRole('alert')).toHaveTextContent('Give a speed from 1× to 20×.');
    expect(bridge.callsTo('practice:start')).toEqual([]);
  });

  it('asks which meeting when the history is chosen without one', async () => {
    const { bridge, store, user } = await renderApp({ status: JOINED, meeting: ENDED });
    await openPractice(store, null);
    await within(dialog()).findByRole('option', { name: /^weekly/ });
    await user.click(within(dialog()).getByRole('radio', { name: 'A meeting from the history' }));
    await user.click(within(dialog()).getByRole('button', { name: 'Start practice' }));
    expect(within(dialog()).getByRole('alert')).toHaveTextContent('Choose the meeting to replay.');
    expect(bridge.callsTo('practice:start')).toEqual([]);
  });

  it('shows why the core could not start it, and stays open as it was', async () => {
    const { bridge, store, user } = await renderApp({ status: JOINED, meeting: ENDED });
    bridge.handle('practice:start', () =>
      fail('nothing-to-replay', 'That meeting has no lines to replay.'),
    );
    await openPractice(store, 'm1');
    await within(dialog()).findByRole('option', { name: /^weekly/ });
    await user.click(within(dialog()).getByRole('button', { name: 'Start practice' }));
    expect(within(dialog()).getByRole('alert')).toHaveTextContent(
      'That meeting has no lines to replay.',
    );
    expect(within(dialog()).getByRole('combobox', { name: 'Meeting' })).toHaveValue('m1');
    expect(store.getState().practice).toBeNull();
  });

  it('says when there is nothing in the history, and offers only the sample', async () => {
    const { store } = await renderApp({ status: JOINED });
    await openPractice(store, null);
    expect(
      await within(dialog()).findByRole('option', { name: 'No recorded meetings yet' }),
    ).toBeInTheDocument();
    expect(
      within(dialog()).getByRole('radio', { name: 'A meeting from the history' }),
    ).toBeDisabled();
  });

  it('reports a history that cannot be read, the sample still on offer', async () => {
    const { bridge, store, user } = await renderApp({ status: JOINED });
    bridge.handle('history:list', () => fail('store', 'The meeting index is unreadable.'));
    await openPractice(store, null);
    expect(await within(dialog()).findByRole('alert')).toHaveTextContent(
      'The history could not be read: The meeting index is unreadable.',
    );
    await user.click(within(dialog()).getByRole('button', { name: 'Start practice' }));
    expect(bridge.callsTo('practice:start')).toHaveLength(1);
  });
});
