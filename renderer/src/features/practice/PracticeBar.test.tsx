import { act, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { PracticeState } from '../../../../shared/ipc/after-meeting-schemas';
import { fail } from '../../../../shared/ipc/result';
import type { RenderedApp } from '../../testing/render-app';
import { renderCore, type TestCore } from '../../testing/render-core';
import { chooseFromMenu } from '../../testing/header-menu';

/** Renders the window joined to `#meet` and starts a practice replay of the sample from the dialog. */
async function practising(): Promise<RenderedApp<TestCore>> {
  const app = await renderCore();
  await chooseFromMenu(app.user, 'Practice…');
  await app.user.click(screen.getByRole('button', { name: 'Start practice' }));
  await screen.findByRole('region', { name: 'Practice' });
  return app;
}
const bar = () => screen.getByRole('region', { name: 'Practice' });
/** A replay's progress, pushed at once as the core would push it further on. */
const report = (app: RenderedApp, fields: Partial<PracticeState>) =>
  act(() => app.bridge.emit('practice:state', { ...app.store.getState().practice!, ...fields }));

describe('the practice bar', () => {
  it('shows nothing while no replay runs', async () => {
    await renderCore();
    expect(screen.queryByRole('region', { name: 'Practice' })).toBeNull();
  });

  it('follows the replay as the core reports it, to the end', async () => {
    const app = await practising();
    await report(app, { position: 12, total: 70 });
    expect(bar()).toHaveTextContent('Practice replay of practice:#practice-1: 12 of 70 lines');
    expect(within(bar()).getByRole('progressbar', { name: 'Replay progress' })).toHaveAttribute(
      'value',
      '12',
    );
    await report(app, { position: 70, status: 'done' });
    expect(bar()).toHaveTextContent('70 of 70 lines — replay finished');
    expect(within(bar()).queryByRole('button', { name: 'Pause' })).toBeNull();
    expect(within(bar()).getByRole('button', { name: 'Stop practice' })).toBeEnabled();
  });

  it('pauses and resumes the replay', async () => {
    const { bridge, user } = await practising();
    await user.click(within(bar()).getByRole('button', { name: 'Pause' }));
    expect(bridge.callsTo('practice:pause')).toEqual([{ paused: true }]);
    await waitFor(() => expect(bar()).toHaveTextContent('— paused'));
    await user.click(await within(bar()).findByRole('button', { name: 'Resume' }));
    expect(bridge.callsTo('practice:pause')).toEqual([{ paused: true }, { paused: false }]);
    expect(await within(bar()).findByRole('button', { name: 'Pause' })).toBeInTheDocument();
  });

  it('changes the speed, and refuses one out of range without calling the core', async () => {
    const { bridge, store, user } = await practising();
    const speed = within(bar()).getByRole('spinbutton', { name: 'Speed' });
    expect(speed).toHaveValue(5);
    await user.clear(speed);
    await user.type(speed, '20');
    // Taken once typing pauses: only 20×, never the 2× on the way to it.
    await waitFor(() => expect(bridge.callsTo('practice:setSpeed')).toEqual([{ speed: 20 }]));
    await waitFor(() => expect(store.getState().practice?.speed).toBe(20));
    expect(speed).toHaveValue(20);
    await user.type(speed, '0');
    expect(await within(bar()).findByRole('alert', undefined, { timeout: 2000 })).toHaveTextContent(
      'The speed is 1× to 20×.',
    );
    expect(speed).toHaveValue(200);
    expect(bridge.callsTo('practice:setSpeed')).toEqual([{ speed: 20 }]);
  });

  it('stops the replay and goes back to the connection’s channel', async () => {
    const { bridge, store, user } = await practising();
    expect(store.getState().transcriptChannel).toBe('practice:#practice-1');
    await user.click(within(bar()).getByRole('button', { name: 'Stop practice' }));
    expect(bridge.callsTo('practice:stop')).toEqual([{}]);
    await waitFor(() => expect(screen.queryByRole('region', { name: 'Practice' })).toBeNull());
    expect(store.getState().practice?.status).toBe('stopped');
    expect(store.getState().transcriptChannel).toBe('#meet');
  });

  it('shows a failure, and lets go of a replay the core no longer has', async () => {
    const { bridge, store, user } = await practising();
    // Paused first, so the replay pushes nothing more of its own while the failures are shown.
    await user.click(within(bar()).getByRole('button', { name: 'Pause' }));
    bridge.handle('practice:pause', () => fail('no-practice', 'No practice meeting is running.'));
    await user.click(await within(bar()).findByRole('button', { name: 'Resume' }));
    expect(within(bar()).getByRole('alert')).toHaveTextContent('No practice meeting is running.');
    bridge.handle('practice:stop', () => fail('no-practice', 'No practice meeting is running.'));
    await user.click(within(bar()).getByRole('button', { name: 'Stop practice' }));
    await waitFor(() => expect(store.getState().practice).toBeNull());
    expect(screen.queryByRole('region', { name: 'Practice' })).toBeNull();
  });

  it('leaves the chair’s usual controls working on the practice meeting', async () => {
    const app = await practising();
    const practice = app.store.getState().practice!;
    await waitFor(() => expect(app.store.getState().meeting?.id).toBe(practice.meetingId));
    await app.user.click(screen.getByRole('button', { name: 'Topic…' }));
    await app.user.keyboard('Budget{Enter}');
    expect(app.bridge.callsTo('meeting:command')).toEqual([
      { meetingId: practice.meetingId, command: { type: 'topic', text: 'Budget' } },
    ]);
    expect(bar()).toBeInTheDocument();
  });
});
