import { act, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { WriteProblem } from '../../../../shared/ipc/storage-schemas';
import { JOINED, meetingView, T0 } from '../../testing/meeting-fixtures';
import { renderApp } from '../../testing/render-app';
import { clockTime } from '../../time/format-time';

const full: WriteProblem = {
  kind: 'journal',
  meetingId: 'm1',
  reason: 'ENOSPC: no space left on device, write',
  unsaved: 12,
  since: T0,
};

describe('WriteAlert', () => {
  it('tells the chair at once what is not saved, offers an export, and goes once all is written', async () => {
    const meeting = meetingView();
    const { bridge, user } = await renderApp({
      status: JOINED,
      meeting,
      settings: {
        lastConnection: {
          server: 'irc.example.org',
          port: 6697,
          tls: true,
          nick: 'chair',
          channel: '#meet',
        },
        theme: 'system',
      },
    });
    expect(screen.queryByTestId('write-problem')).toBeNull();
    act(() => bridge.emit('storage:state', { problems: [full] }));
    const alert = screen.getByTestId('write-problem');
    expect(alert).toHaveAttribute('role', 'alert');
    expect(alert).toHaveTextContent(
      `Gavel cannot save the meeting “weekly” to disk (ENOSPC: no space left on device, write) since ${clockTime(T0)}. ` +
        'Everything before then is saved; 12 records are kept in memory only, and Gavel keeps retrying.',
    );
    expect(alert).toHaveTextContent(/export the meeting so far to keep a copy/);

    await user.click(within(alert).getByRole('button', { name: 'Export the meeting so far…' }));
    expect(screen.getByRole('dialog', { name: 'Save the minutes' })).toBeInTheDocument();

    act(() => bridge.emit('storage:state', { problems: [] }));
    expect(screen.queryByTestId('write-problem')).toBeNull();
  });

  it('says what a failed settings write means, with nothing to export', async () => {
    const { bridge } = await renderApp();
    act(() =>
      bridge.emit('storage:state', {
        problems: [
          {
            kind: 'settings',
            meetingId: null,
            reason: 'EACCES: permission denied',
            unsaved: 0,
            since: T0,
          },
        ],
      }),
    );
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent(
      `Gavel cannot save its settings (EACCES: permission denied) since ${clockTime(T0)}. Changes apply until Gavel stops, but are not kept.`,
    );
    expect(within(alert).queryByRole('button')).toBeNull();
  });
});
