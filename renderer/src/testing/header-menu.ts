import { screen, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';

/**
 * Chooses `name` (e.g. "Import a log…", "Practice…") from the header's "More" menu. The menu
 * button is found by its tooltip: a role query over the whole window is slow in jsdom.
 */
export async function chooseFromMenu(user: UserEvent, name: string): Promise<void> {
  await user.click(screen.getByTitle('More'));
  await user.click(
    within(screen.getByRole('menu', { name: 'More' })).getByRole('menuitem', { name }),
  );
}
