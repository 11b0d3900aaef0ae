import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Agenda, AgendaNode } from '../../../../shared/ipc/meeting-schemas';
import { testData } from '../../../../shared/testdata';
import { importAgenda } from '../agenda/agenda-import';
import { meetingsHarness } from '../testing/harness.fixture';

let dir: string;
beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'gavel-chair-'))));
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const value = <T>(
  result: { ok: true; value: T } | { ok: false; error: { message: string } },
): T => {
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
};

const node = (
  id: string,
  title: string,
  timebox: number | null,
  children: AgendaNode[] = [],
): AgendaNode => ({
  id,
  title,
  owners: [],
  timebox,
  children,
});

async function drivenMeeting(channel = '#meet') {
  const h = meetingsHarness(dir);
  h.channels.join(channel, 'chair');
  const { id } = value(await h.service.start(channel, 'Sync', 'drive'));
  const chair = h.meetings.handlers.chair;
  return {
    h,
    id,
    chair,
    command: (c: Parameters<typeof chair.command>[1]) => chair.command(id, c),
  };
}

let ids = 0;
const newId = () => `k${++ids}`;

describe('next topic', () => {
  it('takes agenda entries depth-first, links each topic to its entry, and says when none are left', async () => {
    const { h, id, command } = await drivenMeeting();
    value(
      await h.service.agendas.set('#meet', [
        node('a', 'Release', 15, [node('a1', 'Changelog', 5)]),
        node('b', 'Open floor', null),
      ]),
    );
    value(await command({ type: 'next-topic' }));
    value(await command({ type: 'next-topic' }));
    expect(h.channels.sent.slice(-2).map((s) => s.text)).toEqual([
      '#topic Release',
      '#topic Changelog',
    ]);
    expect(h.service.agendas.state('#meet')).toMatchObject({
      currentId: 'a1',
      doneIds: ['a'],
    });
    h.hear('#meet', 'alice', '#topic open FLOOR');
    const view = value(h.service.get('#meet'))!;
    expect(view.topics.map((t) => [t.title, t.agendaId, t.timebox])).toEqual([
      ['Release', 'a', 15],
      ['Changelog', 'a1', 5],
    ]);
    // alice is not a chair, so MeetBot ignores her #topic: the agenda still waits for "Open floor".
    value(await command({ type: 'next-topic' }));
    expect(h.service.agendas.state('#meet')).toMatchObject({
      currentId: 'b',
      doneIds: ['a', 'a1'],
    });
    expect(await command({ type: 'next-topic' })).toMatchObject({
      ok: false,
      error: { code: 'agenda-done' },
    });
    h.clock.advance(100);
    const agendaEvents = h.statesOf('agenda:state') as Agenda[];
    expect(agendaEvents.at(-1)).toMatchObject({ currentId: 'b' });
    value(await h.service.end(id));
    expect(h.service.agendas.state('#meet')).toMatchObject({ currentId: null, doneIds: [] });
  });

  it('never sends a group as a topic: the imported page\'s "Kamailio related" leads to its first entry', async () => {
    const { h, command } = await drivenMeeting();
    const page = readFileSync(testData('seeds/kamailio-devel-2012-01-31.md'), 'utf8');
    value(await h.service.agendas.set('#meet', value(importAgenda(page, newId))));
    value(await command({ type: 'next-topic' }));
    value(await command({ type: 'next-topic' }));
    expect(h.channels.sent.slice(-2).map((s) => s.text)).toEqual([
      '#topic outstanding issues at this time, if any',
      '#topic packaging - ways to automate the process better',
    ]);
    expect(h.channels.sent.some((s) => /Kamailio related/.test(s.text))).toBe(false);
  });

  it('matches a topic the chair typed in the channel to the agenda entry of that title', async () => {
    const { h } = await drivenMeeting();
    value(await h.service.agendas.set('#meet', [node('x', 'Budget', 10), node('y', 'Travel', 5)]));
    h.channels.say('#meet', '#topic budget ');
    expect(h.service.agendas.state('#meet')).toMatchObject({ currentId: 'x', doneIds: [] });
  });
});

