import { act, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fail } from '../../../../shared/ipc/result';
import { JOINED } from '../../testing/meeting-fixtures';
import { renderApp } from '../../testing/render-app';

describe('PreferencesDialog', () => {
  it('applies and saves the theme as soon as it is picked', async () => {
    const { store, user, bridge } = await renderApp();
    act(() => store.getState().openDialog({ kind: 'preferences' }));
    const dialog = screen.getByRole('dialog', { name: 'Preferences' });
    expect(screen.getByRole('radio', { name: /As the system/ })).toBeChecked();
    await user.click(screen.getByRole('radio', { name: 'Dark' }));
    expect(store.getState().settings?.theme).toBe('dark');
    expect(document.documentElement).toHaveAttribute('data-theme', 'dark');
    const saved = await bridge.invoke('settings:get', {});
    expect(saved.ok && saved.value.theme).toBe('dark');
    expect(dialog).toBeInTheDocument();
  });

  it('takes the chair to the connect form', async () => {
    const { store, user } = await renderApp({ status: JOINED });
    expect(screen.queryByLabelText('Server')).not.toBeInTheDocument();
    act(() => store.getState().setView('history'));
    act(() => store.getState().openDialog({ kind: 'preferences' }));
    await user.click(screen.getByRole('button', { name: 'Edit connection…' }));
    expect(store.getState().dialog).toBeNull();
    expect(store.getState().view).toBe('meeting');
    expect(screen.getByLabelText('Server')).toBeInTheDocument();
  });

  it('puts the theme back and says why when it cannot be saved', async () => {
    const { store, user, bridge } = await renderApp();
    bridge.handle('settings:set', () => fail('settings-not-saved', 'The disk is full.'));
    act(() => store.getState().openDialog({ kind: 'preferences' }));
    await user.click(screen.getByRole('radio', { name: 'Light' }));
    expect(store.getState().settings?.theme).toBe('system');
    expect(screen.getByRole('radio', { name: /As the system/ })).toBeChecked();
    expect(store.getState().notice).toEqual({ tone: 'error', message: 'The disk is full.' });
  });
});
