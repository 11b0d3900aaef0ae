import { act, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { ConnectionStatus } from '../../../../shared/ipc/schemas';
import { IDLE_STATUS } from '../../testing/fake-bridge';
import { renderApp } from '../../testing/render-app';
import { chooseFromMenu } from '../../testing/header-menu';

const lastConnection = {
  server: 'irc.example.org',
  port: 6697,
  tls: true,
  nick: 'chair',
  channel: '#meet',
};
const failed = (message: string, since = 5): ConnectionStatus => ({
  ...lastConnection,
  state: 'failed',
  error: { code: 'refused', message },
  since,
});

async function fill(
  user: Awaited<ReturnType<typeof renderApp>>['user'],
  fields: Record<string, string>,
) {
  for (const [label, value] of Object.entries(fields)) {
    const input = screen.getByLabelText(label);
    await user.clear(input);
    if (value) await user.type(input, value);
  }
}

describe('ConnectForm', () => {
  it('shows each wrong field’s message next to it and sends nothing', async () => {
    const { bridge, user } = await renderApp();
    await fill(user, { Server: 'not a host', Port: '70000', Nick: '1abc', Channel: 'meet' });
    await user.click(screen.getByRole('button', { name: 'Connect' }));
    for (const label of ['Server', 'Port', 'Nick', 'Channel']) {
      const input = screen.getByLabelText(label);
      expect(input).toHaveAttribute('aria-invalid', 'true');
      expect(input).toHaveAccessibleDescription(/.+/);
    }
    expect(screen.getByLabelText('Channel')).toHaveAccessibleDescription(/starts with #/);
    expect(screen.getByLabelText('Server')).toHaveFocus();
    expect(bridge.callsTo('irc:connect')).toHaveLength(0);
  });

  it('clears a message once the field is fixed', async () => {
    const { user } = await renderApp();
    await user.click(screen.getByRole('button', { name: 'Connect' }));
    expect(screen.getByLabelText('Nick')).toHaveAccessibleDescription('A nick is required.');
    await user.type(screen.getByLabelText('Nick'), 'chair');
    expect(screen.getByLabelText('Nick')).not.toHaveAttribute('aria-invalid');
    expect(screen.queryByText('A nick is required.')).toBeNull();
  });

  it('is pre-filled from the last connection', async () => {
    await renderApp({ settings: { lastConnection, theme: 'system' } });
    expect(screen.getByLabelText('Server')).toHaveValue('irc.example.org');
    expect(screen.getByLabelText('Port')).toHaveValue('6697');
    expect(screen.getByLabelText('Use TLS')).toBeChecked();
    expect(screen.getByLabelText('Nick')).toHaveValue('chair');
    expect(screen.getByLabelText('Channel')).toHaveValue('#meet');
  });

  it('switches the default port with TLS, but keeps a port the chair typed', async () => {
    const { user } = await renderApp();
    await user.click(screen.getByLabelText('Use TLS'));
    expect(screen.getByLabelText('Port')).toHaveValue('6697');
    await fill(user, { Port: '7000' });
    await user.click(screen.getByLabelText('Use TLS'));
    expect(screen.getByLabelText('Port')).toHaveValue('7000');
  });

  it('connects with the typed details and shows progress', async () => {
    const { bridge, user } = await renderApp();
    await fill(user, { Server: 'irc.example.org', Nick: 'chair', Channel: '#meet' });
    await user.click(screen.getByRole('button', { name: 'Connect' }));
    expect(bridge.callsTo('irc:connect')).toEqual([
      { server: 'irc.example.org', port: 6667, tls: false, nick: 'chair', channel: '#meet' },
    ]);
    expect(await screen.findByTestId('connection-status')).toHaveTextContent(
      'Connecting to irc.example.org:6667…',
    );
    expect(screen.getByRole('button', { name: 'Connect' })).toHaveAttribute(
      'aria-disabled',
      'true',
    );
  });

  it('shows a failure in an alert and stays usable for another try', async () => {
    const { bridge, user } = await renderApp({ settings: { lastConnection, theme: 'system' } });
    await user.click(screen.getByRole('button', { name: 'Connect' }));
    act(() => bridge.emit('irc:status', failed('Could not find the server irc.example.org.')));
    expect(screen.getByRole('alert')).toHaveTextContent(
      'Could not find the server irc.example.org.',
    );
    expect(screen.getByTestId('connection-status')).toHaveTextContent('Connection failed');
    await fill(user, { Server: 'irc.example.net' });
    await user.click(screen.getByRole('button', { name: 'Connect' }));
    expect(bridge.callsTo('irc:connect').map((r) => r.server)).toEqual([
      'irc.example.org',
      'irc.example.net',
    ]);
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('retries the last connection from the alert, and "Edit connection" moves focus to the form', async () => {
    const { bridge, user } = await renderApp({ settings: { lastConnection, theme: 'system' } });
    await user.click(screen.getByRole('button', { name: 'Connect' }));
    act(() =>
      bridge.emit('irc:status', failed('The nick chair is already in use on this server.')),
    );
    const alert = screen.getByRole('alert');
    await user.click(within(alert).getByRole('button', { name: 'Edit connection' }));
    expect(screen.getByLabelText('Server')).toHaveFocus();
    await user.click(within(alert).getByRole('button', { name: 'Retry' }));
    expect(bridge.callsTo('irc:connect')).toEqual([lastConnection, lastConnection]);
  });

  it('shows a refused request (e.g. no answer in time) in the alert', async () => {
    const { bridge, user } = await renderApp({ settings: { lastConnection, theme: 'system' } });
    bridge.handle('irc:connect', async () => ({
      ok: false,
      error: { code: 'timeout', message: 'Gavel did not answer in time (irc:connect). Try again.' },
    }));
    await user.click(screen.getByRole('button', { name: 'Connect' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Gavel did not answer in time');
    expect(screen.getByRole('button', { name: 'Connect' })).not.toHaveAttribute('aria-disabled');
  });

  it('hides once joined, offers Disconnect, and comes back on "Edit connection"', async () => {
    const joined: ConnectionStatus = {
      ...IDLE_STATUS,
      ...lastConnection,
      state: 'joined',
      since: 3,
    };
    const { bridge, user } = await renderApp({ status: joined });
    expect(screen.queryByRole('form')).toBeNull();
    expect(screen.queryByLabelText('Server')).toBeNull();
    expect(screen.getByTestId('connection-status')).toHaveTextContent(
      'Joined #meet as chair on irc.example.org:6697 (TLS)',
    );
    await chooseFromMenu(user, 'Edit connection');
    expect(screen.getByLabelText('Server')).toHaveFocus();
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByLabelText('Server')).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Disconnect' }));
    expect(bridge.callsTo('irc:disconnect')).toHaveLength(1);
    expect(await screen.findByLabelText('Server')).toBeInTheDocument();
  });
});
