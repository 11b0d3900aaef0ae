import { describe, expect, it } from 'vitest';
import { addCity, USUAL_CITIES } from './cities';
import { emptyForm, fieldOfCode, formOf, requestOf } from './schedule-form';
import { dayShiftLabel, icsFileName, utcWhen } from './schedule-text';

describe('the schedule form', () => {
  it('makes the request from a filled-in form, leaving empty extras out', () => {
    const form = { ...emptyForm(), weekday: 4, time: '14:00', zone: ' Europe/Berlin ', cities: [] };
    expect(requestOf('#meet', form)).toEqual({
      ok: true,
      value: {
        channel: '#meet',
        rule: { weekday: 4, time: '14:00', zone: 'Europe/Berlin', every: 1 },
        cities: [],
        durationMin: 60,
      },
    });
  });

  it('sends the date of one meeting only with a meeting every other week', () => {
    const weekly = { ...emptyForm(), anchor: '2025-03-10' };
    const sent = requestOf('#meet', weekly);
    expect(sent.ok && sent.value.rule).toEqual({
      weekday: 1,
      time: '15:00',
      zone: 'UTC',
      every: 1,
    });
    const fortnightly = {
      ...weekly,
      every: 2 as const,
      title: ' Weekly ',
      network: 'irc.libera.chat',
    };
    expect(requestOf('oftc:#meet', fortnightly)).toMatchObject({
      ok: true,
      value: {
        channel: 'oftc:#meet',
        rule: { every: 2, anchor: '2025-03-10' },
        title: 'Weekly',
        network: 'irc.libera.chat',
      },
    });
  });

  it('says what to fix, and which field it is about', () => {
    const problem = (channel: string, patch: object) => {
      const result = requestOf(channel, { ...emptyForm(), ...patch });
      return result.ok
        ? null
        : { field: fieldOfCode(result.error.code), message: result.error.message };
    };
    expect(problem('meet', {})?.field).toBe('channel');
    expect(problem('#meet', { time: '25:00' })).toEqual({
      field: 'time',
      message: 'The time "25:00" is not a 24-hour time such as 15:00.',
    });
    expect(problem('#meet', { zone: 'Mars/Olympus' })?.field).toBe('zone');
    expect(problem('#meet', { every: 2 })).toEqual({
      field: 'anchor',
      message: 'A meeting every other week needs the date of one of its meetings (YYYY-MM-DD).',
    });
    expect(problem('#meet', { every: 2, anchor: '2025-03-11' })?.message).toBe(
      "2025-03-11 is not a Monday, the meeting's day.",
    );
    expect(problem('#meet', { durationMin: '0' })?.field).toBe('durationMin');
    expect(problem('#meet', { durationMin: '1.5' })?.field).toBe('durationMin');
    expect(problem('#meet', { network: 'not a host' })?.field).toBe('network');
    expect(fieldOfCode('agenda-url')).toBe('agendaUrl');
    expect(fieldOfCode('store')).toBeNull();
  });

  it('shows a saved schedule as it was saved', () => {
    const form = formOf({
      channel: '#meet',
      rule: { weekday: 2, time: '09:30', zone: 'Asia/Tokyo', every: 2, anchor: '2025-03-11' },
      cities: [{ name: 'Tokyo', zone: 'Asia/Tokyo' }],
      durationMin: 45,
      title: null,
      network: 'irc.oftc.net',
      agendaUrl: null,
    });
    expect(form).toMatchObject({ weekday: 2, anchor: '2025-03-11', durationMin: '45', title: '' });
    expect(requestOf('#meet', form)).toMatchObject({ ok: true, value: { durationMin: 45 } });
  });
});

describe('cities', () => {
  it('starts with a spread of usual cities', () => {
    expect(USUAL_CITIES.map((c) => c.name)).toEqual([
      'UTC',
      'New York',
      'Berlin',
      'Tokyo',
      'São Paulo',
      'Bangalore',
    ]);
  });

  it("adds a city, filling a known one's zone from its name", () => {
    expect(addCity([], ' Lagos ', 'Africa/Lagos')).toEqual({
      ok: true,
      value: [{ name: 'Lagos', zone: 'Africa/Lagos' }],
    });
    expect(addCity([], 'sydney', '')).toEqual({
      ok: true,
      value: [{ name: 'sydney', zone: 'Australia/Sydney' }],
    });
  });

  it('refuses a city without a name or zone, an unknown zone and a repeat', () => {
    const message = (r: ReturnType<typeof addCity>) => (r.ok ? null : r.error.message);
    expect(message(addCity([], ' ', 'UTC'))).toBe('Give the city a name.');
    expect(message(addCity([], 'Atlantis', ''))).toBe(
      "Give Atlantis's time zone, such as Europe/Berlin.",
    );
    expect(message(addCity([], 'Atlantis', 'Ocean/Atlantis'))).toMatch(/^Unknown time zone/);
    expect(message(addCity(USUAL_CITIES, 'berlin', 'Europe/Berlin'))).toBe(
      'berlin is in the list already.',
    );
  });
});

describe('schedule text', () => {
  it('names the calendar file after the channel', () => {
    expect(icsFileName('#kamailio')).toBe('kamailio-meeting.ics');
    expect(icsFileName('oftc:#Debian-Meeting')).toBe('debian-meeting-meeting.ics');
    expect(icsFileName('#/../x')).toBe('x-meeting.ics');
  });

  it("says a city's day against UTC's", () => {
    expect(dayShiftLabel(0)).toBe('');
    expect(dayShiftLabel(1)).toBe('+1 day');
    expect(dayShiftLabel(-1)).toBe('−1 day');
  });

  it('writes an instant as UTC reads it', () => {
    expect(utcWhen(Date.UTC(2012, 0, 31, 16, 0))).toBe('Tue 31 Jan 2012, 16:00 UTC');
  });
});
