import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { MenuButton } from './MenuButton';

function setup() {
  const chosen = vi.fn();
  const entries = ['One', 'Two', 'Three'].map((label) => ({
    label,
    onSelect: () => chosen(label),
  }));
  render(
    <>
      <MenuButton label="More" entries={entries}>
        ≡
      </MenuButton>
      <p>outside</p>
    </>,
  );
  return { chosen, user: userEvent.setup(), button: screen.getByRole('button', { name: 'More' }) };
}

describe('MenuButton', () => {
  it('opens with the first entry focused, moves with the arrows and chooses with Enter', async () => {
    const { chosen, user, button } = setup();
    expect(button).toHaveAttribute('aria-expanded', 'false');
    await user.click(button);
    expect(button).toHaveAttribute('aria-expanded', 'true');
    expect(screen.getByRole('menuitem', { name: 'One' })).toHaveFocus();
    await user.keyboard('{ArrowUp}');
    expect(screen.getByRole('menuitem', { name: 'Three' })).toHaveFocus();
    await user.keyboard('{Home}{ArrowDown}{Enter}');
    expect(chosen).toHaveBeenCalledWith('Two');
    expect(screen.queryByRole('menu')).toBeNull();
  });

  it('closes on Escape, giving focus back to its button, and on a click outside', async () => {
    const { chosen, user, button } = setup();
    await user.click(button);
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('menu')).toBeNull();
    expect(button).toHaveFocus();
    await user.click(button);
    await user.click(screen.getByText('outside'));
    expect(screen.queryByRole('menu')).toBeNull();
    expect(chosen).not.toHaveBeenCalled();
  });
});
