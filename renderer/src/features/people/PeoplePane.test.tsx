import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../../testing/render-app';
import { JOINED, meetingView, MIN, personView, T0 } from '../../testing/meeting-fixtures';

const pane = () => screen.getByTestId('pane-people');

describe('PeoplePane', () => {
  it('lists who is here first, by lines said, with joins and departures during the meeting', async () => {
    const meeting = meetingView({
      people: [
        personView({ nick: 'quiet', lines: 0 }),
        personView({ nick: 'gone', lines: 9, present: false, leftAt: T0 + 20 * MIN }),
        personView({ nick: 'late', lines: 3, joinedAt: T0 + 5 * MIN }),
        personView({ nick: 'talker', lines: 40, name: 'Tal Ker', joinedAt: T0 - MIN }),
      ],
    });
    await renderApp({ status: JOINED, meeting });
    const rows = within(pane()).getAllByTestId('person');
    expect(rows.map((r) => r.querySelector('.person-nick')?.textContent)).toEqual([
      'talker',
      'late',
      'quiet',
      'gone',
    ]);
    expect(rows[0]).toHaveTextContent('Tal Ker');
    expect(rows[0]).toHaveTextContent('40 lines');
    expect(rows[1]).toHaveTextContent('joined 13:05');
    expect(rows[3]).toHaveTextContent('gone · left 13:20');
    expect(screen.getByText('3 here')).toBeInTheDocument();
  });

  it('names a nick, remembered for the channel through people:setName', async () => {
    const { bridge, user } = await renderApp({
      status: JOINED,
      meeting: meetingView({ people: [personView({ nick: 'dcm' })] }),
    });
    await user.click(within(pane()).getByRole('button', { name: /Add name/ }));
    await user.keyboard('Daniel-Constantin Mierla{Enter}');
    expect(bridge.callsTo('people:setName')).toEqual([
      { channel: '#meet', nick: 'dcm', name: 'Daniel-Constantin Mierla' },
    ]);
    expect(await within(pane()).findByText('Daniel-Constantin Mierla')).toBeInTheDocument();
  });
});
