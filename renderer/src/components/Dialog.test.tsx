import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { Dialog } from './Dialog';

describe('Dialog', () => {
  it('takes focus even when the field marked to take it is disabled, so Escape still closes it', async () => {
    const onClose = vi.fn();
    render(
      <Dialog title="Agenda templates" onClose={onClose}>
        <input aria-label="Name" disabled data-autofocus />
        <button type="button">Close</button>
      </Dialog>,
    );
    expect(screen.getByRole('button', { name: 'Close' })).toHaveFocus();
    await userEvent.setup().keyboard('{Escape}');
    expect(onClose).toHaveBeenCalledTimes(1);
  });
});
