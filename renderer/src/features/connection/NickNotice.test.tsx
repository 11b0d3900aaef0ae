import { act, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../../testing/render-app';
import { JOINED } from '../../testing/meeting-fixtures';

const lastConnection = {
  server: 'irc.example.org',
  port: 6667,
  tls: false,
  nick: 'chair',
  channel: '#meet',
};
const settings = { lastConnection, theme: 'system' as const };

describe('a nick the server gave instead of the one asked for', () => {
  it('is said once, plainly, and not again for the same connection', async () => {
    const { bridge } = await renderApp({ settings, status: { ...JOINED, nick: 'chair_' } });
    const notice = screen.getByTestId('meeting-notice');
    expect(notice).toHaveTextContent(
      'The nick chair is taken on this server, so Gavel is chair_ there.',
    );
    await userEvent.setup().click(screen.getByRole('button', { name: 'Dismiss' }));
    act(() => bridge.emit('irc:status', { ...JOINED, nick: 'chair_' }));
    expect(screen.queryByTestId('meeting-notice')).toBeNull();
    // A new connection (a new `since`) that again falls back says it again.
    act(() => bridge.emit('irc:status', { ...JOINED, nick: 'chair_', since: 99 }));
    expect(screen.getByTestId('meeting-notice')).toHaveTextContent('so Gavel is chair_');
  });

  it('compares with the nick asked for in this window, not the one saved before', async () => {
    const { store } = await renderApp({ settings, status: { ...JOINED, nick: 'other' } });
    act(() => store.getState().beginRequest({ ...lastConnection, nick: 'mvollmer' }));
    act(() => store.getState().applyStatus({ ...JOINED, nick: 'mvollmer_', since: 50 }, true));
    expect(screen.getByTestId('meeting-notice')).toHaveTextContent(
      'The nick mvollmer is taken on this server, so Gavel is mvollmer_ there.',
    );
  });

  it('says nothing when the nick asked for is the one in use', async () => {
    await renderApp({ settings, status: JOINED });
    expect(screen.queryByTestId('meeting-notice')).toBeNull();
  });
});
