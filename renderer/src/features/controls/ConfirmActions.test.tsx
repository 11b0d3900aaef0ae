import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { renderAppOver } from '../../testing/render-app';
import { createTestCore, renderCore } from '../../testing/render-core';

const dialog = () => screen.getByRole('dialog');

/** The window over a meeting whose vote is open: alice and bob voted yes, carol no. */
async function withOpenVote() {
  const bridge = await createTestCore({ meeting: {} });
  const { id } = await bridge.meetingWhen(() => true);
  await bridge.invoke('meeting:command', {
    meetingId: id,
    command: { type: 'vote-start', question: 'Ship 2.3 on Friday?', options: ['yes', 'no'] },
  });
  bridge.hear('alice', '#vote yes');
  bridge.hear('bob', '#vote yes');
  bridge.hear('carol', '#vote no');
  await bridge.meetingWhen((v) => Object.keys(v.votes[0]?.votes ?? {}).length === 3);
  bridge.calls.length = 0;
  return { id, ...(await renderAppOver(bridge)) };
}

describe('ending a meeting with a vote still open', () => {
  it('offers to close the vote first, ticked, so its result reaches the minutes', async () => {
    const { id, bridge, user } = await withOpenVote();
    await user.keyboard('{Control>}{Enter}{/Control}');
    expect(dialog()).toHaveAccessibleName('End the meeting?');
    const close = within(dialog()).getByRole('checkbox', { name: /Close the open vote first/ });
    expect(close).toBeChecked();
    expect(close.closest('label')).toHaveTextContent('“Ship 2.3 on Friday?” — yes: 2, no: 1');
    const submit = within(dialog()).getByRole('button', { name: 'Close the vote and end' });
    expect(submit).toHaveFocus();
    await user.keyboard('{Enter}');
    await vi.waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    const sent = bridge.calls.map((c) => c.channel);
    expect(sent.filter((c) => c === 'meeting:command' || c === 'meeting:end')).toEqual([
      'meeting:command',
      'meeting:end',
    ]);
    expect(bridge.callsTo('meeting:command').map((c) => c.command)).toEqual([{ type: 'vote-end' }]);
    expect(bridge.callsTo('meeting:end')).toEqual([{ meetingId: id }]);
    const ended = await bridge.meetingWhen((v) => v.status === 'ended');
    expect(ended.votes[0]).toMatchObject({ open: false, tally: { yes: 2, no: 1 } });
  });

  it('ends without closing it when the chair unticks the offer', async () => {
    const { id, bridge, user } = await withOpenVote();
    await user.keyboard('{Control>}{Enter}{/Control}');
    await user.click(within(dialog()).getByRole('checkbox', { name: /Close the open vote/ }));
    await user.click(within(dialog()).getByRole('button', { name: 'End meeting' }));
    expect(bridge.callsTo('meeting:command')).toEqual([]);
    expect(bridge.callsTo('meeting:end')).toEqual([{ meetingId: id }]);
  });
});

describe('Undo last item', () => {
  it('names the item #undo takes back and whose it is before sending it', async () => {
    const bridge = await createTestCore({ meeting: {} });
    bridge.hear('chair', '#chair cochair');
    bridge.hear('chair', '#topic Budget');
    bridge.hear('chair', '#info mine');
    bridge.hear('cochair', '#action bob to write the docs');
    await bridge.meetingWhen((v) => v.actions.length === 1);
    const { user } = await renderAppOver(bridge);
    await user.click(screen.getByRole('button', { name: 'Undo last item' }));
    expect(dialog()).toHaveAccessibleName('Take back the last item?');
    expect(dialog()).toHaveAccessibleDescription(
      '#undo removes the last item of the minutes: the action “bob to write the docs”, added by cochair — not you.',
    );
    expect(bridge.callsTo('meeting:command')).toEqual([]);
    await user.keyboard('{Escape}');
    expect(bridge.callsTo('meeting:command')).toEqual([]);
    await user.click(screen.getByRole('button', { name: 'Undo last item' }));
    await user.click(within(dialog()).getByRole('button', { name: 'Take it back' }));
    expect(bridge.callsTo('meeting:command').map((c) => c.command)).toEqual([{ type: 'undo' }]);
  });

  it('names a topic that has no items yet, and the chair’s own item as theirs', async () => {
    const bridge = await createTestCore({ meeting: {} });
    bridge.hear('chair', '#topic Budget');
    await bridge.meetingWhen((v) => v.topics.length === 1);
    const { user } = await renderAppOver(bridge);
    await user.click(screen.getByRole('button', { name: 'Undo last item' }));
    expect(dialog()).toHaveAccessibleDescription(/the topic “Budget”, which you added\.$/);
  });

  it('sends nothing when the minutes have no item', async () => {
    const { bridge, user } = await renderCore({ meeting: {} });
    await user.click(screen.getByRole('button', { name: 'Undo last item' }));
    expect(dialog()).toHaveAccessibleDescription('The minutes have no item to take back.');
    await user.click(within(dialog()).getByRole('button', { name: 'Take it back' }));
    expect(within(dialog()).getByRole('alert')).toHaveTextContent('no item to take back');
    expect(bridge.callsTo('meeting:command')).toEqual([]);
  });
});
