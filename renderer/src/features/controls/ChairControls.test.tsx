import { act, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { agendaNode } from '../../testing/meeting-fixtures';
import { createTestCore, renderCore, type TestCore } from '../../testing/render-core';
import { renderAppOver } from '../../testing/render-app';

const dialog = () => screen.getByRole('dialog');
/** Waits for the open dialog to close, once the core has answered what it sent. */
const closed = () => vi.waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
/** The id of the meeting under way in `#meet`. */
const meetingId = async (bridge: TestCore) => (await bridge.meetingWhen(() => true)).id;

describe('chair controls from the keyboard', () => {
  it('starts a meeting with Ctrl+Enter: a dialog asks its name and mode, Enter starts it', async () => {
    const { bridge, user } = await renderCore();
    await user.keyboard('{Control>}{Enter}{/Control}');
    expect(dialog()).toHaveAccessibleName('Start the meeting');
    expect(screen.getByLabelText('Meeting name')).toHaveFocus();
    await user.click(within(dialog()).getByRole('radio', { name: /Quiet/ }));
    await user.click(screen.getByLabelText('Meeting name'));
    await user.keyboard('weekly{Enter}');
    expect(bridge.callsTo('meeting:start')).toEqual([
      { channel: '#meet', title: 'weekly', mode: 'quiet' },
    ]);
    await closed();
    expect(screen.getByTestId('meeting-status')).toHaveTextContent(/Meeting since .* quiet/);
    expect(screen.getByRole('button', { name: 'End meeting' })).toBeEnabled();
  });

  it('ends a meeting only after confirming: Ctrl+Enter, then Enter', async () => {
    const { bridge, user } = await renderCore({ meeting: {} });
    await user.keyboard('{Control>}{Enter}{/Control}');
    expect(dialog()).toHaveAccessibleName('End the meeting?');
    expect(within(dialog()).getByRole('button', { name: 'End meeting' })).toHaveFocus();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(bridge.callsTo('meeting:end')).toHaveLength(0);
    await user.keyboard('{Control>}{Enter}{/Control}');
    await user.keyboard('{Enter}');
    expect(bridge.callsTo('meeting:end')).toEqual([{ meetingId: await meetingId(bridge) }]);
    expect(await screen.findByText(/Meeting ended/)).toBeInTheDocument();
    expect(screen.getByTestId('meeting-status')).toHaveTextContent('Meeting ended');
  });

  it('takes the next agenda item with Alt+N, and asks for a topic once the agenda is used up', async () => {
    const bridge = await createTestCore({ meeting: {} });
    const items = [agendaNode('a', 'Budget', { timebox: 10 })];
    await bridge.invoke('agenda:set', { channel: '#meet', items });
    const { user } = await renderAppOver(bridge);
    expect(screen.getByText('Budget', { selector: '.next-topic bdi' })).toBeInTheDocument();
    await user.keyboard('{Alt>}n{/Alt}');
    expect(bridge.callsTo('meeting:command')).toEqual([
      { meetingId: await meetingId(bridge), command: { type: 'next-topic' } },
    ]);
    expect(await screen.findByTestId('topic-span')).toHaveTextContent('Budget');
    // The agenda the core pushes back has nothing left to take.
    await vi.waitFor(() =>
      expect(screen.queryByText('Budget', { selector: '.next-topic bdi' })).toBeNull(),
    );
    await user.keyboard('{Alt>}n{/Alt}');
    expect(dialog()).toHaveAccessibleName('Set a topic');
    await user.keyboard('Any other business{Enter}');
    expect(bridge.callsTo('meeting:command').at(-1)?.command).toEqual({
      type: 'topic',
      text: 'Any other business',
    });
  });

  it("names a group's first entry as the next topic, never the group", async () => {
    const group = agendaNode('g', 'Kamailio related', {
      group: true,
      children: [agendaNode('g1', 'Packaging')],
    });
    const bridge = await createTestCore({ meeting: {} });
    await bridge.invoke('agenda:set', { channel: '#meet', items: [group] });
    await renderAppOver(bridge);
    expect(screen.getByText('Packaging', { selector: '.next-topic bdi' })).toBeInTheDocument();
    expect(screen.queryByText('Kamailio related', { selector: '.next-topic bdi' })).toBeNull();
  });

  it('adds items with a type picker: Alt+I for info, another type chosen with the arrows', async () => {
    const { bridge, user } = await renderCore({ meeting: {} });
    await user.keyboard('{Alt>}i{/Alt}');
    expect(dialog()).toHaveAccessibleName('Add info');
    expect(screen.getByRole('radio', { name: 'Info' })).toBeChecked();
    await user.click(screen.getByRole('radio', { name: 'Info' }));
    await user.keyboard('{ArrowRight}');
    expect(screen.getByRole('radio', { name: 'Idea' })).toBeChecked();
    await user.click(screen.getByRole('textbox', { name: 'Idea' }));
    await user.keyboard('a shared calendar{Enter}');
    expect(bridge.callsTo('meeting:command')[0]?.command).toEqual({
      type: 'idea',
      text: 'a shared calendar',
    });
    await closed();

    await user.keyboard('{Alt>}g{/Alt}');
    expect(screen.getByRole('radio', { name: 'Agreed' })).toBeChecked();
    await user.keyboard('{Enter}');
    expect(within(dialog()).getByRole('alert')).toHaveTextContent(
      'Write the what was agreed first.',
    );
    await user.keyboard('{Escape}');
    await user.keyboard('{Alt>}a{/Alt}');
    expect(dialog()).toHaveAccessibleName('Add action');
    await user.keyboard('{Escape}');
    await user.keyboard('{Alt>}l{/Alt}');
    expect(dialog()).toHaveAccessibleName('Add link');
  });

  it('keeps a refused command in the dialog and in the notice, with its message', async () => {
    const { bridge, user } = await renderCore({ meeting: {} });
    bridge.handle('meeting:command', async () => ({
      ok: false,
      error: { code: 'unsupported', message: 'A vote is not something classic MeetBot records.' },
    }));
    await user.keyboard('{Alt>}v{/Alt}');
    await user.keyboard('Ship 2.0?{Enter}');
    expect(within(dialog()).getByRole('alert')).toHaveTextContent('classic MeetBot');
    await user.keyboard('{Escape}');
    expect(screen.getByTestId('meeting-notice')).toHaveTextContent('classic MeetBot');
  });

  it('runs a vote: question and options, a live tally, and Alt+V to end it', async () => {
    const { bridge, user } = await renderCore({ meeting: {} });
    await user.keyboard('{Alt>}v{/Alt}');
    await user.keyboard('Ship 2.0?');
    await user.clear(screen.getByLabelText('Options, separated by commas'));
    await user.type(screen.getByLabelText('Options, separated by commas'), 'yes, no, yes{Enter}');
    expect(bridge.callsTo('meeting:command')[0]?.command).toEqual({
      type: 'vote-start',
      question: 'Ship 2.0?',
      options: ['yes', 'no'],
    });
    const panel = await screen.findByTestId('vote-panel');
    expect(panel).toHaveTextContent('Vote: Ship 2.0?');
    bridge.hear('alice', '#vote yes');
    bridge.hear('bob', '#vote Yes');
    await vi.waitFor(() =>
      expect(within(panel).getByText('yes').closest('li')).toHaveTextContent('yes 2 alice, bob'),
    );
    await user.keyboard('{Alt>}v{/Alt}');
    expect(dialog()).toHaveAccessibleName('End the vote?');
    expect(dialog()).toHaveAccessibleDescription(/yes: 2, no: 0/);
    await user.keyboard('{Enter}');
    expect(bridge.callsTo('meeting:command').at(-1)?.command).toEqual({ type: 'vote-end' });
    await vi.waitFor(() => expect(screen.queryByTestId('vote-panel')).toBeNull());
  });

  it('chairs and unchairs people', async () => {
    const { bridge, user } = await renderCore({ meeting: {} });
    await user.keyboard('{Alt>}c{/Alt}');
    await user.keyboard('alice{Enter}');
    expect(bridge.callsTo('meeting:command')[0]?.command).toEqual({
      type: 'chair',
      nicks: ['alice'],
    });
    await user.click(await screen.findByRole('button', { name: 'Unchair alice' }));
    expect(bridge.callsTo('meeting:command')[1]?.command).toEqual({
      type: 'unchair',
      nicks: ['alice'],
    });
  });

  it('switches between drive and quiet with Alt+M, before and during a meeting', async () => {
    const { bridge, user } = await renderCore();
    expect(screen.getByRole('radio', { name: 'Drive' })).toBeChecked();
    await user.keyboard('{Alt>}m{/Alt}');
    expect(screen.getByRole('radio', { name: 'Quiet' })).toBeChecked();
    expect(bridge.callsTo('meeting:setMode')).toHaveLength(0);
    const started = await act(() => bridge.startMeeting({ mode: 'quiet' }));
    await vi.waitFor(() => expect(screen.getByTestId('meeting-status')).toHaveTextContent(/quiet/));
    await user.keyboard('{Alt>}m{/Alt}');
    expect(bridge.callsTo('meeting:setMode')).toEqual([{ meetingId: started.id, mode: 'drive' }]);
    await vi.waitFor(() => expect(screen.getByRole('radio', { name: 'Drive' })).toBeChecked());
  });

  it('says how to start when a meeting shortcut is pressed with no meeting', async () => {
    const { bridge, user } = await renderCore();
    await user.keyboard('{Alt>}n{/Alt}');
    expect(screen.getByRole('status')).toHaveTextContent('Start the meeting first (Ctrl+Enter).');
    expect(bridge.callsTo('meeting:command')).toHaveLength(0);
    expect(screen.getByRole('button', { name: 'Next topic' })).toBeDisabled();
  });

  it('shows every shortcut on its button and in the "?" help, which Escape closes', async () => {
    const { user } = await renderCore({ meeting: {} });
    const next = screen.getByRole('button', { name: 'Next topic' });
    expect(next).toHaveAttribute('aria-keyshortcuts', 'Alt+N');
    expect(next).toHaveTextContent('Alt+N');
    await user.keyboard('?');
    const help = dialog();
    expect(help).toHaveAccessibleName('Keyboard shortcuts');
    for (const keys of [
      'Ctrl+Enter',
      'Alt+N',
      'Alt+I',
      'Alt+G',
      'Alt+A',
      'Alt+L',
      'Alt+V',
      'Ctrl+F',
      'F6',
    ]) {
      expect(within(help).getByText(keys)).toBeInTheDocument();
    }
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('keeps Tab inside a dialog and gives focus back when it closes', async () => {
    const { user } = await renderCore({ meeting: {} });
    const button = screen.getByRole('button', { name: 'Topic…' });
    button.focus();
    await user.keyboard('{Enter}');
    const input = screen.getByLabelText('Topic');
    expect(input).toHaveFocus();
    await user.tab();
    await user.tab();
    await user.tab();
    expect(input).toHaveFocus();
    await user.keyboard('{Escape}');
    expect(button).toHaveFocus();
  });

  it('moves between panes with F6 and Shift+F6', async () => {
    const bridge = await createTestCore({ meeting: {} });
    bridge.hear('chair', '#topic Budget');
    await bridge.meetingWhen((v) => v.topics.length === 1);
    const { user } = await renderAppOver(bridge);
    await user.keyboard('[F6]');
    expect(screen.getByTestId('pane-agenda')).toHaveFocus();
    await user.keyboard('[F6]');
    expect(screen.getByTestId('pane-people')).toHaveFocus();
    await user.keyboard('[F6]');
    expect(screen.getByRole('list', { name: 'Lines in #meet' })).toHaveFocus();
    await user.keyboard('{Shift>}[F6]{/Shift}{Shift>}[F6]{/Shift}{Shift>}[F6]{/Shift}');
    expect(screen.getByTestId('pane-actions')).toHaveFocus();
  });

  it('moves between the toolbar’s enabled buttons with the arrow keys', async () => {
    const { user } = await renderCore({ meeting: {} });
    screen.getByRole('button', { name: 'End meeting' }).focus();
    await user.keyboard('{ArrowRight}');
    expect(screen.getByRole('button', { name: 'Next topic' })).toHaveFocus();
    await user.keyboard('{ArrowLeft}{ArrowLeft}');
    expect(screen.getByRole('button', { name: 'Shortcuts' })).toHaveFocus();
    await user.keyboard('{Home}');
    expect(screen.getByRole('button', { name: 'End meeting' })).toHaveFocus();
  });
});
