import { act, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderCore } from '../../testing/render-core';
import { importMeeting, sopelLog, WEEKLY, type TestLine } from './test-meetings';

async function readWeekly(lines: readonly TestLine[] = WEEKLY, seq?: number) {
  const app = await renderCore({ join: false });
  const id = await importMeeting(app.bridge, sopelLog(lines));
  act(() => app.store.getState().openReading(id, seq));
  await screen.findByRole('heading', { name: 'weekly sync' });
  return { ...app, id };
}

const transcript = () => screen.getByRole('list', { name: 'Transcript' });
const row = (text: string) => {
  const found = within(transcript())
    .getAllByRole('listitem')
    .find((li) => li.textContent?.includes(text));
  if (!found) throw new Error(`No line says "${text}"`);
  return found;
};
const line = (seq: number) => transcript().querySelector(`[data-seq="${seq}"]`);
const outline = () => within(screen.getByRole('navigation', { name: 'Outline' }));
const tableRows = (name: string) =>
  within(screen.getByRole('table', { name }))
    .getAllByRole('row')
    .slice(1)
    .map((r) => [...r.querySelectorAll('th, td')].map((c) => c.textContent));

describe('MeetingReader', () => {
  it('shows the meeting: facts, read-only note, outline, transcript, actions and charts', async () => {
    await readWeekly();
    expect(screen.getByText('Read-only')).toBeInTheDocument();
    expect(document.querySelector('.reader-facts')).toHaveTextContent(
      /^#meet · \d+ \w{3} \d{4}, \d\d:\d\d · 15 min · imported \(sopel-chanlogs\)Read-only$/,
    );
    expect(await within(transcript()).findAllByRole('listitem')).toHaveLength(12);
    expect(
      outline()
        .getAllByRole('button')
        .map((b) => b.textContent),
    ).toEqual([
      'Budget',
      'Decision: pizza budget halved',
      'Release',
      'Action: bob to tag the release',
      'Any other business',
    ]);
    expect(screen.getByRole('checkbox', { name: 'bob to tag the release' })).not.toBeChecked();
    expect(tableRows('Lines said per person')).toEqual([
      ['alice', '7'],
      ['bob', '3'],
      ['carol', '2'],
    ]);
    expect(tableRows('Topic durations')).toEqual([
      ['Budget', '–', '5.1', '–'],
      ['Release', '–', '5.1', '–'],
      ['Any other business', '–', '5', '–'],
    ]);
  });

  it('brings an outline entry’s line into view and highlights it', async () => {
    const { store, user, id } = await readWeekly();
    await within(transcript()).findAllByRole('listitem');
    await user.click(outline().getByRole('button', { name: 'Release' }));
    expect(store.getState().reading).toEqual({ meetingId: id, jump: { seq: 6, nonce: 1 } });
    expect(line(6)).toHaveClass('line-flash');
  });

  it('jumps to the line a search result asked for when it opened', async () => {
    await readWeekly(WEEKLY, 11);
    await within(transcript()).findAllByRole('listitem');
    expect(line(11)).toHaveClass('line-flash');
    expect(line(10)).not.toHaveClass('line-flash');
  });

  it('marks a line as an action, updating outline and actions, and takes the mark back', async () => {
    const { bridge, user, id } = await readWeekly();
    await user.click(
      await within(row('docs need an update')).findByRole('button', { name: 'Mark…' }),
    );
    const dialog = within(screen.getByRole('dialog', { name: 'Mark this line' }));
    expect(dialog.getByRole('textbox', { name: 'Text' })).toHaveValue('docs need an update');
    await user.click(dialog.getByRole('radio', { name: 'Action' }));
    await user.click(dialog.getByRole('button', { name: 'Mark' }));
    expect(bridge.callsTo('meeting:mark')).toEqual([
      { meetingId: id, seq: 9, as: 'action', text: 'docs need an update' },
    ]);
    expect(
      await outline().findByRole('button', { name: 'Action: docs need an update' }),
    ).toBeInTheDocument();
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(screen.getByRole('checkbox', { name: 'docs need an update' })).toBeInTheDocument();
    const marked = row('docs need an update');
    expect(await within(marked).findByText('Action')).toBeInTheDocument();

    await user.click(within(marked).getByRole('button', { name: 'Remove mark (Action)' }));
    expect(bridge.callsTo('meeting:unmark')).toEqual([{ meetingId: id, seq: 9, as: 'action' }]);
    await act(async () => {});
    expect(outline().queryByRole('button', { name: 'Action: docs need an update' })).toBeNull();
    expect(screen.queryByRole('checkbox', { name: 'docs need an update' })).toBeNull();
    expect(within(row('docs need an update')).queryByText('Remove mark')).toBeNull();
  });

  it('starts a topic at a line, with the chair’s title, and charts it', async () => {
    const { user } = await readWeekly();
    await user.click(
      await within(row('we spent too much')).findByRole('button', { name: 'Mark…' }),
    );
    const dialog = within(screen.getByRole('dialog', { name: 'Mark this line' }));
    await user.click(dialog.getByRole('radio', { name: 'Start a topic here' }));
    const text = dialog.getByRole('textbox', { name: 'Text' });
    await user.clear(text);
    await user.type(text, 'Pizza');
    await user.click(dialog.getByRole('button', { name: 'Mark' }));
    expect(await outline().findByRole('button', { name: 'Pizza' })).toBeInTheDocument();
    expect(tableRows('Topic durations').map((r) => r[0])).toEqual([
      'Budget',
      'Pizza',
      'Release',
      'Any other business',
    ]);
  });

  it('keeps the dialog and the words typed when the mark is refused', async () => {
    const { user } = await readWeekly();
    await user.click(await within(row('#topic Budget')).findByRole('button', { name: 'Mark…' }));
    const dialog = within(screen.getByRole('dialog', { name: 'Mark this line' }));
    await user.click(dialog.getByRole('radio', { name: 'Start a topic here' }));
    await user.type(dialog.getByRole('textbox', { name: 'Text' }), '!');
    await user.click(dialog.getByRole('button', { name: 'Mark' }));
    expect(await dialog.findByRole('alert')).toHaveTextContent('That line already starts a topic.');
    expect(dialog.getByRole('textbox', { name: 'Text' })).toHaveValue('Budget!');
    expect(dialog.getByRole('radio', { name: 'Start a topic here' })).toBeChecked();
  });

  it('ticks an action off and shows the state the library answers with', async () => {
    const { bridge, user, id } = await readWeekly();
    // The library answers with more than was asked (owners changed meanwhile): that is shown.
    const open = bridge.handlerOf('history:open');
    bridge.handle('actions:update', async ({ meetingId }) => {
      const opened = await open({ meetingId });
      if (!opened.ok) return opened;
      const { view } = opened.value;
      const actions = view.actions.map((a) => ({ ...a, done: true, owners: ['carol'] }));
      return { ok: true, value: { ...view, actions } };
    });
    const box = screen.getByRole('checkbox', { name: 'bob to tag the release' });
    await user.click(box);
    const [request] = bridge.callsTo('actions:update');
    expect(request).toMatchObject({ meetingId: id, done: true });
    await waitFor(() =>
      expect(document.querySelector('.reader-action-meta')).toHaveTextContent(
        'Done · Owners: carol',
      ),
    );
    expect(screen.getByRole('checkbox', { name: 'bob to tag the release' })).toBeChecked();
  });

  it('says why an action could not be changed and leaves it as it was', async () => {
    const { bridge, user } = await readWeekly();
    let answer: () => void = () => {};
    bridge.handle(
      'actions:update',
      () =>
        new Promise((resolve) => {
          answer = () =>
            resolve({
              ok: false,
              error: {
                code: 'no-such-action',
                message: 'That action is no longer in the meeting.',
              },
            });
        }),
    );
    await user.click(screen.getByRole('checkbox', { name: 'bob to tag the release' }));
    // The box moves at once, before the core answers…
    expect(screen.getByRole('checkbox', { name: 'bob to tag the release' })).toBeChecked();
    // …and goes back when the change is refused.
    act(() => answer());
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'That action is no longer in the meeting.',
    );
    expect(screen.getByRole('checkbox', { name: 'bob to tag the release' })).not.toBeChecked();
  });

  it('shows text from the log as text, creating no element from it', async () => {
    const hostile = '<img src=x onerror=alert(1)>';
    await readWeekly([
      [0, 'alice', '#startmeeting weekly sync'],
      [1, 'alice', `#topic ${hostile}`],
      [2, '<b>bob</b>', `#info ${hostile}`],
    ]);
    await within(transcript()).findAllByRole('listitem');
    expect(outline().getByRole('button', { name: hostile })).toBeInTheDocument();
    expect(document.querySelector('.history-reader img, .history-reader b')).toBeNull();
  });

  it('goes back to the list', async () => {
    const { user, store } = await readWeekly();
    await user.click(screen.getByRole('button', { name: 'Back to all meetings' }));
    expect(store.getState().reading).toBeNull();
    expect(await screen.findByRole('table', { name: 'Past meetings' })).toBeInTheDocument();
  });

  it('follows the live meeting as the core reports it, without a read-only note', async () => {
    const { bridge, store } = await renderCore({ meeting: { title: 'now' } });
    bridge.hear('chair', '#topic First');
    const live = await bridge.meetingWhen((v) => v.topics.length === 1);
    act(() => store.getState().openReading(live.id));
    await screen.findByRole('heading', { name: 'now' });
    expect(await outline().findByText('First')).toBeInTheDocument();
    expect(screen.queryByText('Read-only')).toBeNull();
    bridge.hear('chair', '#topic Second');
    expect(await outline().findByText('Second')).toBeInTheDocument();
    await act(() => bridge.invoke('meeting:end', { meetingId: live.id }));
    expect(await screen.findByText('Read-only')).toBeInTheDocument();
  });

  it('says why a meeting cannot be opened, with the way back', async () => {
    const { store, user } = await renderCore({ join: false });
    act(() => store.getState().openReading('gone'));
    expect(await screen.findByRole('alert')).toHaveTextContent('There is no such meeting.');
    await user.click(screen.getByRole('button', { name: 'Back to all meetings' }));
    expect(store.getState().reading).toBeNull();
  });
});
