import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { MeetingView } from '../../../../shared/ipc/meeting-schemas';
import { finish } from '../../../../shared/meeting/index';
import { meetingsHarness, T0 } from '../testing/harness.fixture';
import { loadMeeting } from '../record/meeting-loader';
import { projectView } from '../fold/project-view';

let dir: string;
beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'gavel-meetings-'))));
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const value = <T>(
  result: { ok: true; value: T } | { ok: false; error: { message: string } },
): T => {
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
};

describe('a meeting the chair drives', () => {
  it('sends #startmeeting, records the echo and everyone’s lines, and ends on #endmeeting', async () => {
    const h = meetingsHarness(dir);
    h.channels.join('#meet', 'chair');
    const started = value(await h.service.start('#meet', 'Weekly sync', 'drive'));
    expect(h.channels.sent.map((s) => s.text)).toEqual(['#startmeeting Weekly sync']);
    expect(started).toMatchObject({
      channel: '#meet',
      status: 'live',
      mode: 'drive',
      startedBy: 'chair',
      title: 'Weekly sync',
    });
    h.hear('#meet', 'alice', '#info the budget is approved');
    h.hear('#meet', 'bob', 'https://example.org/plan');
    const live = value(h.service.get('#meet'))!;
    expect(live.topics).toEqual([
      expect.objectContaining({
        title: null,
        items: [
          expect.objectContaining({
            type: 'info',
            nick: 'alice',
            text: 'the budget is approved',
            seq: 2,
          }),
          expect.objectContaining({
            type: 'link',
            nick: 'bob',
            text: 'https://example.org/plan',
            seq: 3,
          }),
        ],
      }),
    ]);
    expect(h.channels.keptAlive.get('#meet')).toBe(true);
    const ended = value(await h.service.end(started.id));
    expect(h.channels.sent.at(-1)?.text).toBe('#endmeeting');
    expect(ended).toMatchObject({ status: 'ended', endedAt: expect.any(Number) });
    // Ties keep the order of MeetBot's Python 2 attendee dict.
    expect(ended.people.map((p) => [p.nick, p.lines])).toEqual([
      ['chair', 2],
      ['bob', 1],
      ['alice', 1],
    ]);
    expect(h.channels.keptAlive.get('#meet')).toBe(false);
    expect(h.library.get('meetings')).toEqual([
      expect.objectContaining({
        id: started.id,
        status: 'ended',
        title: 'Weekly sync',
        endedAt: ended.endedAt,
      }),
    ]);
  });

  it('lists everyone in the channel at the start, silent or not, and keeps a renamed person as one', async () => {
    const h = meetingsHarness(dir);
    h.channels.join('#meet', 'chair');
    h.channels.others.set('#meet', ['ibc', 'quiet', 'Dan']);
    const started = value(await h.service.start('#meet', '', 'drive'));
    expect(started.people.map((p) => [p.nick, p.present])).toEqual(
      expect.arrayContaining([
        ['chair', true],
        ['ibc', true],
        ['quiet', true],
        ['Dan', true],
      ]),
    );
    h.hear('#meet', 'ibc', 'hello');
    h.hear('#meet', 'ibc', 'ibc_away', 'nick');
    h.hear('#meet', 'ibc_away', 'back soon');
    const live = value(h.service.get('#meet'))!;
    expect(live.people.filter((p) => /ibc/.test(p.nick))).toEqual([
      expect.objectContaining({ nick: 'ibc_away', aliases: ['ibc'], lines: 2, present: true }),
    ]);
    expect(live.people).toHaveLength(4);
    h.meetings.close();
    expect(projectView(value(loadMeeting(dir, started.id)).fold, started.id, {})).toEqual(live);
  });

  it('refuses to drive a meeting in a channel Gavel is not in, and never starts a second one', async () => {
    const h = meetingsHarness(dir);
    expect(await h.service.start('#meet', '', 'drive')).toMatchObject({
      ok: false,
      error: { code: 'not-connected' },
    });
    h.channels.join('#meet', 'chair');
    const first = value(await h.service.start('#meet', '', 'drive'));
    const again = value(await h.service.start('#MEET', 'other', 'quiet'));
    expect(again.id).toBe(first.id);
    expect(h.channels.sent.map((s) => s.text)).toEqual(['#startmeeting']);
  });

  it('sends meeting:state at once, then at most every 100 ms', async () => {
    const h = meetingsHarness(dir);
    h.channels.join('#meet', 'chair');
    await h.service.start('#meet', '', 'drive');
    expect(h.statesOf('meeting:state').length).toBeGreaterThan(0);
    h.clock.advance(100);
    const before = h.statesOf('meeting:state').length;
    for (let i = 0; i < 10; i++) h.hear('#meet', 'alice', `line ${i}`);
    // hear() moves the clock 1 s per line, so each line is reported.
    expect(h.statesOf('meeting:state').length).toBe(before + 10);
    const burst = h.statesOf('meeting:state').length;
    for (let i = 0; i < 20; i++)
      h.service.onLine(
        h.channels.transcript.append('#meet', h.channels.line('bob', `fast ${i}`), false),
      );
    expect(h.statesOf('meeting:state').length).toBe(burst);
    h.clock.advance(100);
    const last = h.statesOf('meeting:state').at(-1) as MeetingView;
    expect(h.statesOf('meeting:state').length).toBe(burst + 1);
    expect(last.people.find((p) => p.nick === 'bob')?.lines).toBe(20);
  });
});

