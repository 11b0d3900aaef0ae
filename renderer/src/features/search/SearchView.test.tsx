import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fail, ok, type Result } from '../../../../shared/ipc/result';
import type { Res } from '../../../../shared/ipc/schemas';
import { renderCore } from '../../testing/render-core';
import { meetingDate } from './result-text';
import { contextLine, DAY1, historyEntry, searchHit } from './search-fixtures';

type Answer = Res<'search:query'>;

async function openSearch(setup?: Parameters<typeof renderCore>[0]) {
  const app = await renderCore(setup);
  app.bridge.handle('history:list', () =>
    ok([historyEntry('m1', '#meet'), historyEntry('m2', '#dev'), historyEntry('m3', '#meet')]),
  );
  await app.user.click(
    within(screen.getByRole('navigation', { name: 'Views' })).getByRole('button', {
      name: 'Search',
    }),
  );
  return app;
}

const box = () => screen.getByRole('searchbox', { name: 'Search all meetings' });
const summary = () => screen.getByRole('status');
const summarySays = (text: string) => waitFor(() => expect(summary()).toHaveTextContent(text));

describe('SearchView', () => {
  it('says what to type, then shows each hit with its meeting, context and marked words', async () => {
    const { bridge, user, store } = await openSearch();
    expect(box()).toHaveFocus();
    expect(screen.getByText('Search every meeting')).toBeInTheDocument();
    bridge.handle('search:query', () =>
      ok({
        hits: [
          searchHit({
            marks: [{ start: 4, end: 10 }],
            type: 'agreed',
            before: [contextLine(4, 'what about money?')],
            after: [contextLine(6, 'agreed', { nick: 'carol' })],
          }),
          searchHit({
            meetingId: 'm2',
            channel: '#dev',
            title: 'Dev call',
            seq: 9,
            text: 'Budget <b>x</b>',
            marks: [{ start: 0, end: 6 }],
          }),
        ],
        total: 2,
        meetings: 3,
      }),
    );
    await user.type(box(), 'budget');
    await summarySays('2 matches in 2 meetings (3 meetings searched)');
    expect(bridge.callsTo('search:query')).toEqual([
      { text: 'budget', limit: 200, contextLines: 2 },
    ]);

    const items = within(screen.getByRole('list', { name: 'Search results' })).getAllByRole(
      'listitem',
    );
    expect(items).toHaveLength(2);
    const first = within(items[0]!);
    expect(first.getByRole('heading', { name: 'Weekly sync' })).toBeInTheDocument();
    expect(items[0]).toHaveTextContent('#meet');
    expect(first.getByText(meetingDate(DAY1).label)).toBeInTheDocument();
    expect(first.getByText('decision')).toBeInTheDocument();
    expect(first.getByText('budget', { selector: 'mark' })).toBeInTheDocument();
    expect(first.getByText('what about money?')).toBeInTheDocument();
    expect(first.getByText('carol')).toBeInTheDocument();
    // Markup in a line is text, never elements.
    expect(within(items[1]!).getByText('Budget', { selector: 'mark' })).toBeInTheDocument();
    expect(items[1]!.querySelector('b')).toBeNull();
    expect(items[1]).toHaveTextContent('Budget <b>x</b>');

    await user.click(within(items[1]!).getByRole('button', { name: 'Open at this line' }));
    expect(store.getState().view).toBe('history');
    expect(store.getState().reading).toEqual({ meetingId: 'm2', jump: { seq: 9, nonce: 1 } });
  });

  it('waits for a pause in typing, and Enter searches at once', async () => {
    const { bridge, user } = await openSearch();
    bridge.handle('search:query', () => ok({ hits: [], total: 0, meetings: 2 }));
    await user.type(box(), 'next rel');
    await screen.findByText('No matches');
    expect(bridge.callsTo('search:query').map((q) => q.text)).toEqual(['next rel']);

    await user.type(box(), 'ease{Enter}');
    expect(bridge.callsTo('search:query').map((q) => q.text)).toEqual(['next rel', 'next release']);
    await new Promise((resolve) => setTimeout(resolve, 350));
    expect(bridge.callsTo('search:query')).toHaveLength(2);
  });

  it('shows only the latest search’s answer when answers arrive out of order', async () => {
    const { bridge, user } = await openSearch();
    const answers: ((result: Result<Answer>) => void)[] = [];
    bridge.handle('search:query', () => new Promise((resolve) => answers.push(resolve)));
    await user.type(box(), 'bud');
    await waitFor(() => expect(answers).toHaveLength(1));
    await user.type(box(), 'get');
    await waitFor(() => expect(answers).toHaveLength(2));
    expect(summary()).toHaveTextContent('Searching…');

    const answer = (title: string) => ok({ hits: [searchHit({ title })], total: 1, meetings: 1 });
    act(() => answers[1]!(answer('Newest')));
    expect(await screen.findByRole('heading', { name: 'Newest' })).toBeInTheDocument();
    act(() => answers[0]!(answer('Stale')));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(screen.queryByRole('heading', { name: 'Stale' })).toBeNull();
    expect(screen.getByRole('heading', { name: 'Newest' })).toBeInTheDocument();
  });

  it('shows the index being built', async () => {
    const { bridge, user } = await openSearch();
    const answers: ((result: Result<Answer>) => void)[] = [];
    bridge.handle('search:query', () => new Promise((resolve) => answers.push(resolve)));
    await user.type(box(), 'budget');
    await waitFor(() => expect(answers).toHaveLength(1));
    act(() => bridge.emit('search:progress', { done: 25, total: 120 }));
    const bar = screen.getByRole('progressbar', { name: 'Building the search index' });
    expect(bar).toHaveAttribute('value', '25');
    expect(bar).toHaveAttribute('max', '120');
    expect(screen.getByText('Building the search index… 25 of 120 meetings')).toBeInTheDocument();
    act(() => bridge.emit('search:progress', { done: 120, total: 120 }));
    expect(screen.queryByRole('progressbar')).toBeNull();
    act(() => answers[0]!(ok({ hits: [searchHit()], total: 1, meetings: 120 })));
    await summarySays('1 match in 1 meeting');
  });

  it('shows an error and keeps what was typed', async () => {
    const { bridge, user } = await openSearch();
    bridge.handle('search:query', () => fail('index', 'The search index could not be built.'));
    await user.type(box(), 'budget');
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'The search index could not be built.',
    );
    expect(box()).toHaveValue('budget');
  });

  it('sends the filters, and says when From is after To without searching', async () => {
    const { bridge, user } = await openSearch();
    bridge.handle('search:query', () => ok({ hits: [], total: 0, meetings: 3 }));
    const channel = screen.getByRole('combobox', { name: 'Channel' });
    await waitFor(() =>
      expect(
        within(channel)
          .getAllByRole('option')
          .map((o) => o.textContent),
      ).toEqual(['Any', '#dev', '#meet']),
    );
    await user.selectOptions(channel, '#meet');
    await user.type(screen.getByRole('textbox', { name: 'Nick' }), 'alice');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Type' }), 'Decision');
    fireEvent.change(screen.getByLabelText('From'), { target: { value: '2024-05-10' } });
    fireEvent.change(screen.getByLabelText('To'), { target: { value: '2024-05-01' } });
    expect(screen.getByRole('alert')).toHaveTextContent(
      'The From date must be on or before the To date.',
    );
    expect(screen.getByLabelText('To')).toHaveAttribute('aria-invalid', 'true');
    const before = bridge.callsTo('search:query').length;
    await user.click(within(screen.getByRole('search')).getByRole('button', { name: 'Search' }));
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(bridge.callsTo('search:query')).toHaveLength(before);

    fireEvent.change(screen.getByLabelText('To'), { target: { value: '2024-05-31' } });
    expect(screen.queryByRole('alert')).toBeNull();
    await waitFor(() =>
      expect(bridge.callsTo('search:query').at(-1)).toEqual({
        text: '',
        channel: '#meet',
        nick: 'alice',
        type: 'decision',
        from: new Date(2024, 4, 10).getTime(),
        to: new Date(2024, 5, 1).getTime() - 1,
        limit: 200,
        contextLines: 2,
      }),
    );
  });

  it('says when the answer was cut, and keeps the search while another view is open', async () => {
    const { bridge, user, store } = await openSearch();
    bridge.handle('search:query', () =>
      ok({ hits: [searchHit(), searchHit({ seq: 7 })], total: 640, meetings: 9 }),
    );
    await user.type(box(), 'the');
    await summarySays('640 matches, showing the first 2 (9 meetings searched)');
    act(() => store.getState().setView('history'));
    act(() => store.getState().setView('search'));
    expect(box()).toHaveValue('the');
    expect(await screen.findAllByRole('button', { name: 'Open at this line' })).toHaveLength(2);
  });

  it('says when there is nothing to search yet', async () => {
    const { bridge, user } = await openSearch();
    bridge.handle('search:query', () => ok({ hits: [], total: 0, meetings: 0 }));
    await user.type(box(), 'budget');
    expect(await screen.findByText('No meetings to search yet')).toBeInTheDocument();
  });
});
