import { act, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { RenderedApp } from '../../testing/render-app';
import { renderCore, type TestCore } from '../../testing/render-core';
import { chooseFromMenu } from '../../testing/header-menu';

/** The window joined to `#meet`, a practice replay started from the dialog and its meeting live. */
async function practising(): Promise<RenderedApp<TestCore>> {
  const app = await renderCore();
  await chooseFromMenu(app.user, 'Practice…');
  await app.user.click(screen.getByRole('button', { name: 'Start practice' }));
  await waitFor(() => {
    const practice = app.store.getState().practice;
    expect(practice && app.store.getState().meeting?.id).toBe(practice?.meetingId);
  });
  return app;
}

describe('a practice in front is a sealed room', () => {
  it('speaks into the practice, never the connection’s channel, until it is stopped', async () => {
    const { bridge, user } = await practising();
    expect(screen.queryByLabelText('Message to #meet')).toBeNull();
    const box = screen.getByLabelText('Message to practice:#practice-1');
    expect(box).toHaveAttribute(
      'placeholder',
      'Say something in the practice (nothing is sent anywhere)',
    );
    await user.type(box, 'hello from practice{Enter}');
    expect(bridge.callsTo('irc:say')).toEqual([
      { text: 'hello from practice', network: 'practice', channel: '#practice-1' },
    ]);

    await user.click(
      within(screen.getByRole('region', { name: 'Practice' })).getByRole('button', {
        name: 'Stop practice',
      }),
    );
    await user.type(await screen.findByLabelText('Message to #meet'), 'back in the channel{Enter}');
    expect(bridge.callsTo('irc:say').at(-1)).toEqual({ text: 'back in the channel' });
  });

  it('offers no drive mode: the switch says why, and Alt+M leaves the meeting quiet', async () => {
    const { bridge, user } = await practising();
    expect(screen.queryByRole('radiogroup', { name: 'Meeting mode' })).toBeNull();
    expect(screen.getByTestId('practice-mode')).toHaveTextContent(
      'Quiet: a practice sends nothing anywhere',
    );
    await user.keyboard('{Alt>}m{/Alt}');
    expect(bridge.callsTo('meeting:setMode')).toEqual([]);
    expect(screen.getByTestId('meeting-notice')).toHaveTextContent(
      'A practice stays in quiet mode: nothing in it is sent anywhere.',
    );
  });

  it('starts a new meeting in the practice quiet, with no mode to choose', async () => {
    const app = await practising();
    const practice = app.store.getState().practice!;
    await act(() => app.bridge.invoke('meeting:end', { meetingId: practice.meetingId }));
    await waitFor(() => expect(app.store.getState().meeting?.status).toBe('ended'));
    await app.user.keyboard('{Control>}{Enter}{/Control}');
    const dialog = screen.getByRole('dialog', { name: 'Start the meeting' });
    expect(dialog).toHaveAccessibleDescription(/^In practice:#practice-1\./);
    expect(within(dialog).queryByRole('radio')).toBeNull();
    await app.user.keyboard('again{Enter}');
    expect(app.bridge.callsTo('meeting:start')).toEqual([
      { channel: practice.channel, title: 'again', mode: 'quiet' },
    ]);
  });
});