describe('a quiet meeting', () => {
  it('records the chair’s commands locally, sends nothing, and replays to the same view', async () => {
    const h = meetingsHarness(dir);
    h.channels.join('#meet', 'chair');
    const { id } = value(await h.service.start('#meet', 'Notes', 'quiet'));
    value(await h.meetings.handlers.chair.command(id, { type: 'topic', text: 'Budget' }));
    h.hear('#meet', 'alice', 'I think we can afford it');
    value(await h.meetings.handlers.chair.command(id, { type: 'agreed', text: 'buy the thing' }));
    const ended = value(await h.service.end(id));
    expect(h.channels.sent).toEqual([]);
    const locals = h.channels.transcript.since('#meet', 0).lines.filter((l) => l.local);
    expect(locals.map((l) => [l.nick, l.text, l.self])).toEqual([
      ['chair', '#startmeeting Notes', true],
      ['chair', '#topic Budget', true],
      ['chair', '#agreed buy the thing', true],
      ['chair', '#endmeeting', true],
    ]);
    expect(ended.topics.map((t) => [t.title, t.items.map((i) => i.type)])).toEqual([
      ['Budget', ['agreed']],
    ]);
    expect(finish(value(h.service.fold(id)).engine).topics.map((t) => t.title)).toEqual(['Budget']);
    h.meetings.close();
    const replayed = value(loadMeeting(dir, id));
    expect(projectView(replayed.fold, id, {})).toEqual(ended);
    expect(meetingsHarness(dir, h.library).service.fold(id)).toMatchObject({ ok: true });
    expect(h.service.fold('nope')).toMatchObject({
      ok: false,
      error: { code: 'journal-unreadable' },
    });
  });

  it('starts a topic when the chair sets it, not when someone next speaks', async () => {
    const h = meetingsHarness(dir);
    h.channels.join('#meet', 'chair');
    const { id } = value(await h.service.start('#meet', 'Notes', 'quiet'));
    h.clock.advance(60_000);
    value(await h.meetings.handlers.chair.command(id, { type: 'topic', text: 'Budget' }));
    const set = value(h.service.fold(id));
    expect(projectView(set, id, {}).topics.map((t) => t.startedAt)).toEqual([T0 + 60_000]);
    h.clock.advance(300_000);
    h.hear('#meet', 'alice', 'I think we can afford it');
    value(await h.meetings.handlers.chair.command(id, { type: 'topic', text: 'Travel' }));
    const view = projectView(value(h.service.fold(id)), id, {});
    expect(view.topics.map((t) => [t.title, t.startedAt, t.endedAt])).toEqual([
      ['Budget', T0 + 60_000, T0 + 361_000],
      ['Travel', T0 + 361_000, null],
    ]);
  });

  it('works while Gavel is offline, with the time away shown as a gap', async () => {
    const h = meetingsHarness(dir);
    const started = value(await h.service.start('#meet', '', 'quiet'));
    expect(started.gaps).toEqual([{ from: T0, to: null }]);
    expect(started.startedBy).toBe('chair');
  });
});

