import { act, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { HostLink, LinkStatus } from '../bridge/host-link';
import { renderApp } from '../testing/render-app';

describe('App', () => {
  it('lays out the five panes as named landmarks', async () => {
    await renderApp();
    const panes = [
      ['Agenda', 'pane-agenda'],
      ['Participants', 'pane-people'],
      ['Transcript', 'pane-transcript'],
      ['Topic timeline', 'pane-timeline'],
      ['Action items', 'pane-actions'],
    ];
    for (const [name, testId] of panes) {
      expect(screen.getByRole('region', { name })).toHaveAttribute('data-testid', testId);
    }
    const order = [...document.querySelectorAll('[data-testid^="pane-"]')].map((el) =>
      el.getAttribute('data-testid'),
    );
    expect(order).toEqual(panes.map(([, testId]) => testId));
  });

  it('puts the connect form away while a practice replay runs, and only the meeting view has panes', async () => {
    const { store } = await renderApp();
    expect(screen.getByLabelText('Server')).toBeInTheDocument();
    const practice = {
      channel: 'practice:#practice-1',
      meetingId: 'p1',
      speed: 5,
      status: 'running' as const,
      position: 0,
      total: 10,
    };
    act(() => store.getState().setPractice(practice));
    expect(screen.queryByLabelText('Server')).not.toBeInTheDocument();
    act(() => store.getState().setPractice({ ...practice, status: 'stopped' }));
    expect(screen.getByLabelText('Server')).toBeInTheDocument();
    act(() => store.getState().setView('history'));
    expect(screen.queryByTestId('pane-transcript')).not.toBeInTheDocument();
  });

  it('lands focus in the new view when the control that changed it has gone', async () => {
    const { store } = await renderApp();
    (document.activeElement as HTMLElement | null)?.blur();
    act(() => store.getState().setView('schedule'));
    expect(document.activeElement).toHaveTextContent('Schedule');
    (document.activeElement as HTMLElement | null)?.blur();
    act(() => store.getState().setView('meeting'));
    expect(document.activeElement?.closest('[data-testid="pane-transcript"]')).not.toBeNull();
  });

  it('says honestly what each empty pane will hold', async () => {
    await renderApp();
    expect(
      within(screen.getByTestId('pane-agenda')).getByText('No agenda yet.'),
    ).toBeInTheDocument();
    expect(
      within(screen.getByTestId('pane-timeline')).getByText(
        /Topics appear here as the meeting moves through them/,
      ),
    ).toBeInTheDocument();
    expect(
      within(screen.getByTestId('pane-actions')).getByText(
        /Action items recorded in the meeting appear here/,
      ),
    ).toBeInTheDocument();
    expect(
      within(screen.getByTestId('pane-transcript')).getByText('No lines yet.'),
    ).toBeInTheDocument();
    expect(
      within(screen.getByTestId('pane-people')).getByText('No participants yet.'),
    ).toBeInTheDocument();
  });

  it('keeps the connection status visible and politely announced', async () => {
    await renderApp();
    const status = screen.getByTestId('connection-status');
    expect(status).toHaveAttribute('aria-live', 'polite');
    expect(status).toHaveTextContent('Not connected');
    expect(screen.getByRole('heading', { level: 1, name: 'Gavel' })).toBeInTheDocument();
  });

  it('follows the saved theme, or the system when it is "system"', async () => {
    await renderApp({ settings: { lastConnection: null, theme: 'dark' } });
    expect(document.documentElement).toHaveAttribute('data-theme', 'dark');
  });
});

describe('App and the link to Gavel', () => {
  it('shows "Lost contact with Gavel" with a Retry that re-links, and recovers', async () => {
    let status: LinkStatus = { state: 'open', message: null };
    const watchers = new Set<(s: LinkStatus) => void>();
    const change = (next: LinkStatus) => {
      status = next;
      watchers.forEach((w) => w(next));
    };
    const link: HostLink = {
      current: () => status,
      onChange: (w) => (watchers.add(w), () => watchers.delete(w)),
      retry: vi.fn(() => change({ state: 'reconnecting', message: null })),
    };
    const { user } = await renderApp({}, link);
    act(() =>
      change({
        state: 'lost',
        message: 'Lost contact with Gavel. Check that it is still running, then retry.',
      }),
    );
    expect(screen.getByTestId('connection-status')).toHaveTextContent('Lost contact with Gavel');
    // Nothing typed in the connect form could reach Gavel: it is not offered as if it could.
    expect(screen.getByLabelText('Server')).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Connect' })).toBeDisabled();
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('Check that it is still running');
    expect(within(alert).queryByRole('button', { name: 'Edit connection' })).toBeNull();
    await user.click(within(alert).getByRole('button', { name: 'Retry' }));
    expect(link.retry).toHaveBeenCalled();
    expect(screen.getByTestId('connection-status')).toHaveTextContent('Reconnecting to Gavel');
    act(() => change({ state: 'open', message: null }));
    expect(screen.queryByRole('alert')).toBeNull();
    expect(await screen.findByText('Not connected')).toBeInTheDocument();
    expect(screen.getByLabelText('Server')).toBeEnabled();
  });
});
