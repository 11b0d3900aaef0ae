import { act, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderCore } from '../testing/render-core';

const agenda = () => screen.getByTestId('pane-agenda');
const people = () => screen.getByTestId('pane-people');
/** The separator between the agenda and Participants, if the left column has one. */
const leftSplit = () =>
  screen.getAllByRole('separator').filter((s) => {
    const group = s.parentElement!;
    return (
      group.contains(agenda()) &&
      group.contains(people()) &&
      !group.contains(screen.getByTestId('pane-transcript'))
    );
  });

describe('the left column', () => {
  it('gives the agenda the room of an empty Participants pane until a meeting brings people', async () => {
    const { bridge } = await renderCore();
    expect(within(people()).getByText('once a meeting starts')).toHaveClass('pane-aside');
    // No split to share: Participants takes the room its header and note need, the agenda the rest.
    expect(leftSplit()).toHaveLength(0);
    expect(people().closest('.pane-slot-fitted')).not.toBeNull();
    expect(agenda().closest('.pane-slot-fitted')).toBeNull();

    await act(async () => {
      await bridge.startMeeting();
    });
    await screen.findByRole('list', { name: 'Participants' });
    expect(leftSplit()).toHaveLength(1);
    expect(people().closest('.pane-slot-fitted')).toBeNull();
    expect(within(people()).queryByText('once a meeting starts')).toBeNull();
  });
});