describe('a meeting someone else starts', () => {
  it('is followed from their #startmeeting, and the bot that answers is recognised', async () => {
    const h = meetingsHarness(dir);
    h.channels.join('#fedora-meeting', 'chair');
    h.hear('#fedora-meeting', 'alice', 'good morning');
    h.hear('#fedora-meeting', 'bcotton', '#startmeeting Fedora IoT');
    h.hear(
      '#fedora-meeting',
      'zodbot',
      'Meeting started Wed Nov 21 14:00:02 2026 UTC.  The chair is bcotton. Information about MeetBot at http://wiki.debian.org/MeetBot.',
    );
    h.hear('#fedora-meeting', 'bcotton', '#info zodbot keeps the minutes');
    const view = value(h.service.get('#fedora-meeting'))!;
    expect(view).toMatchObject({
      status: 'live',
      startedBy: 'bcotton',
      botNick: 'zodbot',
      title: 'Fedora IoT',
    });
    expect(view.people.map((p) => p.nick)).not.toContain('alice');
    const attached = value(await h.service.start('#fedora-meeting', 'mine', 'drive'));
    expect(attached.id).toBe(view.id);
    expect(h.channels.sent).toEqual([]);
    h.hear('#fedora-meeting', 'bcotton', '#endmeeting');
    expect(value(h.service.get('#fedora-meeting'))).toMatchObject({ id: view.id, status: 'ended' });
    expect(h.channels.keptAlive.get('#fedora-meeting')).toBe(false);
  });

  it('picks the preset from the bot: OpenStack’s start text, meetingology’s nick', async () => {
    const h = meetingsHarness(dir);
    h.channels.join('#openstack-meeting', 'chair');
    h.hear('#openstack-meeting', 'ttx', '#startmeeting tc');
    h.hear(
      '#openstack-meeting',
      'openstack',
      'Meeting started Tue May 27 22:00:02 2014 UTC and is due to finish in 60 minutes.  The chair is ttx.',
    );
    const { id } = value(h.service.get('#openstack-meeting'))!;
    expect(h.service.liveIn('#openstack-meeting')?.fold.preset).toBe('openstack');
    h.channels.join('#ubuntu-meeting', 'chair');
    h.hear('#ubuntu-meeting', 'sil2100', '#startmeeting');
    h.hear(
      '#ubuntu-meeting',
      'meetingology',
      'Meeting started at 20:00:33 UTC.  The chair is sil2100.',
    );
    expect(h.service.liveIn('#ubuntu-meeting')?.fold).toMatchObject({
      preset: 'ubuntu',
      botNick: 'meetingology',
    });
    expect(h.service.liveIn('#openstack-meeting')?.id).toBe(id);
  });

  it('a bot’s reply alone (its #startmeeting came before Gavel joined) still opens the meeting', () => {
    const h = meetingsHarness(dir);
    h.channels.join('#meet', 'chair');
    h.hear(
      '#meet',
      'MeetBot',
      'Meeting started Thu Oct 20 20:01:05 2016 UTC.  The chair is pollo.',
    );
    h.hear('#meet', 'pollo', '#info late but recorded');
    const view = value(h.service.get('#meet'))!;
    expect(view).toMatchObject({ status: 'live', botNick: 'MeetBot' });
    expect(view.topics[0]?.items.map((i) => i.text)).toEqual(['late but recorded']);
  });

  it('the chair’s own bot-less meeting learns of a bot that answers it', async () => {
    const h = meetingsHarness(dir);
    h.channels.join('#meet', 'chair');
    await h.service.start('#meet', 'Sync', 'drive');
    h.hear(
      '#meet',
      'MeetBot',
      'Meeting started Thu Oct 20 20:01:05 2016 UTC.  The chair is chair.',
    );
    h.hear('#meet', 'MeetBot', 'Useful Commands: #action #agreed #halp #info #idea #link #topic.');
    expect(h.service.liveIn('#meet')?.fold).toMatchObject({ botNick: 'MeetBot', preset: 'fedora' });
  });
});

describe('gaps and ending', () => {
  it('journals a gap while Gavel is out of the channel, once per outage', async () => {
    const h = meetingsHarness(dir);
    h.channels.join('#meet', 'chair');
    const { id } = value(await h.service.start('#meet', '', 'drive'));
    h.clock.advance(5000);
    const lost = h.clock.now();
    h.channels.leave('#meet');
    h.service.onStatus(h.status('reconnecting', '#meet'));
    h.clock.advance(1000);
    h.service.onStatus(h.status('connecting', '#meet'));
    h.clock.advance(2000);
    h.channels.join('#meet', 'chair');
    h.service.onStatus(h.status('joined', '#meet'));
    h.service.onStatus(h.status('joined', '#meet'));
    h.service.onStatus(h.status('joined', '#other'));
    expect(value(h.service.get('#meet'))!.gaps).toEqual([{ from: lost, to: lost + 3000 }]);
    h.channels.leave('#meet');
    h.service.onStatus(h.status('disconnected', '#meet'));
    const view = value(h.service.get('#meet'))!;
    expect(view.gaps).toEqual([
      { from: lost, to: lost + 3000 },
      { from: h.clock.now(), to: null },
    ]);
    expect(view.id).toBe(id);
  });

  it('ending while offline closes the record anyway', async () => {
    const h = meetingsHarness(dir);
    h.channels.join('#meet', 'chair');
    const { id } = value(await h.service.start('#meet', '', 'drive'));
    h.channels.leave('#meet');
    const ended = value(await h.service.end(id));
    expect(ended.status).toBe('ended');
    expect(await h.service.end(id)).toMatchObject({ ok: false, error: { code: 'meeting-ended' } });
    expect(await h.service.setMode('nope', 'quiet')).toMatchObject({
      ok: false,
      error: { code: 'no-such-meeting' },
    });
  });

  it('reports a data folder it cannot write as an error value', async () => {
    const notAFolder = join(dir, 'file');
    writeFileSync(notAFolder, '');
    const h = meetingsHarness(notAFolder);
    expect(await h.service.start('#meet', '', 'quiet')).toMatchObject({
      ok: false,
      error: {
        code: 'meeting-not-saved',
        message: expect.stringMatching(/^Gavel could not save the meeting: /),
      },
    });
  });
});
