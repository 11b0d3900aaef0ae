import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp, renderAppOver } from '../../testing/render-app';
import { createTestCore } from '../../testing/render-core';
import { ROLL_CALL_LINE } from '../../../../shared/domain/roll-call';
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
    expect(rows[2]).toHaveTextContent('present');
    expect(rows[1]).toHaveTextContent('spoke · joined 13:05');
    expect(rows[3]).toHaveTextContent('left at 13:20');
    expect(screen.getByText('3 here')).toBeInTheDocument();
  });

  it('shows a renamed person as one row, with the nick they had before', async () => {
    await renderApp({
      status: JOINED,
      meeting: meetingView({
        people: [personView({ nick: 'ibc_away', aliases: ['ibc'], lines: 2 })],
      }),
    });
    const rows = within(pane()).getAllByTestId('person');
    expect(rows).toHaveLength(1);
    expect(rows[0]).toHaveTextContent('ibc_away');
    expect(rows[0]).toHaveTextContent('spoke · was ibc');
  });

  it('sends the roll call through the chair’s send path, then marks who answered', async () => {
    const { bridge, user } = await renderApp({
      status: JOINED,
      meeting: meetingView({
        people: [
          personView({ nick: 'chair', lines: 2 }),
          personView({ nick: 'amy', lines: 1 }),
          personView({ nick: 'bob', lines: 0 }),
          personView({ nick: 'gone', present: false }),
        ],
        rollCall: { at: T0 + MIN, by: 'chair', answered: ['amy'] },
      }),
    });
    await user.click(within(pane()).getByRole('button', { name: 'Roll call' }));
    expect(bridge.callsTo('irc:say')).toEqual([expect.objectContaining({ text: ROLL_CALL_LINE })]);
    const row = (nick: string) =>
      within(pane())
        .getAllByTestId('person')
        .find((r) => r.querySelector('.person-nick')?.textContent === nick)!;
    expect(row('amy')).toHaveTextContent('spoke · ✓ answered the roll call');
    expect(row('bob')).toHaveTextContent('present · not yet answered');
    expect(row('chair')).not.toHaveTextContent(/answered|not yet/);
    expect(row('gone')).not.toHaveTextContent(/answered|not yet/);
    expect(within(pane()).getByText(/3 here · 1 answered/)).toBeInTheDocument();
  });

  it('names a nick, remembered for the channel through people:setName', async () => {
    const bridge = await createTestCore({ meeting: {} });
    bridge.hear('dcm', 'hello');
    await bridge.meetingWhen((v) => v.people.some((p) => p.nick === 'dcm'));
    const { user } = await renderAppOver(bridge);
    await user.click(within(pane()).getByRole('button', { name: /Add name.*dcm/ }));
    await user.keyboard('Daniel-Constantin Mierla{Enter}');
    expect(bridge.callsTo('people:setName')).toEqual([
      { channel: '#meet', nick: 'dcm', name: 'Daniel-Constantin Mierla' },
    ]);
    expect(await within(pane()).findByText('Daniel-Constantin Mierla')).toBeInTheDocument();
  });
});
