import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../../testing/render-app';
import { JOINED, meetingView, topicView, T0 } from '../../testing/meeting-fixtures';

const dialog = () => screen.getByRole('dialog');

const OPEN_VOTE = {
  question: 'Ship 2.3 on Friday?',
  options: ['yes', 'no'],
  votes: { alice: 'yes', bob: 'yes', carol: 'no' },
  tally: { yes: 2, no: 1 },
  open: true,
  result: null,
};

describe('ending a meeting with a vote still open', () => {
  it('offers to close the vote first, ticked, so its result reaches the minutes', async () => {
    const { bridge, user } = await renderApp({
      status: JOINED,
      meeting: meetingView({ votes: [OPEN_VOTE] }),
    });
    await user.keyboard('{Control>}{Enter}{/Control}');
    expect(dialog()).toHaveAccessibleName('End the meeting?');
    const close = within(dialog()).getByRole('checkbox', { name: /Close the open vote first/ });
    expect(close).toBeChecked();
    expect(close.closest('label')).toHaveTextContent('“Ship 2.3 on Friday?” — yes: 2, no: 1');
    const submit = within(dialog()).getByRole('button', { name: 'Close the vote and end' });
    expect(submit).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(bridge.callsTo('meeting:command').map((c) => c.command)).toEqual([{ type: 'vote-end' }]);
    expect(bridge.callsTo('meeting:end')).toEqual([{ meetingId: 'm1' }]);
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('ends without closing it when the chair unticks the offer', async () => {
    const { bridge, user } = await renderApp({
      status: JOINED,
      meeting: meetingView({ votes: [OPEN_VOTE] }),
    });
    await user.keyboard('{Control>}{Enter}{/Control}');
    await user.click(within(dialog()).getByRole('checkbox', { name: /Close the open vote/ }));
    await user.click(within(dialog()).getByRole('button', { name: 'End meeting' }));
    expect(bridge.callsTo('meeting:command')).toEqual([]);
    expect(bridge.callsTo('meeting:end')).toEqual([{ meetingId: 'm1' }]);
  });
});

describe('Undo last item', () => {
  it('names the item #undo takes back and whose it is before sending it', async () => {
    const topic = topicView({
      items: [
        { type: 'info', nick: 'chair', text: 'mine', at: T0, seq: 3 },
        { type: 'action', nick: 'cochair', text: 'bob to write the docs', at: T0, seq: 4 },
      ],
    });
    const { bridge, user } = await renderApp({
      status: JOINED,
      meeting: meetingView({ topics: [topic] }),
    });
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
    const { user } = await renderApp({
      status: JOINED,
      meeting: meetingView({ topics: [topicView({ title: 'Budget', nick: 'chair' })] }),
    });
    await user.click(screen.getByRole('button', { name: 'Undo last item' }));
    expect(dialog()).toHaveAccessibleDescription(/the topic “Budget”, which you added\.$/);
  });

  it('sends nothing when the minutes have no item', async () => {
    const { bridge, user } = await renderApp({ status: JOINED, meeting: meetingView() });
    await user.click(screen.getByRole('button', { name: 'Undo last item' }));
    expect(dialog()).toHaveAccessibleDescription('The minutes have no item to take back.');
    await user.click(within(dialog()).getByRole('button', { name: 'Take it back' }));
    expect(within(dialog()).getByRole('alert')).toHaveTextContent('no item to take back');
    expect(bridge.callsTo('meeting:command')).toEqual([]);
  });
});
