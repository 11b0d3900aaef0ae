import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderAppOver } from '../../testing/render-app';
import { createTestCore, renderCore } from '../../testing/render-core';

// The header's button; the dialog's has the same name, so it is found inside the dialog.
const disconnect = () => screen.getByRole('button', { name: 'Disconnect' });

describe('Disconnect', () => {
  it('asks first while the channel’s meeting is running, and only leaves when confirmed', async () => {
    const { bridge, user } = await renderCore({ meeting: {} });
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
    const bridge = await createTestCore({ meeting: {} });
    const { id } = await bridge.meetingWhen(() => true);
    await bridge.invoke('meeting:end', { meetingId: id });
    const { user } = await renderAppOver(bridge);
    await user.click(disconnect());
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(bridge.callsTo('irc:disconnect')).toEqual([{}]);
  });
});
