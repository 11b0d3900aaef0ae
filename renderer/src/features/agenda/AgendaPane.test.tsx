import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { AgendaNode } from '../../../../shared/ipc/meeting-schemas';
import page from '../../../../shared/testdata/seeds/kamailio-devel-2012-01-31.md?raw';
import { renderAppOver } from '../../testing/render-app';
import { agendaNode } from '../../testing/meeting-fixtures';
import { createTestCore } from '../../testing/render-core';

const pane = () => screen.getByTestId('pane-agenda');
const row = (title: string) =>
  within(pane()).getByRole('button', { name: new RegExp(`^${title}`) });
/** The titles of the last agenda saved, as `a(b c) d`. */
const shape = (items: AgendaNode[]): string =>
  items.map((i) => (i.children.length ? `${i.title}(${shape(i.children)})` : i.title)).join(' ');

/** The window joined to `#meet` with `items` as its agenda, the first `taken` already taken up. */
async function start(items: AgendaNode[], taken = 0) {
  const bridge = await createTestCore();
  await bridge.invoke('agenda:set', { channel: '#meet', items });
  if (taken > 0) {
    const { id } = await bridge.startMeeting();
    for (let n = 0; n < taken; n++)
      await bridge.invoke('meeting:command', { meetingId: id, command: { type: 'next-topic' } });
  }
  bridge.calls.length = 0;
  return renderAppOver(bridge);
}

