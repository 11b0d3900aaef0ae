import { act, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { transcriptLine } from '../../testing/fake-bridge';
import { JOINED } from '../../testing/meeting-fixtures';
import { renderApp } from '../../testing/render-app';

const lines = [
  transcriptLine(1, { text: 'the budget is tight' }),
  transcriptLine(2, { nick: 'bob', text: 'unrelated' }),
  transcriptLine(3, { text: 'Budget: agreed' }),
  transcriptLine(4, { text: 'budget again' }),
];

describe('find in the meeting', () => {
  it('opens with Ctrl+F, selects the newest match, and steps with Enter and Shift+Enter', async () => {
    const { store, user } = await renderApp({ status: JOINED, lines });
    await user.keyboard('{Control>}f{/Control}');
    const input = screen.getByRole('searchbox', { name: 'Find in the meeting' });
    expect(input).toHaveFocus();
    await user.keyboard('budget');
    const position = screen.getByTestId('find-position');
    expect(position).toHaveTextContent('3 of 3');
    expect(store.getState().jump?.seq).toBe(4);
    await user.keyboard('{Enter}');
    expect(position).toHaveTextContent('1 of 3');
    expect(store.getState().jump?.seq).toBe(1);
    await user.keyboard('{Shift>}{Enter}{/Shift}');
    expect(position).toHaveTextContent('3 of 3');
    await user.keyboard('[F3]');
    expect(position).toHaveTextContent('1 of 3');
    const pane = screen.getByTestId('pane-transcript');
    expect(within(pane).getAllByText(/budget/i, { selector: 'mark' })).toHaveLength(3);
  });

  it('says when nothing matches, and Escape closes it and returns to the lines', async () => {
    const { user } = await renderApp({ status: JOINED, lines });
    await user.click(screen.getByRole('button', { name: 'Find' }));
    await user.keyboard('zebra');
    // None held; once the core has looked too (this fake cannot), there are none at all.
    expect(screen.getByTestId('find-position')).toHaveTextContent('Finding…');
    await vi.waitFor(() =>
      expect(screen.getByTestId('find-position')).toHaveTextContent('No matches'),
    );
    expect(screen.getByRole('button', { name: 'Next' })).toBeDisabled();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('search')).toBeNull();
    expect(screen.getByRole('list', { name: 'Lines in #meet' })).toHaveFocus();
    expect(screen.getByTestId('pane-transcript').querySelector('mark')).toBeNull();
  });

  it('stays closed when the meeting view comes back after it was closed', async () => {
    const { store, user } = await renderApp({ status: JOINED, lines });
    await user.keyboard('{Control>}f{/Control}');
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('searchbox', { name: 'Find in the meeting' })).toBeNull();
    act(() => store.getState().setView('history'));
    act(() => store.getState().setView('meeting'));
    expect(screen.queryByRole('searchbox', { name: 'Find in the meeting' })).toBeNull();
    await user.keyboard('{Control>}f{/Control}');
    expect(screen.getByRole('searchbox', { name: 'Find in the meeting' })).toHaveFocus();
  });

  it('briefly highlights the line a jump brings into view', async () => {
    const { store } = await renderApp({ status: JOINED, lines });
    const { act } = await import('@testing-library/react');
    act(() => store.getState().jumpTo(3));
    const row = screen.getAllByTestId('transcript-line').find((el) => el.dataset.seq === '3');
    expect(row).toHaveClass('line-flash');
  });
});
