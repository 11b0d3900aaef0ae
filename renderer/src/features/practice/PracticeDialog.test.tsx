import { act, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fail } from '../../../../shared/ipc/result';
import type { AppStore } from '../../state/store';
import { createTestCore, renderCore } from '../../testing/render-core';
import { renderAppOver } from '../../testing/render-app';
import { chooseFromMenu } from '../../testing/header-menu';

/** The window over a core whose `#meet` held a meeting, "weekly", now ended; and its id. */
async function afterWeekly() {
  const bridge = await createTestCore({ meeting: { title: 'weekly' } });
  const { id } = await bridge.meetingWhen(() => true);
  bridge.hear('alice', 'hello');
  await bridge.meetingWhen((v) => v.people.length > 0);
  await bridge.invoke('meeting:end', { meetingId: id });
  return { id, ...(await renderAppOver(bridge)) };
}
const dialog = () => screen.getByRole('dialog', { name: 'Practice a meeting' });
const openPractice = (store: AppStore, meetingId: string | null) =>
  act(() => store.getState().openDialog({ kind: 'practice', meetingId }));

describe('starting a practice replay', () => {
  it('replays the sample at 5× by default and shows the meeting view following it', async () => {
    const { bridge, store, user } = await renderCore();
    act(() => store.getState().setView('history'));
    await chooseFromMenu(user, 'Practice…');
    expect(dialog()).toHaveAccessibleDescription(
      /Nothing is sent anywhere; drive it with the usual controls\./,
    );
    expect(within(dialog()).getByRole('radio', { name: 'The sample meeting' })).toBeChecked();
    expect(within(dialog()).getByRole('spinbutton', { name: 'Speed' })).toHaveValue(5);
    await user.click(within(dialog()).getByRole('button', { name: 'Start practice' }));

    expect(bridge.callsTo('practice:start')).toEqual([{ source: { sample: true }, speed: 5 }]);
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(store.getState().view).toBe('meeting');
    // Each run gets a channel of its own on the practice network.
    expect(store.getState().practice?.channel).toBe('practice:#practice-1');
    expect(screen.getByRole('region', { name: 'Practice' })).toHaveTextContent(
      /Practice replay of practice:#practice-1: \d+ of \d+ lines/,
    );
    expect(store.getState().transcriptChannel).toBe('practice:#practice-1');
  });

  it('replays a meeting from the history, preselected when the dialog is opened for it', async () => {
    const { id, bridge, store, user } = await afterWeekly();
    await openPractice(store, id);
    const meeting = await within(dialog()).findByRole('option', { name: /^weekly — #meet, / });
    expect(meeting).toHaveProperty('selected', true);
    expect(
      within(dialog()).getByRole('radio', { name: 'A meeting from the history' }),
    ).toBeChecked();
    const speed = within(dialog()).getByRole('spinbutton', { name: 'Speed' });
    await user.clear(speed);
    await user.type(speed, '12');
    await user.click(within(dialog()).getByRole('button', { name: 'Start practice' }));
    expect(bridge.callsTo('practice:start')).toEqual([{ source: { meetingId: id }, speed: 12 }]);
  });

  it('lets the chair pick a meeting, which chooses the history as the source', async () => {
    const { id, bridge, store, user } = await afterWeekly();
    await openPractice(store, null);
    const select = within(dialog()).getByRole('combobox', { name: 'Meeting' });
    await within(dialog()).findByRole('option', { name: /^weekly/ });
    await user.selectOptions(select, id);
    expect(
      within(dialog()).getByRole('radio', { name: 'A meeting from the history' }),
    ).toBeChecked();
    await user.click(within(dialog()).getByRole('button', { name: 'Start practice' }));
    expect(bridge.callsTo('practice:start')[0]?.source).toEqual({ meetingId: id });
  });

  it('refuses a speed out of range and keeps what was typed', async () => {
    const { bridge, store, user } = await renderCore();
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
    const { bridge, store, user } = await afterWeekly();
    await openPractice(store, null);
    await within(dialog()).findByRole('option', { name: /^weekly/ });
    await user.click(within(dialog()).getByRole('radio', { name: 'A meeting from the history' }));
    await user.click(within(dialog()).getByRole('button', { name: 'Start practice' }));
    expect(within(dialog()).getByRole('alert')).toHaveTextContent('Choose the meeting to replay.');
    expect(bridge.callsTo('practice:start')).toEqual([]);
  });

  it('shows why the core could not start it, and stays open as it was', async () => {
    const { id, bridge, store, user } = await afterWeekly();
    bridge.handle('practice:start', () =>
      fail('nothing-to-replay', 'That meeting has no lines to replay.'),
    );
    await openPractice(store, id);
    await within(dialog()).findByRole('option', { name: /^weekly/ });
    await user.click(within(dialog()).getByRole('button', { name: 'Start practice' }));
    expect(within(dialog()).getByRole('alert')).toHaveTextContent(
      'That meeting has no lines to replay.',
    );
    expect(within(dialog()).getByRole('combobox', { name: 'Meeting' })).toHaveValue(id);
    expect(store.getState().practice).toBeNull();
  });

  it('says when there is nothing in the history, and offers only the sample', async () => {
    const { store } = await renderCore();
    await openPractice(store, null);
    expect(
      await within(dialog()).findByRole('option', { name: 'No recorded meetings yet' }),
    ).toBeInTheDocument();
    expect(
      within(dialog()).getByRole('radio', { name: 'A meeting from the history' }),
    ).toBeDisabled();
  });

  it('reports a history that cannot be read, the sample still on offer', async () => {
    const { bridge, store, user } = await renderCore();
    bridge.handle('history:list', () => fail('store', 'The meeting index is unreadable.'));
    await openPractice(store, null);
    expect(await within(dialog()).findByRole('alert')).toHaveTextContent(
      'The history could not be read: The meeting index is unreadable.',
    );
    await user.click(within(dialog()).getByRole('button', { name: 'Start practice' }));
    expect(bridge.callsTo('practice:start')).toHaveLength(1);
  });
});
