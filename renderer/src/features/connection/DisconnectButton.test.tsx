import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../../testing/render-app';
import { JOINED, meetingView } from '../../testing/meeting-fixtures';

// The header's button; the dialog's has the same name, so it is found inside the dialog.
const disconnect = () => screen.getByRole('button', { name: 'Disconnect' });

describe('Disconnect', () => {
  it('asks first while the channel’s meeting is running, and only leaves when confirmed', async () => {
    const { bridge, user } = await renderApp({ status: JOINED, meeting: meetingView() });
    await user.click(disconnect());
    const dialog = screen.getByRole('dialog', { name: 'Disconnect during the meeting?' });
    expect(dialog).toHaveAccessibleDescription(/The meeting in #meet is still running/);
    expect(bridge.callsTo('irc:disconnect')).toEqual([]);
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(bridge.callsTo('irc:disconnect')).toEqual([]);
    await user.click(disconnect());
    await user.click(
      within(screen.getByRole('dialog')).getByRole('button', { name: 'Disconnect' }),
    );
    expect(bridge.callsTo('irc:disconnect')).toEqual([{}]);
  });

  it('leaves at once when no meeting is running', async () => {
    const { bridge, user } = await renderApp({
      status: JOINED,
      meeting: meetingView({ status: 'ended', endedAt: 1 }),
    });
    await user.click(disconnect());
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(bridge.callsTo('irc:disconnect')).toEqual([{}]);
  });
});
