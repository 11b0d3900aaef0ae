import { act, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fail, ok } from '../../../../shared/ipc/result';
import { upcoming } from '../../../../shared/time/schedule';
import { worldTimes } from '../../../../shared/time/world-times';
import { renderCore } from '../../testing/render-core';
import type { RenderedApp } from '../../testing/render-app';

// jsdom has no object URLs; the view needs one for the calendar file.
beforeEach(() => {
  let n = 0;
  vi.stubGlobal(
    'URL',
    Object.assign(URL, {
      createObjectURL: vi.fn(() => `blob:test/${++n}`),
      revokeObjectURL: vi.fn(),
    }),
  );
});
afterEach(() => vi.unstubAllGlobals());

async function scheduleView(app: RenderedApp) {
  await app.user.click(screen.getByRole('button', { name: 'Schedule' }));
  return screen.findByRole('form', { name: /^Meeting time of / });
}
const field = (name: string) => screen.getByLabelText(name);
async function retype(app: RenderedApp, name: string, text: string) {
  await app.user.clear(field(name));
  if (text) await app.user.type(field(name), text);
}

// Whole-window tests with typing: allow for a loaded machine.
describe('the schedule view', { timeout: 20_000 }, () => {
  it('schedules the connected channel from an empty form', async () => {
    const app = await renderCore();
    const form = await scheduleView(app);
    expect(screen.getByRole('heading', { name: 'Schedule' })).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Channel' })).toHaveValue('#meet');
    expect(app.bridge.callsTo('schedule:get')).toEqual([{ channel: '#meet' }]);
    expect(screen.getByText(/No meeting time is set for #meet yet/)).toBeInTheDocument();
    const cities = within(form).getByRole('list', { name: 'Cities' });
    expect(within(cities).getAllByRole('listitem')).toHaveLength(6);

    await app.user.selectOptions(field('Weekday'), 'Thursday');
    await retype(app, 'Time', '14:00');
    await retype(app, 'Time zone', 'Europe/Berlin');
    await retype(app, 'Title', 'Weekly sync');
    await app.user.click(within(form).getByRole('button', { name: 'Save schedule' }));

    expect(app.bridge.callsTo('schedule:set')).toEqual([
      {
        channel: '#meet',
        rule: { weekday: 4, time: '14:00', zone: 'Europe/Berlin', every: 1 },
        cities: expect.arrayContaining([{ name: 'São Paulo', zone: 'America/Sao_Paulo' }]),
        durationMin: 60,
        title: 'Weekly sync',
      },
    ]);
    expect(within(form).getByRole('status')).toHaveTextContent('Saved the meeting time of #meet.');
    const table = await screen.findByRole('table', { name: 'Times around the world' });
    const berlin = within(table).getByRole('row', { name: /^Berlin / });
    expect(within(berlin).getAllByRole('cell')[0]).toHaveTextContent(/^Thu .*, 14:00$/);
  });

  it('offers the next meeting as a calendar file and an announcement to copy', async () => {
    const app = await renderCore();
    await app.bridge.invoke('schedule:set', {
      channel: '#meet',
      rule: { weekday: 4, time: '14:00', zone: 'Europe/Berlin', every: 1 },
      cities: [],
      durationMin: 60,
      title: 'Weekly sync',
    });
    await scheduleView(app);
    const link = await screen.findByRole('link', { name: 'Download .ics' });
    expect(link).toHaveAttribute('download', 'meet-meeting.ics');
    expect(link).toHaveAttribute('href', expect.stringMatching(/^blob:/));
    const announcement = screen.getByRole('textbox', { name: 'Announcement' });
    expect(announcement).toHaveAttribute('readonly');
    const text = (announcement as HTMLTextAreaElement).value;
    expect(text).toMatch(
      /^Weekly sync\n\nWhen: {3}Thursday .*, 13:00 UTC\nWhere: {2}#meet on irc\.test\n/,
    );
    await app.user.click(screen.getByRole('button', { name: 'Copy announcement' }));
    expect(await navigator.clipboard.readText()).toBe(text);
    expect(screen.getByText('Copied.')).toBeInTheDocument();
  });

  it('shows what the core computes across a daylight-saving change', async () => {
    const app = await renderCore();
    const rule = { weekday: 1, time: '20:30', zone: 'America/New_York', every: 1 as const };
    // New York moved to summer time on 9 March 2025; Berlin and London did not until the 30th.
    const next = upcoming(rule, Date.UTC(2025, 2, 8), 2);
    expect(next.ok && next.value).toEqual([
      Date.UTC(2025, 2, 11, 0, 30),
      Date.UTC(2025, 2, 18, 0, 30),
    ]);
    const at = Date.UTC(2025, 2, 11, 0, 30);
    const cities = [
      { name: 'New York', zone: 'America/New_York' },
      { name: 'Berlin', zone: 'Europe/Berlin' },
      { name: 'Tokyo', zone: 'Asia/Tokyo' },
    ];
    app.bridge.handle('schedule:next', () =>
      ok({ at, worldTimes: worldTimes(at, cities), ics: 'BEGIN:VCALENDAR\r\n', announcement: 'x' }),
    );
    await app.bridge.invoke('schedule:set', { channel: '#meet', rule, cities, durationMin: 60 });
    await scheduleView(app);
    const table = await screen.findByRole('table', { name: 'Times around the world' });
    expect(screen.getByText('Tue 11 Mar 2025, 00:30 UTC')).toBeInTheDocument();
    const rows = within(table)
      .getAllByRole('row')
      .slice(1)
      .map((row) => [...row.children].map((cell) => cell.textContent));
    expect(rows).toEqual([
      ['New York', 'Mon 10 Mar 2025, 20:30', 'UTC-4', '−1 day'],
      ['Berlin', 'Tue 11 Mar 2025, 01:30', 'UTC+1', ''],
      ['Tokyo', 'Tue 11 Mar 2025, 09:30', 'UTC+9', ''],
    ]);
    expect(field('Time zone')).toHaveValue('America/New_York');
    expect(field('Time')).toHaveValue('20:30');
  });

  it('checks the form before saving, and keeps what was typed', async () => {
    const app = await renderCore();
    const form = await scheduleView(app);
    await retype(app, 'Time zone', 'Mars/Olympus');
    await app.user.click(within(form).getByRole('button', { name: 'Save schedule' }));
    expect(within(form).getByRole('alert')).toHaveTextContent(
      'Unknown time zone "Mars/Olympus": use an IANA name such as Europe/Berlin or UTC.',
    );
    expect(field('Time zone')).toHaveAttribute('aria-invalid', 'true');
    expect(field('Time zone')).toHaveValue('Mars/Olympus');

    await retype(app, 'Time zone', 'UTC');
    await app.user.selectOptions(field('Repeats'), 'Every other week');
    await app.user.click(within(form).getByRole('button', { name: 'Save schedule' }));
    expect(within(form).getByRole('alert')).toHaveTextContent(
      'A meeting every other week needs the date of one of its meetings (YYYY-MM-DD).',
    );
    expect(field('Date of one meeting')).toHaveAttribute('aria-invalid', 'true');
    expect(app.bridge.callsTo('schedule:set')).toEqual([]);
  });

  it('shows the core’s refusal next to the form, the form as it was', async () => {
    const app = await renderCore();
    app.bridge.handle('schedule:set', () =>
      fail('agenda-url', 'The agenda link must be a web address.'),
    );
    const form = await scheduleView(app);
    await retype(app, 'Agenda link', 'example.org/agenda');
    await app.user.click(within(form).getByRole('button', { name: 'Save schedule' }));
    expect(within(form).getByRole('alert')).toHaveTextContent(
      'The agenda link must be a web address.',
    );
    expect(field('Agenda link')).toHaveAttribute('aria-invalid', 'true');
    expect(field('Agenda link')).toHaveValue('example.org/agenda');
    expect(app.bridge.callsTo('schedule:set')[0]?.agendaUrl).toBe('example.org/agenda');
  });

  it('adds and removes cities', async () => {
    const app = await renderCore();
    const form = await scheduleView(app);
    const cities = () =>
      within(within(form).getByRole('list', { name: 'Cities' })).getAllByRole('listitem');
    await app.user.click(within(form).getByRole('button', { name: 'Remove Tokyo' }));
    await app.user.type(field('City name'), 'Sydney{Enter}');
    expect(cities().map((li) => li.textContent)).toContain('SydneyAustralia/SydneyRemove');
    await app.user.type(field('City name'), 'Atlantis');
    await app.user.click(within(form).getByRole('button', { name: 'Add city' }));
    expect(within(form).getByRole('alert')).toHaveTextContent(
      "Give Atlantis's time zone, such as Europe/Berlin.",
    );
    expect(field('City name')).toHaveValue('Atlantis');
    expect(app.bridge.callsTo('schedule:set')).toEqual([]);
    await retype(app, 'City name', '');
    await app.user.click(within(form).getByRole('button', { name: 'Save schedule' }));
    const sent = app.bridge.callsTo('schedule:set')[0]?.cities.map((c) => c.name);
    expect(sent).toEqual(['UTC', 'New York', 'Berlin', 'São Paulo', 'Bangalore', 'Sydney']);
  });

  it('loads a saved schedule into the form and clears it', async () => {
    const app = await renderCore();
    await app.bridge.invoke('schedule:set', {
      channel: '#meet',
      rule: { weekday: 2, time: '09:30', zone: 'Asia/Tokyo', every: 2, anchor: '2025-03-11' },
      cities: [],
      durationMin: 45,
      network: 'irc.oftc.net',
    });
    const form = await scheduleView(app);
    expect(field('Weekday')).toHaveValue('2');
    expect(field('Repeats')).toHaveValue('2');
    expect(field('Date of one meeting')).toHaveValue('2025-03-11');
    expect(field('Duration (minutes)')).toHaveValue(45);
    expect(field('IRC server')).toHaveValue('irc.oftc.net');
    expect(
      await screen.findByRole('table', { name: 'Times around the world' }),
    ).toBeInTheDocument();
    await app.user.click(within(form).getByRole('button', { name: 'Clear schedule' }));
    expect(app.bridge.callsTo('schedule:clear')).toEqual([{ channel: '#meet' }]);
    expect(screen.queryByRole('table', { name: 'Times around the world' })).toBeNull();
    expect(field('Duration (minutes)')).toHaveValue(60);
    expect(screen.queryByRole('button', { name: 'Clear schedule' })).toBeNull();
  });

  it('shows why there is no next meeting to show', async () => {
    const app = await renderCore();
    app.bridge.handle('schedule:next', () =>
      fail(
        'no-network',
        'Say in the schedule which IRC server the meeting is on (e.g. irc.libera.chat).',
      ),
    );
    const form = await scheduleView(app);
    await app.user.click(within(form).getByRole('button', { name: 'Save schedule' }));
    const next = screen.getByRole('region', { name: 'Next meeting' });
    expect(await within(next).findByRole('alert')).toHaveTextContent(
      'Say in the schedule which IRC server the meeting is on (e.g. irc.libera.chat).',
    );
  });

  it('schedules another channel, typed or from the history, and refuses a wrong one', async () => {
    const app = await renderCore();
    await scheduleView(app);
    const channel = screen.getByRole('combobox', { name: 'Channel' });
    await app.user.clear(channel);
    await app.user.type(channel, 'kamailio{Enter}');
    expect(screen.getByRole('alert')).toHaveTextContent('A channel name starts with #');
    await app.user.type(channel, '{Home}#{Enter}');
    expect(
      await screen.findByRole('form', { name: 'Meeting time of #kamailio' }),
    ).toBeInTheDocument();
    expect(app.bridge.callsTo('schedule:get').at(-1)).toEqual({ channel: '#kamailio' });
    await app.user.click(screen.getByRole('button', { name: 'Save schedule' }));
    expect(await screen.findByRole('link', { name: 'Download .ics' })).toHaveAttribute(
      'download',
      'kamailio-meeting.ics',
    );
  });

  it('asks for a channel when there is no connection', async () => {
    const app = await renderCore({ join: false });
    await act(() => app.store.getState().setView('schedule'));
    expect(screen.getByText('No channel yet.')).toBeInTheDocument();
    expect(app.bridge.callsTo('schedule:get')).toEqual([]);
  });
});
