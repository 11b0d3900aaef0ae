import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { minutesJson } from '../../../../shared/formats/json/minutes-json';
import { createDispatcher } from '../../../../shared/ipc/dispatch';
import type {
  Agenda,
  AgendaNode,
  ChairCommand,
  MeetingView,
} from '../../../../shared/ipc/meeting-schemas';
import type { Result } from '../../../../shared/ipc/result';
import { finish } from '../../../../shared/meeting/index';
import { Bot } from '../../../testing/bot';
import { startNgircd, type Ngircd } from '../../../testing/ngircd';
import { createCore } from '../../create-core';
import { createConfBackend } from '../../settings/conf-backend';
import { createConfLibrary } from '../../store/conf-library';
import { loadMeeting } from '../record/meeting-loader';

const CHANNEL = '#weekly';
let ircd: Ngircd;
let dataDir: string;
const bots: Bot[] = [];
beforeAll(async () => {
  ircd = await startNgircd();
  dataDir = mkdtempSync(join(tmpdir(), 'gavel-whole-meeting-'));
});
afterAll(async () => {
  await Promise.all(bots.map((b) => b.quit()));
  await ircd?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

async function bot(nick: string): Promise<Bot> {
  const b = await Bot.connect({ host: ircd.host, port: ircd.port, nick });
  bots.push(b);
  await b.join(CHANNEL);
  return b;
}

async function until<T>(
  read: () => Promise<T>,
  accept: (value: T) => boolean,
  what: string,
): Promise<T> {
  const limit = Date.now() + 5000;
  for (;;) {
    const value = await read();
    if (accept(value)) return value;
    if (Date.now() > limit) throw new Error(`${what} within 5 s; last: ${JSON.stringify(value)}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

const node = (id: string, title: string, timebox: number | null, children: AgendaNode[] = []) => ({
  id,
  title,
  owners: [],
  timebox,
  children,
});

describe('a whole meeting driven through the bridge, against ngircd and a meeting bot', () => {
  it('records agenda topics, items from participants and the chair, an action, a vote, and the end', async () => {
    const core = createCore(
      {
        shell: 'browser',
        version: '0.0.0-test',
        settings: createConfBackend(dataDir),
        library: createConfLibrary(dataDir),
        dataDir,
        log: () => {},
      },
      { sendRate: { burst: 50, intervalMs: 20 } },
    );
    const bugs: unknown[] = [];
    const dispatch = createDispatcher(core.handlers, (bug) => bugs.push(bug));
    const call = async <T>(channel: string, req: unknown): Promise<T> => {
      const result = (await dispatch(channel, req)) as Result<T>;
      if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
      return result.value;
    };
    const states: MeetingView[] = [];
    core.subscribe((event, payload) => {
      if (event === 'meeting:state') states.push(payload as MeetingView);
    });
    const view = () => call<MeetingView>('meeting:get', { channel: CHANNEL });
    const see = (what: string, accept: (v: MeetingView) => boolean) => until(view, accept, what);

    try {
      const [alice, bob, meetbot] = [await bot('alice'), await bot('bob'), await bot('openstack')];
      await call('irc:connect', {
        server: ircd.host,
        port: ircd.port,
        tls: false,
        nick: 'chair',
        channel: CHANNEL,
      });
      await call<Agenda>('agenda:set', {
        channel: CHANNEL,
        items: [
          node('intro', 'Introductions', 5),
          node('release', 'Release plan', 15, [node('date', 'Release date', 5)]),
        ],
      });

      // An OpenStack meetbot answers the chair's #startmeeting, as the real one does.
      const answered = meetbot
        .waitForMessage((m) => m.nick === 'chair' && m.text.startsWith('#startmeeting'))
        .then(() => {
          meetbot.say(
            CHANNEL,
            'Meeting started Sat Nov 21 14:00:00 2026 UTC and is due to finish in 60 minutes.  The chair is chair. Information about MeetBot at http://wiki.debian.org/MeetBot.',
          );
          meetbot.say(
            CHANNEL,
            'Useful Commands: #action #agreed #help #info #idea #link #topic #startvote.',
          );
        });
      const started = await call<MeetingView>('meeting:start', {
        channel: CHANNEL,
        title: 'Weekly sync',
        mode: 'drive',
      });
      await answered;
      await see(
        'the bot recognised',
        (v) =>
          v.botNick === 'openstack' &&
          v.people.some((p) => p.nick === 'openstack' && p.lines === 2),
      );
      const again = await call<MeetingView>('meeting:start', {
        channel: CHANNEL,
        title: 'Weekly sync',
        mode: 'drive',
      });
      expect(again.id).toBe(started.id);

      const id = started.id;
      const command = (c: ChairCommand) =>
        call<MeetingView>('meeting:command', { meetingId: id, command: c });
      const items = (v: MeetingView) => v.topics.flatMap((t) => t.items).length;
      const said = (v: MeetingView, nick: string) =>
        v.people.find((p) => p.nick === nick)?.lines ?? 0;

      await command({ type: 'next-topic' });
      await see('the first topic', (v) => v.topics.length === 1);
      alice.say(CHANNEL, '#info alice is back from leave');
      await see('alice’s info', (v) => items(v) === 1);
      bob.say(CHANNEL, 'welcome back alice');
      alice.say(CHANNEL, 'thanks bob');
      await see('the welcome', (v) => said(v, 'bob') === 1 && said(v, 'alice') === 2);
      await command({ type: 'info', text: 'two new contributors this week' });
      await see('the chair’s info', (v) => items(v) === 2);

      await command({ type: 'next-topic' });
      await see('the second topic', (v) => v.topics.length === 2);
      bob.say(CHANNEL, '#idea ship on Friday');
      await see('bob’s idea', (v) => items(v) === 3);
      await command({ type: 'action', text: 'alice and bob to prepare the release notes' });
      await see('the action', (v) => v.actions.length === 1);
      await command({ type: 'vote-start', question: 'Ship on Friday?', options: ['yes', 'no'] });
      await see('the vote', (v) => v.votes.length === 1);
      alice.say(CHANNEL, '#vote yes');
      bob.say(CHANNEL, '#vote Yes');
      const voting = await see(
        'both votes',
        (v) => Object.keys(v.votes[0]?.votes ?? {}).length === 2,
      );
      expect(voting.votes[0]).toMatchObject({ open: true, tally: { yes: 2, no: 0 } });
      await command({ type: 'vote-end' });
      await see('the result', (v) => v.votes[0]?.result !== null);
      bob.say(CHANNEL, 'great, Friday it is');
      await see('bob’s remark', (v) => said(v, 'bob') === 4);
      await command({ type: 'agreed', text: 'we ship on Friday' });
      await see('the decision', (v) => items(v) === 6);
      await command({ type: 'next-topic' });
      await see('the third topic', (v) => v.topics.length === 3);

      const live = await view();
      expect(live.topics.map((t) => [t.title, t.agendaId, t.timebox])).toEqual([
        ['Introductions', 'intro', 5],
        ['Release plan', 'release', 15],
        ['Release date', 'date', 5],
      ]);
      expect(live.actions[0]).toMatchObject({
        owners: ['alice', 'bob'],
        source: 'meeting',
        done: false,
      });
      expect(await call<Agenda>('agenda:get', { channel: CHANNEL })).toMatchObject({
        currentId: 'date',
        doneIds: ['intro', 'release'],
      });

      const ended = await call<MeetingView>('meeting:end', { meetingId: id });
      expect(ended.status).toBe('ended');
      expect(states.length).toBeGreaterThan(0);
      expect(states.at(-1)).toMatchObject({ id, status: 'ended' });

      // The minutes come from the journal on disk: state is what a replay gives.
      const replayed = loadMeeting(dataDir, id);
      if (!replayed.ok) throw new Error(replayed.error.message);
      const lines = replayed.value.fold.lines.map((l) => l.line);
      const timeOf = (nick: string, text: string) => {
        const line = lines.find((l) => l.nick === nick && l.text === text);
        if (!line) throw new Error(`no line <${nick}> ${text}`);
        return line.time;
      };
      const isoOf = (nick: string, text: string) =>
        `${new Date(lines.find((l) => l.nick === nick && l.text === text)!.at!).toISOString().slice(0, 19)}Z`;
      const item = (type: string, nick: string, text: string, said = `#${type} ${text}`) => ({
        type,
        nick,
        text,
        time: timeOf(nick, said),
      });

      expect(minutesJson(finish(replayed.value.fold.engine))).toEqual({
        schema: 'gavel.minutes/1',
        meeting: {
          name: 'Weekly sync',
          channel: CHANNEL,
          startedAt: isoOf('chair', '#startmeeting Weekly sync'),
          endedAt: isoOf('chair', '#endmeeting'),
          startedBy: 'chair',
          chairs: ['chair'],
        },
        source: { format: null, lines: 19 },
        topics: [
          {
            title: 'Introductions',
            nick: 'chair',
            time: timeOf('chair', '#topic Introductions'),
            items: [
              item('info', 'alice', 'alice is back from leave'),
              item('info', 'chair', 'two new contributors this week'),
            ],
          },
          {
            title: 'Release plan',
            nick: 'chair',
            time: timeOf('chair', '#topic Release plan'),
            items: [
              item('idea', 'bob', 'ship on Friday'),
              item('action', 'chair', 'alice and bob to prepare the release notes'),
              item('vote', 'chair', 'Voted on "Ship on Friday?" Results are, yes: 2', '#endvote'),
              item('agreed', 'chair', 'we ship on Friday'),
            ],
          },
          {
            title: 'Release date',
            nick: 'chair',
            time: timeOf('chair', '#topic Release date'),
            items: [],
          },
        ],
        actions: [
          {
            text: 'alice and bob to prepare the release notes',
            nick: 'chair',
            time: timeOf('chair', '#action alice and bob to prepare the release notes'),
            owners: ['alice', 'bob'],
          },
        ],
        votes: [
          {
            question: 'Ship on Friday?',
            options: ['yes', 'no'],
            votes: { alice: 'yes', bob: 'yes' },
            result: 'Voted on "Ship on Friday?" Results are, yes: 2',
          },
        ],
        people: [
          { nick: 'chair', lines: 10 },
          { nick: 'bob', lines: 4 },
          { nick: 'alice', lines: 3 },
          { nick: 'openstack', lines: 2 },
        ],
        agenda: [],
        participants: [],
      });
      expect(bugs).toEqual([]);
    } finally {
      await core.close();
    }
  }, 30_000);
});
