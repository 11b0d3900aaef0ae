import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { createCoreBridge, type CoreBridge } from '../../../electron/testing/core-bridge';
import { renderAppOver } from './render-app';

let bridge: CoreBridge | null = null;
afterEach(async () => {
  await bridge?.close();
  bridge = null;
});

describe('the window over the real core', () => {
  it('shows what the core records: lines said, a meeting started, a topic the chair set', async () => {
    bridge = createCoreBridge();
    await bridge.join('#a[b]');
    const { user } = await renderAppOver(bridge);
    await user.type(await screen.findByLabelText('Message to #a[b]'), 'hello all{Enter}');
    const transcript = screen.getByTestId('pane-transcript');
    expect(await within(transcript).findByText('hello all')).toBeInTheDocument();

    // The core names the channel as the server does; IRC casemapping makes it the same one.
    const started = await bridge.invoke('meeting:start', {
      channel: '#A{B}',
      title: 'weekly',
      mode: 'quiet',
    });
    expect(started.ok).toBe(true);
    expect(await screen.findByTestId('meeting-status')).toHaveAttribute('data-meeting', 'live');
    bridge.hear('alice', 'hi from alice', '#a[b]');
    expect(await within(transcript).findByText('hi from alice')).toBeInTheDocument();
    await user.type(screen.getByLabelText('Message to #a[b]'), '#topic Budget{Enter}');
    expect(
      await within(screen.getByTestId('pane-timeline')).findByText(/Budget/),
    ).toBeInTheDocument();
  });
});