describe('AgendaPane', () => {
  it('creates an item with title, owners and timebox, saved at once', async () => {
    const { bridge, user } = await start([]);
    await user.click(within(pane()).getByRole('button', { name: 'Add item' }));
    await user.keyboard('Packaging');
    await user.type(within(pane()).getByLabelText('Owners'), 'dcm, vseva');
    await user.type(within(pane()).getByLabelText('Minutes'), '15{Enter}');
    const saved = bridge.callsTo('agenda:set').at(-1)!.items as AgendaNode[];
    expect(saved).toEqual([
      expect.objectContaining({ title: 'Packaging', owners: ['dcm', 'vseva'], timebox: 15 }),
    ]);
    expect(row('Packaging')).toHaveTextContent('dcm, vseva · 15 min');
    expect(row('Packaging')).toHaveFocus();
  });

  it('refuses a bad timebox, and drops a new item left blank', async () => {
    const { bridge, user } = await start([agendaNode('a', 'Intro')]);
    await user.click(row('Intro'));
    await user.clear(within(pane()).getByLabelText('Minutes'));
    await user.type(within(pane()).getByLabelText('Minutes'), '0{Enter}');
    expect(within(pane()).getByRole('alert')).toHaveTextContent('1 to 600 minutes');
    await user.keyboard('{Escape}');
    await user.click(within(pane()).getByRole('button', { name: 'Add item' }));
    await user.keyboard('{Escape}');
    await expect.poll(async () => shape(await bridge.agenda())).toBe('Intro');
  });

  it('reorders and nests from the keyboard: Alt+arrows, focus staying on the item', async () => {
    const { bridge, user } = await start([
      agendaNode('a', 'Intro'),
      agendaNode('b', 'Packaging'),
      agendaNode('c', 'Docs'),
    ]);
    const saved = () => shape(bridge.callsTo('agenda:set').at(-1)!.items as AgendaNode[]);
    row('Docs').focus();
    await user.keyboard('{Alt>}{ArrowUp}{/Alt}');
    await expect.poll(saved).toBe('Intro Docs Packaging');
    expect(row('Docs')).toHaveFocus();
    await user.keyboard('{Alt>}{ArrowRight}{/Alt}');
    await expect.poll(saved).toBe('Intro(Docs) Packaging');
    expect(row('Docs')).toHaveFocus();
    await user.keyboard('{Alt>}{ArrowLeft}{/Alt}');
    await expect.poll(saved).toBe('Intro Docs Packaging');
    await user.keyboard('{Alt>}{ArrowDown}{/Alt}');
    await expect.poll(saved).toBe('Intro Packaging Docs');
    await user.keyboard('{ArrowUp}');
    expect(row('Packaging')).toHaveFocus();
    await user.keyboard('{Delete}');
    await expect.poll(saved).toBe('Intro Docs');
    expect(row('Docs')).toHaveFocus();
  });

  it('moves a first child out to right after its parent with Alt+←, not to the end', async () => {
    const { bridge, user } = await start([
      agendaNode('a', 'Intro', {
        children: [agendaNode('a1', 'Roll call'), agendaNode('a2', 'Notes')],
      }),
      agendaNode('b', 'Packaging'),
      agendaNode('c', 'Docs'),
    ]);
    row('Roll call').focus();
    await user.keyboard('{Alt>}{ArrowLeft}{/Alt}');
    expect(shape(bridge.callsTo('agenda:set').at(-1)!.items as AgendaNode[])).toBe(
      'Intro(Notes) Roll call Packaging Docs',
    );
    expect(row('Roll call')).toHaveFocus();
  });

  it('marks the current topic and the ones already taken', async () => {
    await start(
      [agendaNode('a', 'Intro'), agendaNode('b', 'Packaging'), agendaNode('c', 'Docs')],
      2,
    );
    expect(row('Packaging').closest('li')).toHaveAttribute('aria-current', 'step');
    expect(row('Packaging')).toHaveAccessibleName(/current topic/);
    expect(row('Packaging')).not.toHaveAccessibleName(/done/);
    expect(row('Packaging')).toHaveTextContent(/^▶/);
    expect(row('Intro')).toHaveAccessibleName(/done/);
    expect(row('Docs').closest('li')).not.toHaveAttribute('aria-current');
  });

  it('imports a pasted outline, shows what it found, and replaces the agenda with it', async () => {
    const { bridge, user } = await start([agendaNode('old', 'Old item')]);
    await user.click(within(pane()).getByRole('button', { name: 'Import…' }));
    const dialog = screen.getByRole('dialog', { name: 'Import an agenda' });
    await user.click(within(dialog).getByRole('button', { name: 'Read agenda' }));
    expect(within(dialog).getByRole('alert')).toHaveTextContent('Paste an outline');
    await user.type(
      within(dialog).getByLabelText('Outline or page text'),
      '- (dcm) packaging (10 min)\n  - nightly builds\n- documentation\n- open floor',
    );
    await user.click(within(dialog).getByRole('button', { name: 'Read agenda' }));
    expect(bridge.callsTo('agenda:import')).toHaveLength(1);
    expect(within(dialog).getByText('Found 4 items:')).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Replace agenda' }));
    const saved = bridge.callsTo('agenda:set').at(-1)!.items as AgendaNode[];
    expect(shape(saved)).toBe('packaging(nightly builds) documentation open floor');
    expect(saved[0]).toMatchObject({ owners: ['dcm'], timebox: 10 });
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it("reads a page's section label as a group: counted apart, drawn as one, never a topic", async () => {
    const { bridge, user } = await start([]);
    await user.click(within(pane()).getByRole('button', { name: 'Import…' }));
    const dialog = screen.getByRole('dialog');
    await user.upload(
      within(dialog).getByLabelText('Or pick a file'),
      new File([page], 'kamailio.md', { type: 'text/markdown' }),
    );
    expect(await within(dialog).findByTestId('import-count')).toHaveTextContent(
      'Found 10 items in 1 group:',
    );
    await user.click(within(dialog).getByRole('button', { name: 'Replace agenda' }));
    const [group] = bridge.callsTo('agenda:set').at(-1)!.items as AgendaNode[];
    expect(group).toMatchObject({ title: 'Kamailio related', group: true });
    expect(row('Kamailio related')).toHaveAccessibleName(/group, not a topic/);
    expect(row('outstanding issues')).not.toHaveAccessibleName(/group/);
  });

  it('imports from a picked file and can add it after the current items', async () => {
    const { bridge, user } = await start([agendaNode('old', 'Old item')]);
    await user.click(within(pane()).getByRole('button', { name: 'Import…' }));
    const dialog = screen.getByRole('dialog');
    const file = new File(['- roadmap\n- open floor\n- next meeting\n'], 'agenda.md', {
      type: 'text/markdown',
    });
    await user.upload(within(dialog).getByLabelText('Or pick a file'), file);
    expect(await within(dialog).findByText('Found 3 items:')).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Add to agenda' }));
    expect(shape(bridge.callsTo('agenda:set').at(-1)!.items as AgendaNode[])).toBe(
      'Old item roadmap open floor next meeting',
    );
  });

  it('refuses a file that is not text', async () => {
    const { bridge, user } = await start([]);
    await user.click(within(pane()).getByRole('button', { name: 'Import…' }));
    const dialog = screen.getByRole('dialog');
    await user.upload(
      within(dialog).getByLabelText('Or pick a file'),
      new File(['%PDF\u0000\u0001'], 'a.md'),
    );
    expect(await within(dialog).findByRole('alert')).toHaveTextContent('not text');
    expect(bridge.callsTo('agenda:import')).toHaveLength(0);
  });

  it('saves the agenda as a template for the channel and starts from it later', async () => {
    const { bridge, user } = await start([
      agendaNode('a', 'Roll call'),
      agendaNode('b', 'Open floor'),
    ]);
    await user.click(within(pane()).getByRole('button', { name: 'Templates…' }));
    let dialog = screen.getByRole('dialog', { name: 'Agenda templates' });
    expect(
      await within(dialog).findByText('This channel has no saved templates yet.'),
    ).toBeInTheDocument();
    await user.type(within(dialog).getByLabelText('Save the current agenda as'), 'weekly{Enter}');
    expect(bridge.callsTo('agenda:saveTemplate')).toEqual([
      expect.objectContaining({ channel: '#meet', name: 'weekly' }),
    ]);
    expect(within(dialog).getByRole('status')).toHaveTextContent('Saved the template “weekly”.');
    await user.keyboard('{Escape}');

    await bridge.invoke('agenda:set', { channel: '#meet', items: [] });
    await user.click(within(pane()).getByRole('button', { name: 'Templates…' }));
    dialog = screen.getByRole('dialog', { name: 'Agenda templates' });
    await user.click(await within(dialog).findByRole('button', { name: 'Use weekly' }));
    expect(shape(bridge.callsTo('agenda:set').at(-1)!.items as AgendaNode[])).toBe(
      'Roll call Open floor',
    );
  });

  it('offers built-in templates to a channel that has saved none', async () => {
    const { bridge, user } = await start([]);
    await user.click(within(pane()).getByRole('button', { name: 'Templates…' }));
    const dialog = screen.getByRole('dialog', { name: 'Agenda templates' });
    const builtin = within(dialog).getByRole('list', { name: 'Built-in templates' });
    expect(builtin).toHaveTextContent('Short check-in — 2 items');
    await user.click(within(builtin).getByRole('button', { name: 'Use Short check-in' }));
    expect(shape(bridge.callsTo('agenda:set').at(-1)!.items as AgendaNode[])).toBe(
      'Actions from last meeting Open floor',
    );
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('puts a refused save back the way it was and says why', async () => {
    const { bridge, user } = await start([agendaNode('a', 'Intro'), agendaNode('b', 'Docs')]);
    bridge.handle('agenda:set', async () => ({
      ok: false,
      error: { code: 'io', message: 'The agenda could not be saved.' },
    }));
    row('Docs').focus();
    await user.keyboard('{Alt>}{ArrowUp}{/Alt}');
    expect(await screen.findByTestId('meeting-notice')).toHaveTextContent('could not be saved');
    expect(
      row('Intro').compareDocumentPosition(row('Docs')) & Node.DOCUMENT_POSITION_FOLLOWING,
    ).toBeTruthy();
  });
});