describe('chair commands', () => {
  it('sends each as the MeetBot line; with no bot in the channel, votes are recorded too', async () => {
    const { h, command } = await drivenMeeting();
    value(await command({ type: 'chair', nicks: ['alice', 'bob'] }));
    value(await command({ type: 'action', text: 'alice to\nwrite it up' }));
    value(await command({ type: 'vote-start', question: 'Ship it', options: [] }));
    expect(h.channels.sent.slice(1).map((s) => s.text)).toEqual([
      '#chair alice bob',
      '#action alice to write it up',
      '#startvote Ship it?',
    ]);
    h.channels.leave('#meet');
    expect(await command({ type: 'info', text: 'x' })).toMatchObject({
      ok: false,
      error: {
        code: 'not-connected',
        message: expect.stringMatching(/Switch to quiet mode to record it locally\.$/),
      },
    });
  });

  it('refuses what the meeting’s bot cannot record', async () => {
    const { h, command } = await drivenMeeting();
    h.hear(
      '#meet',
      'MeetBot',
      'Meeting started Thu Oct 20 20:01:05 2016 UTC.  The chair is chair. Information about MeetBot at http://wiki.debian.org/MeetBot.',
    );
    expect(await command({ type: 'vote-start', question: 'Ship it', options: [] })).toMatchObject({
      ok: false,
      error: { code: 'unsupported' },
    });
  });

  it('runs an OpenStack vote once the bot is known, with a live tally', async () => {
    const { h, command } = await drivenMeeting();
    h.hear(
      '#meet',
      'openstack',
      'Meeting started Tue May 27 22:00:02 2014 UTC and is due to finish in 60 minutes.  The chair is chair.',
    );
    value(await command({ type: 'vote-start', question: 'Ship it?', options: ['yes', 'no'] }));
    h.hear('#meet', 'alice', '#vote yes');
    h.hear('#meet', 'bob', '#vote No');
    h.hear('#meet', 'carol', '#vote YES');
    const open = value(h.service.get('#meet'))!.votes;
    expect(open).toEqual([
      {
        question: 'Ship it?',
        options: ['yes', 'no'],
        votes: { alice: 'yes', bob: 'no', carol: 'yes' },
        tally: { yes: 2, no: 1 },
        open: true,
        result: null,
      },
    ]);
    value(await command({ type: 'vote-end' }));
    expect(h.channels.sent.map((s) => s.text).slice(-2)).toEqual([
      '#startvote Ship it? yes, no',
      '#endvote',
    ]);
    expect(value(h.service.get('#meet'))!.votes[0]).toMatchObject({
      open: false,
      result: expect.stringMatching(/^Voted on "Ship it\?" Results are/),
    });
  });

  it('switches to quiet mode: commands are then recorded, not sent', async () => {
    const { h, id, command } = await drivenMeeting();
    value(await h.service.setMode(id, 'quiet'));
    h.channels.leave('#meet');
    value(await command({ type: 'idea', text: 'offline idea' }));
    expect(h.channels.sent).toHaveLength(1);
    const view = value(h.service.get('#meet'))!;
    expect(view.mode).toBe('quiet');
    expect(view.topics[0]?.items).toMatchObject([
      { type: 'idea', nick: 'chair', text: 'offline idea' },
    ]);
  });
});

describe('actions and people', () => {
  it('edits owners, due date and done, keeps them across a restart, and refuses unknown actions', async () => {
    const { h, id, chair } = await drivenMeeting();
    h.hear('#meet', 'alice', 'hello');
    h.hear('#meet', 'bob', '#action alice and bob to draft the release notes');
    const [action] = value(h.service.get('#meet'))!.actions;
    expect(action).toMatchObject({
      owners: ['alice', 'bob'],
      due: null,
      done: false,
      source: 'meeting',
      nick: 'bob',
    });
    value(
      await chair.updateAction({
        meetingId: id,
        actionId: action!.id,
        owners: ['bob'],
        due: '2026-12-01',
      }),
    );
    value(await chair.updateAction({ meetingId: id, actionId: action!.id, done: true }));
    expect(value(h.service.get('#meet'))!.actions[0]).toMatchObject({
      owners: ['bob'],
      due: '2026-12-01',
      done: true,
    });
    expect(await chair.updateAction({ meetingId: id, actionId: 'a999', done: true })).toMatchObject(
      {
        ok: false,
        error: { code: 'no-such-action' },
      },
    );
    h.meetings.close();
    const again = meetingsHarness(dir, h.library);
    again.meetings.resume(null);
    expect(value(again.service.get('#meet'))!.actions[0]).toMatchObject({
      id: action!.id,
      owners: ['bob'],
      done: true,
    });
  });

  it('carries the open actions of the channel’s previous meeting into the next one', async () => {
    const { h, id, chair } = await drivenMeeting();
    h.hear('#meet', 'alice', '#action alice to book the room');
    h.hear('#meet', 'alice', '#action alice to order lunch');
    const [room, lunch] = value(h.service.get('#meet'))!.actions;
    value(await chair.updateAction({ meetingId: id, actionId: lunch!.id, done: true }));
    value(await h.service.end(id));
    const next = value(await h.service.start('#meet', 'Next week', 'drive'));
    expect(next.actions).toEqual([{ ...room, id: `c-${id}-${room!.id}`, source: 'carried' }]);
    value(
      await chair.updateAction({ meetingId: next.id, actionId: next.actions[0]!.id, done: true }),
    );
    value(await h.service.end(next.id));
    expect(value(await h.service.start('#meet', 'Third', 'drive')).actions).toEqual([]);
  });

  it('names people per channel and shows who came and went, a renamed person as one', async () => {
    const { h, chair } = await drivenMeeting();
    h.hear('#meet', 'dana', '', 'join');
    h.hear('#meet', 'dana', 'hi all');
    h.hear('#meet', 'erin', 'morning');
    h.hear('#meet', 'erin', 'erin_away', 'nick');
    h.hear('#meet', 'dana', 'lunch', 'part');
    expect(value(await chair.setName('#MEET', 'dana', 'Dana Scully'))).toEqual({
      nick: 'dana',
      name: 'Dana Scully',
    });
    const people = value(h.service.get('#meet'))!.people;
    const byNick = Object.fromEntries(people.map((p) => [p.nick, p]));
    expect(byNick.dana).toMatchObject({
      name: 'Dana Scully',
      lines: 1,
      present: false,
      joinedAt: expect.any(Number),
      leftAt: expect.any(Number),
    });
    // A nick change keeps one person: under the new nick, with the lines said under the old.
    expect(byNick.erin).toBeUndefined();
    expect(byNick.erin_away).toMatchObject({ present: true, lines: 1, aliases: ['erin'] });
    expect(h.library.get('names')).toEqual({ '#meet': { dana: 'Dana Scully' } });
  });
});
