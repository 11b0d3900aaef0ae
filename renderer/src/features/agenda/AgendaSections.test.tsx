import { screen, within } from '@testing-library/react';
import { describe, expect, it, onTestFinished, vi } from 'vitest';
import type { AgendaNode } from '../../../../shared/ipc/meeting-schemas';
import { renderAppOver } from '../../testing/render-app';
import { agendaNode } from '../../testing/meeting-fixtures';
import { createTestCore } from '../../testing/render-core';

const pane = () => screen.getByTestId('pane-agenda');
const row = (title: string) =>
  within(pane()).getByRole('button', { name: new RegExp(`^${title}`) });
/** The titles of the agenda, as `§a(b c) d`: `§` before a section label. */
const shape = (items: AgendaNode[]): string =>
  items
    .map(
      (i) => `${i.group ? '§' : ''}${i.title}${i.children.length ? `(${shape(i.children)})` : ''}`,
    )
    .join(' ');

/** The window joined to `#meet` over the real core, with `items` as its agenda. */
async function start(items: AgendaNode[]) {
  const bridge = await createTestCore();
  await bridge.invoke('agenda:set', { channel: '#meet', items });
  return renderAppOver(bridge);
}

describe('section labels in the agenda, by hand and from the keyboard', () => {
  it('makes an entry a section label, puts entries in it and takes one out, each undoable', async () => {
    const { bridge, user } = await start([
      agendaNode('k', 'Kamailio related'),
      agendaNode('a', 'CI'),
      agendaNode('b', 'Docs'),
    ]);
    const saved = async () => shape(await bridge.agenda());

    // Enter edits the entry; the check box makes it a section label.
    row('Kamailio related').focus();
    await user.keyboard('{Enter}');
    await user.click(within(pane()).getByRole('checkbox', { name: /Section label/ }));
    await user.keyboard('{Enter}');
    await expect.poll(saved).toBe('§Kamailio related CI Docs');
    expect(row('Kamailio related')).toHaveAccessibleName(/group, not a topic/);
    expect(screen.getByTestId('agenda-note')).toHaveTextContent(
      'Made “Kamailio related” a section label.',
    );

    // Another entry's editor offers the section: chosen from the keyboard, it moves in.
    row('Docs').focus();
    await user.keyboard('{Enter}');
    const section = within(pane()).getByRole('combobox', { name: 'In section' });
    expect(
      within(section)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['None (top level)', 'Kamailio related']);
    await user.selectOptions(section, 'Kamailio related');
    await user.keyboard('{Enter}');
    await expect.poll(saved).toBe('§Kamailio related(Docs) CI');
    expect(screen.getByTestId('agenda-note')).toHaveTextContent(
      'Moved “Docs” into “Kamailio related”.',
    );

    // And back out to the top level; Ctrl+Z takes that back.
    row('Docs').focus();
    await user.keyboard('{Enter}');
    expect(within(pane()).getByRole('combobox', { name: 'In section' })).toHaveValue('k');
    await user.selectOptions(within(pane()).getByRole('combobox', { name: 'In section' }), '');
    await user.keyboard('{Enter}');
    await expect.poll(saved).toBe('§Kamailio related Docs CI');
    row('CI').focus();
    await user.keyboard('{Control>}z{/Control}');
    await expect.poll(saved).toBe('§Kamailio related(Docs) CI');
  });

  it('offers no section when there is none, and never the entry itself', async () => {
    const { user } = await start([agendaNode('k', 'Kamailio related', { group: true })]);
    row('Kamailio related').focus();
    await user.keyboard('{Enter}');
    expect(within(pane()).getByRole('checkbox', { name: /Section label/ })).toBeChecked();
    expect(within(pane()).queryByRole('combobox', { name: 'In section' })).toBeNull();
  });

  it('opens the editor into view and closes it with Escape, where scrollIntoView returns a promise', async () => {
    const scrolled = vi.fn(() => Promise.resolve());
    Element.prototype.scrollIntoView = scrolled as unknown as Element['scrollIntoView'];
    onTestFinished(() => {
      delete (Element.prototype as Partial<Element>).scrollIntoView;
    });
    const { user } = await start([agendaNode('a', 'Intro'), agendaNode('b', 'Open floor')]);
    row('Open floor').focus();
    await user.keyboard('{Enter}');
    expect(scrolled).toHaveBeenCalledWith({ block: 'nearest' });
    await user.keyboard('{Escape}');
    expect(row('Open floor')).toHaveFocus();
  });
});
