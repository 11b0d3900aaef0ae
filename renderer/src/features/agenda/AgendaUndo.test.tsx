import { act, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { AgendaNode } from '../../../../shared/ipc/meeting-schemas';
import { renderAppOver } from '../../testing/render-app';
import { agendaNode } from '../../testing/meeting-fixtures';
import { createTestCore } from '../../testing/render-core';
import { AGENDA_NOTE_MS } from './AgendaUndoNotice';

const pane = () => screen.getByTestId('pane-agenda');
const row = (title: string) =>
  within(pane()).getByRole('button', { name: new RegExp(`^${title}`) });
const note = () => screen.getByTestId('agenda-note');
const noNote = () => expect(screen.queryByTestId('agenda-note')).toBeNull();

afterEach(() => vi.useRealTimers());
const shape = (items: AgendaNode[]): string =>
  items.map((i) => (i.children.length ? `${i.title}(${shape(i.children)})` : i.title)).join(' ');

const AGENDA = [
  agendaNode('a', 'Intro', { timebox: 5 }),
  agendaNode('b', 'Release 2.3', {
    timebox: 10,
    children: [
      agendaNode('b1', 'Blockers', { timebox: 10 }),
      agendaNode('b2', 'Notes', { timebox: 5 }),
    ],
  }),
  agendaNode('c', 'Open floor'),
];

/** The window joined to `#meet` with `items` as its agenda. */
async function start(items = AGENDA) {
  const bridge = await createTestCore();
  await bridge.invoke('agenda:set', { channel: '#meet', items });
  bridge.calls.length = 0;
  return renderAppOver(bridge);
}

describe('undoing agenda changes', () => {
  it('says what Delete removed, subtree and timeboxes, and Ctrl+Z puts it all back', async () => {
    const { bridge, user } = await start();
    const saved = () => bridge.agenda();
    row('Release 2.3').focus();
    await user.keyboard('{Delete}');
    await expect.poll(async () => shape(await saved())).toBe('Intro Open floor');
    expect(note()).toHaveTextContent(
      'Removed “Release 2.3” and the 2 items in it (25 min planned).',
    );
    // Focus goes to the next entry still there, not into the removed subtree.
    expect(row('Open floor')).toHaveFocus();
    await user.keyboard('{Control>}z{/Control}');
    await expect.poll(saved).toEqual(AGENDA);
    expect(row('Blockers')).toHaveTextContent('10 min');
    expect(note()).toHaveTextContent('Undone: Removed “Release 2.3”');
    expect(within(note()).queryByRole('button', { name: 'Undo' })).toBeNull();
  });

  it('undoes moves and nesting in turn, from the notice’s Undo or Ctrl+Z', async () => {
    const { bridge, user } = await start();
    const saved = async () => shape(await bridge.agenda());
    row('Open floor').focus();
    await user.keyboard('{Alt>}{ArrowUp}{/Alt}');
    expect(note()).toHaveTextContent('Moved “Open floor” up');
    await user.keyboard('{Alt>}{ArrowRight}{/Alt}');
    await expect.poll(saved).toBe('Intro(Open floor) Release 2.3(Blockers Notes)');
    expect(note()).toHaveTextContent('Nested “Open floor” under “Intro”');
    await user.click(within(note()).getByRole('button', { name: 'Undo' }));
    await expect.poll(saved).toBe('Intro Open floor Release 2.3(Blockers Notes)');
    row('Intro').focus();
    await user.keyboard('{Control>}z{/Control}');
    await expect.poll(saved).toBe('Intro Release 2.3(Blockers Notes) Open floor');
    await user.keyboard('{Control>}z{/Control}');
    expect(note()).toHaveTextContent('Nothing in the agenda to undo.');
  });

  it('undoes an import that replaced the agenda', async () => {
    const { bridge, user } = await start();
    await user.click(within(pane()).getByRole('button', { name: 'Import…' }));
    await user.type(
      screen.getByLabelText('Outline or page text'),
      '- roadmap\n- open floor\n- next meeting',
    );
    await user.click(screen.getByRole('button', { name: 'Read agenda' }));
    await user.click(await screen.findByRole('button', { name: 'Replace agenda' }));
    await expect
      .poll(async () => shape(await bridge.agenda()))
      .toBe('roadmap open floor next meeting');
    expect(note()).toHaveTextContent('Replaced the agenda (3 items) with 3 imported items');
    await user.keyboard('{Control>}z{/Control}');
    await expect.poll(() => bridge.agenda()).toEqual(AGENDA);
  });

  it('leaves Ctrl+Z to a text field being typed in', async () => {
    const { bridge, user } = await start();
    row('Intro').focus();
    await user.keyboard('{Delete}');
    await user.click(row('Open floor'));
    await user.keyboard('{Control>}z{/Control}');
    await expect
      .poll(async () => shape(await bridge.agenda()))
      .toBe('Release 2.3(Blockers Notes) Open floor');
  });

  it('is one line that goes once the meeting starts, and Ctrl+Z still undoes after it', async () => {
    const { bridge, user } = await start();
    row('Intro').focus();
    await user.keyboard('{Delete}');
    expect(note()).toHaveTextContent('Removed “Intro”');
    expect(
      within(note())
        .getAllByRole('button')
        .map((b) => b.getAttribute('aria-label') ?? b.textContent),
    ).toEqual([expect.stringMatching(/^Undo/), 'Dismiss']);
    await act(() => bridge.startMeeting());
    await vi.waitFor(noNote);
    row('Open floor').focus();
    await user.keyboard('{Control>}z{/Control}');
    await expect.poll(async () => shape(await bridge.agenda())).toBe(shape(AGENDA));
  });

  it('goes by itself after a while, unless the chair is in it', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const { user } = await start();
    row('Intro').focus();
    act(() => void user.keyboard('{Delete}'));
    await vi.waitFor(() => expect(note()).toHaveTextContent('Removed “Intro”'));
    within(note()).getByRole('button', { name: 'Dismiss' }).focus();
    act(() => vi.advanceTimersByTime(AGENDA_NOTE_MS));
    expect(note()).toBeInTheDocument();
    row('Open floor').focus();
    act(() => void user.keyboard('{Delete}'));
    await vi.waitFor(() => expect(note()).toHaveTextContent('Removed “Open floor”'));
    act(() => vi.advanceTimersByTime(AGENDA_NOTE_MS));
    noNote();
  });
});
