import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { AgendaNode } from '../../../../shared/ipc/meeting-schemas';
import { createTestCore, renderCore } from '../../testing/render-core';
import { renderAppOver } from '../../testing/render-app';
import { agendaNode } from '../../testing/meeting-fixtures';

const pane = () => screen.getByTestId('pane-agenda');
const SAVED = {
  lastConnection: {
    server: 'irc.example.org',
    port: 6697,
    tls: true,
    nick: 'chair',
    channel: '#weekly',
    channels: ['#dev'],
  },
  theme: 'system' as const,
};

describe('Preparing an agenda with no connection', () => {
  it('opens any channel picked or typed, and edits its agenda offline', async () => {
    const { bridge, user } = await renderCore({ join: false });
    expect(within(pane()).getByText(/Pick or type a channel above/)).toBeInTheDocument();
    const field = within(pane()).getByLabelText('Prepare for');
    await user.type(field, 'kamailio{Enter}');
    expect(within(pane()).getByRole('alert')).toHaveTextContent('starts with #');
    await user.clear(field);
    await user.type(field, '#kamailio{Enter}');
    const add = within(pane()).getByRole('button', { name: 'Add item' });
    await expect.poll(() => add.hasAttribute('disabled')).toBe(false);
    await user.click(add);
    await user.keyboard('Packaging{Enter}');
    const saved = bridge.callsTo('agenda:set').at(-1)!;
    expect(saved.channel).toBe('#kamailio');
    expect((saved.items as AgendaNode[]).map((i) => i.title)).toEqual(['Packaging']);
    expect(bridge.callsTo('irc:connect')).toHaveLength(0);
    // Connecting later joins the channel prepared.
    expect(screen.getByLabelText('Channel')).toHaveValue('#kamailio');
  });

  it("offers the last connection's channels and opens the one chosen", async () => {
    const bridge = await createTestCore({ join: false, settings: SAVED });
    await bridge.invoke('agenda:set', { channel: '#dev', items: [agendaNode('d', 'Roadmap')] });
    const { user } = await renderAppOver(bridge);
    const field = within(pane()).getByLabelText('Prepare for');
    await expect.poll(() => (field as HTMLInputElement).value).toBe('#weekly');
    const offered = [...document.querySelectorAll('#agenda-channels option')].map(
      (o) => (o as HTMLOptionElement).value,
    );
    expect(offered).toEqual(['#weekly', '#dev']);
    await user.clear(field);
    await user.type(field, '#dev');
    expect(await within(pane()).findByRole('button', { name: /^Roadmap/ })).toBeInTheDocument();
    expect(bridge.callsTo('agenda:get').at(-1)).toEqual({ channel: '#dev' });
  });

  it("is not offered while connected: the connection's channel is the one in front", async () => {
    await renderCore();
    expect(within(pane()).queryByLabelText('Prepare for')).toBeNull();
  });
});
