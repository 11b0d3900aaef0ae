import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { AgendaNode } from '../../../../shared/ipc/meeting-schemas';
import { actionView, agendaNode } from '../../testing/meeting-fixtures';
import { createTestCore, renderCore, type TestCore } from '../../testing/render-core';
import { renderAppOver } from '../../testing/render-app';
import { groupByOwner } from './actions-model';

const pane = () => screen.getByTestId('pane-actions');

describe('groupByOwner', () => {
  it('lists an action under each owner, people alphabetically, unassigned last', () => {
    const groups = groupByOwner([
      actionView({ id: '1', owners: ['bob', 'Alice'] }),
      actionView({ id: '2', owners: [] }),
      actionView({ id: '3', owners: ['alice'] }),
    ]);
    expect(groups.map((g) => [g.owner, g.actions.map((a) => a.id)])).toEqual([
      ['Alice', ['1', '3']],
      ['bob', ['1']],
      [null, ['2']],
    ]);
  });
});

/** A meeting of `#meet` where alice spoke and the chair recorded `actions`; ended when asked. */
async function meetingWithActions(bridge: TestCore, actions: string[], end = false) {
  const { id } = await bridge.startMeeting();
  bridge.hear('alice', 'hello');
  for (const text of actions) bridge.hear('chair', `#action ${text}`);
  const view = await bridge.meetingWhen((v) => v.actions.length === actions.length);
  if (end) await bridge.invoke('meeting:end', { meetingId: id });
  return view;
}

describe('ActionsPane', () => {
  it('groups actions by person and edits owners, due date and done', async () => {
    const bridge = await createTestCore();
    const meeting = await meetingWithActions(bridge, [
      'alice to write the notes',
      'someone to book a room',
    ]);
    const [a1, a2] = meeting.actions;
    const { store, user } = await renderAppOver(bridge);
    const groups = within(pane()).getAllByRole('region');
    expect(groups.map((g) => g.getAttribute('aria-label'))).toEqual(['alice', 'Unassigned']);

    await user.click(within(pane()).getByRole('button', { name: /Owners: none/ }));
    await user.keyboard('bob, carol{Enter}');
    expect(bridge.callsTo('actions:update').at(-1)).toEqual({
      meetingId: meeting.id,
      actionId: a2!.id,
      owners: ['bob', 'carol'],
    });
    expect(await within(pane()).findByRole('region', { name: 'carol' })).toBeInTheDocument();

    const done = within(pane()).getByRole('checkbox', { name: 'alice to write the notes' });
    await user.click(done);
    expect(bridge.callsTo('actions:update').at(-1)).toEqual({
      meetingId: meeting.id,
      actionId: a1!.id,
      done: true,
    });
    await expect.poll(() => done).toBeChecked();

    const due = within(pane()).getAllByLabelText('Due date of “alice to write the notes”')[0]!;
    await user.type(due, '2024-06-01');
    expect(bridge.callsTo('actions:update').at(-1)).toMatchObject({
      actionId: a1!.id,
      due: '2024-06-01',
    });

    await user.click(within(pane()).getAllByRole('button', { name: 'Show line' })[0]!);
    expect(store.getState().jump?.seq).toBe(a1!.seq);
  });

  it('records a new action from the pane', async () => {
    const { bridge, user } = await renderCore({ meeting: {} });
    await user.type(within(pane()).getByLabelText('New action'), 'dave to update the wiki{Enter}');
    const { id } = await bridge.meetingWhen(() => true);
    expect(bridge.callsTo('meeting:command')).toEqual([
      { meetingId: id, command: { type: 'action', text: 'dave to update the wiki' } },
    ]);
    expect(await within(pane()).findByText('dave to update the wiki')).toBeInTheDocument();
  });

  it('offers the last meeting’s open actions as the first topic', async () => {
    const bridge = await createTestCore();
    await meetingWithActions(bridge, ['alice to write the notes', 'bob to fix CI'], true);
    await bridge.invoke('agenda:set', { channel: '#meet', items: [agendaNode('a', 'Budget')] });
    const { user } = await renderAppOver(bridge);
    await user.keyboard('{Control>}{Enter}{/Control}{Enter}');
    expect(await within(pane()).findAllByText('from last meeting')).toHaveLength(2);
    expect(within(pane()).getByRole('status')).toHaveTextContent(
      '2 actions are still open from the last meeting.',
    );
    await user.click(within(pane()).getByRole('button', { name: 'Review them first' }));
    const items = bridge.callsTo('agenda:set').at(-1)!.items as AgendaNode[];
    expect(items.map((i) => i.title)).toEqual(['Actions from last meeting', 'Budget']);
    await vi.waitFor(() => expect(within(pane()).queryByRole('status')).toBeNull());
  });

  it('stops offering once a topic is under way', async () => {
    const bridge = await createTestCore();
    await meetingWithActions(bridge, ['alice to write the notes'], true);
    await bridge.startMeeting();
    bridge.hear('chair', '#topic Budget');
    await bridge.meetingWhen((v) => v.topics.some((t) => t.title === 'Budget'));
    await renderAppOver(bridge);
    expect(within(pane()).getByText('from last meeting')).toBeInTheDocument();
    expect(within(pane()).queryByRole('button', { name: 'Review them first' })).toBeNull();
  });

  it('leaves the actions of an ended meeting read-only', async () => {
    const bridge = await createTestCore();
    await meetingWithActions(bridge, ['alice to write the notes'], true);
    await renderAppOver(bridge);
    expect(within(pane()).getByRole('checkbox')).toBeDisabled();
    expect(within(pane()).queryByLabelText('New action')).toBeNull();
  });
});
