import { act, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../../testing/render-app';
import { JOINED, meetingView } from '../../testing/meeting-fixtures';

const NOT_IN = { code: 'not-connected', message: 'Gavel is not in #meet, so nothing was sent.' };

describe('the meeting notice clears itself when it no longer holds', () => {
  it('"not in the channel" goes once Gavel is back in it, and not before', async () => {
    const { bridge, user } = await renderApp({
      status: { ...JOINED, state: 'reconnecting' },
      meeting: meetingView({ mode: 'quiet' }),
    });
    bridge.handle('meeting:command', async () => ({ ok: false, error: NOT_IN }));
    await user.keyboard('{Alt>}i{/Alt}');
    await user.keyboard('a note{Enter}');
    await user.keyboard('{Escape}');
    expect(screen.getByTestId('meeting-notice')).toHaveTextContent('Gavel is not in #meet');
    act(() => bridge.emit('irc:status', { ...JOINED, state: 'registered' }));
    expect(screen.getByTestId('meeting-notice')).toBeInTheDocument();
    act(() => bridge.emit('irc:status', JOINED));
    expect(screen.queryByTestId('meeting-notice')).toBeNull();
    act(() => bridge.emit('irc:status', { ...JOINED, state: 'reconnecting' }));
    expect(screen.queryByTestId('meeting-notice')).toBeNull();
  });

  it('a refusal about another channel goes when that channel is no longer in front', async () => {
    const { bridge, user, store } = await renderApp({ status: JOINED, meeting: meetingView() });
    bridge.handle('meeting:command', async () => ({
      ok: false,
      error: { code: 'unsupported', message: 'Not recorded here.' },
    }));
    await user.keyboard('{Alt>}i{/Alt}');
    await user.keyboard('a note{Enter}');
    await user.keyboard('{Escape}');
    expect(screen.getByTestId('meeting-notice')).toHaveTextContent('Not recorded here.');
    act(() => store.setState({ status: { ...JOINED, channel: '#other' } }));
    expect(screen.queryByTestId('meeting-notice')).toBeNull();
  });
});
