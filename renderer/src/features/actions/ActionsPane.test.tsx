import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { AgendaNode } from '../../../../shared/ipc/meeting-schemas';
import { renderApp } from '../../testing/render-app';
import {
  actionView,
  agendaNode,
  agendaOf,
  agendasWith,
  JOINED,
  meetingView,
  topicView,
} from '../../testing/meeting-fixtures';
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

describe('ActionsPane', () => {
  it('groups actions by person and edits owners, due date and done', async () => {
    const meeting = meetingView({
      actions: [
        actionView({ id: 'a1', text: 'alice to write the notes', owners: ['alice'], seq: 5 }),
        actionView({ id: 'a2', text: 'someone to book a room', owners: [] }),
      ],
    });
    const { bridge, store, user } = await renderApp({ status: JOINED, meeting });
    const groups = within(pane()).getAllByRole('region');
    expect(groups.map((g) => g.getAttribute('aria-label'))).toEqual(['alice', 'Unassigned']);

    await user.click(within(pane()).getByRole('button', { name: /Owners: none/ }));
    await user.keyboard('bob, carol{Enter}');
    expect(bridge.callsTo('actions:update').at(-1)).toEqual({
      meetingId: 'm1',
      actionId: 'a2',
      owners: ['bob', 'carol'],
    });
    expect(await within(pane()).findByRole('region', { name: 'carol' })).toBeInTheDocument();

    const done = within(pane()).getByRole('checkbox', { name: 'alice to write the notes' });
    await user.click(done);
    expect(bridge.callsTo('actions:update').at(-1)).toEqual({
      meetingId: 'm1',
      actionId: 'a1',
      done: true,
    });

    const due = within(pane()).getAllByLabelText('Due date of “alice to write the notes”')[0]!;
    await user.type(due, '2024-06-01');
    expect(bridge.callsTo('actions:update').at(-1)).toMatchObject({
      actionId: 'a1',
      due: '2024-06-01',
    });

    await user.click(within(pane()).getAllByRole('button', { name: 'Show line' })[0]!);
    expect(store.getState().jump?.seq).toBe(5);
  });

  it('records a new action from the pane', async () => {
    const { bridge, user } = await renderApp({ status: JOINED, meeting: meetingView() });
    await user.type(within(pane()).getByLabelText('New action'), 'dave to update the wiki{Enter}');
    expect(bridge.callsTo('meeting:command')).toEqual([
      { meetingId: 'm1', command: { type: 'action', text: 'dave to update the wiki' } },
    ]);
    expect(await within(pane()).findByText('dave to update the wiki')).toBeInTheDocument();
  });

  it('offers the last meeting’s open actions as the first topic', async () => {
    const carried = [
      actionView({ id: 'c1', text: 'alice to write the notes', source: 'carried' }),
      actionView({ id: 'c2', text: 'bob to fix CI', owners: ['bob'], source: 'carried' }),
    ];
    const agenda = agendaOf([agendaNode('a', 'Budget')]);
    const { bridge, user } = await renderApp({
      status: JOINED,
      agendas: agendasWith(agenda),
      carried,
    });
    await user.keyboard('{Control>}{Enter}{/Control}{Enter}');
    expect(within(pane()).getAllByText('from last meeting')).toHaveLength(2);
    expect(within(pane()).getByRole('status')).toHaveTextContent(
      '2 actions are still open from the last meeting.',
    );
    await user.click(within(pane()).getByRole('button', { name: 'Review them first' }));
    const items = bridge.callsTo('agenda:set').at(-1)!.items as AgendaNode[];
    expect(items.map((i) => i.title)).toEqual(['Actions from last meeting', 'Budget']);
    expect(within(pane()).queryByRole('status')).toBeNull();
  });

  it('stops offering once a topic is under way', async () => {
    const carried = actionView({ id: 'c1', source: 'carried' });
    await renderApp({
      status: JOINED,
      meeting: meetingView({ actions: [carried], topics: [topicView()] }),
      agendas: agendasWith(agendaOf([])),
    });
    expect(within(pane()).queryByRole('button', { name: 'Review them first' })).toBeNull();
  });

  it('leaves the actions of an ended meeting read-only', async () => {
    await renderApp({
      status: JOINED,
      meeting: meetingView({ status: 'ended', actions: [actionView()] }),
    });
    expect(within(pane()).getByRole('checkbox')).toBeDisabled();
    expect(within(pane()).queryByLabelText('New action')).toBeNull();
  });
});
