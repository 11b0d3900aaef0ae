import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { meetingFromLog } from '../../meeting/meeting-from-log';
import { importLog } from './import-log';
import { readHtmlMinutes } from './minutes-html';

const sample = readFileSync(new URL('./samples/hcoop-log.html', import.meta.url));

describe('HCoop Meetbot log importer', () => {
  const r = importLog(sample, { date: '2021-04-12', timeZone: '-05:00' });
  if (!r.ok) throw new Error(r.error.message);
  const log = r.value;

  it('reads the anchored lines of the page, markup removed and entities decoded', () => {
    expect(log).toMatchObject({ format: 'hcoop-log', preset: 'hcoop' });
    expect(log.lines).toHaveLength(39);
    expect(log.lines[3]).toEqual({
      at: Date.UTC(2021, 3, 13, 2, 8, 15),
      time: '21:08:15',
      kind: 'message',
      nick: 'pronovic',
      text: '#link Agenda at https://whatever/agenda.html like usual',
    });
    expect(log.lines[24]!.text).toBe("#action <script>alert('malicious')</script>");
    expect(log.lines.map((l) => l.nick)).toEqual(expect.arrayContaining(['ken[', '[ken', '[m]']));
  });

  it('gives the hcoop preset its motions, votes and attendance', () => {
    const m = meetingFromLog(log.lines, { channel: '#hcoop', date: log.date, preset: 'hcoop' });
    if (!m.ok) throw new Error(m.error.message);
    expect(m.value.topics.map((t) => t.title)).toEqual([
      null,
      'Attendance',
      'The first topic',
      'The second topic',
      'The third topic',
      'Cross-site Scripting',
    ]);
    expect(m.value.votes).toMatchObject([
      {
        question: 'the motion',
        votes: { pronovic: '+1', unknown_lamer: '+1', layline: '-1' },
        result: 'Motion accepted: 2 in favor to 1 opposed',
      },
    ]);
    const last = m.value.topics.at(-1)!.items.map((i) => [i.type, i.text]);
    expect(last.slice(0, 3)).toEqual([
      ['action', "<script>alert('malicious')</script>"],
      ['vote', 'the motion'],
      ['accepted', 'Motion accepted: 2 in favor to 1 opposed'],
    ]);
    expect(m.value.people.map((p) => p.nick)).toEqual(
      expect.arrayContaining(['ken[', '[ken', '[m]', 'keverets']),
    );
  });

  it('carries a meeting past midnight onto the next day', () => {
    const line = (id: number, time: string, text: string) =>
      `<a name="id-${id}"></a><span class="tm">${time}</span> <span class="nk">&lt;a&gt;</span> <span><span>${text}</span></span>`;
    const page = [line(0, '23:59:50', '#startmeeting'), line(1, '00:00:10', '#endmeeting')].join(
      '\n',
    );
    const r = importLog(page, { date: '2021-04-12', timeZone: 'UTC' });
    if (!r.ok) throw new Error(r.error.message);
    expect(r.value.lines.map((l) => l.at)).toEqual([
      Date.UTC(2021, 3, 12, 23, 59, 50),
      Date.UTC(2021, 3, 13, 0, 0, 10),
    ]);
  });

  it('learns the bot from its nick-prefixed Limnoria reply, so its lines are not commands', () => {
    const lines = [
      ['pronovic', '#startmeeting'],
      ['corebot', 'pronovic: Meeting started at 2021-04-12 21:06:12-0500'],
      ['pronovic', '#motion ship it'],
      ['corebot', '#vote +1'],
      ['ann', '#vote -1'],
      ['pronovic', '#close'],
    ].map(([nick, text], i) => ({
      at: null,
      time: `21:0${i}:00`,
      kind: 'message' as const,
      nick: nick!,
      text: text!,
    }));
    const m = meetingFromLog(lines, { channel: '#c', preset: 'hcoop' });
    if (!m.ok) throw new Error(m.error.message);
    expect(m.value.votes[0]!.votes).toEqual({ ann: '-1' });
    expect(m.value.votes[0]!.result).toBe('Motion failed: 0 in favor to 1 opposed');
  });

  it('gives each action the attendees its text names by nick or by #here alias, as HCoop Meetbot does', () => {
    const m = meetingFromLog(log.lines, { channel: '#hcoop', date: log.date, preset: 'hcoop' });
    if (!m.ok) throw new Error(m.error.message);
    const minutes = readHtmlMinutes(
      readFileSync(new URL('./samples/hcoop-minutes.html', import.meta.url)).toString(),
    );
    const byOwner = new Map<string, string[]>();
    for (const a of m.value.actions) {
      for (const o of a.owners) byOwner.set(o, [...(byOwner.get(o) ?? []), a.text]);
    }
    const expected = minutes.actionsByPerson.map((p) => [p.nick, p.actions] as const);
    expect([...byOwner].sort()).toEqual([...expected].sort());
    // `pronovici will deal with it` is pronovic's through `#here Pronovici`; `clinton alias …`
    // is unknown_lamer's through `#here Clinton Alias` and layline's by nick.
    expect(byOwner.get('pronovic')).toEqual(['pronovici will deal with it']);
    expect(byOwner.get('unknown_lamer')).toEqual(['clinton alias will work with layline on this']);
  });

  it('drops an alias when the nick says #here again without one', () => {
    const lines = [
      ['ann', '#startmeeting'],
      ['bob', '#here Robert'],
      ['bob', '#here'],
      ['ann', '#action Robert to write it, ann: (bob) to check'],
      ['ann', '#action bob, to review'],
    ].map(([nick, text], i) => ({
      at: null,
      time: `21:0${i}:00`,
      kind: 'message' as const,
      nick: nick!,
      text: text!,
    }));
    const m = meetingFromLog(lines, { channel: '#c', preset: 'hcoop' });
    if (!m.ok) throw new Error(m.error.message);
    expect(m.value.actions.map((a) => a.owners)).toEqual([['ann', 'bob'], []]);
  });
});
