import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { AgendaItem, ImportedLog } from '../../domain/imported';
import { importLog } from './import-log';
import { testData } from '../../testdata/index';

const seed = (name: string) => readFileSync(testData(`seeds/${name}`));

function imported(name: string): ImportedLog {
  const r = importLog(seed(name));
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}

const titles = (items: AgendaItem[]) => items.map((i) => i.title);

describe('seed: Kamailio devel meeting page 2012-01-31', () => {
  const log = imported('kamailio-devel-2012-01-31.md');
  const raw = seed('kamailio-devel-2012-01-31.md').toString('utf8');

  it('gives the meeting facts', () => {
    expect(log).toMatchObject({
      format: 'kamailio-page',
      title: 'IRC Devel Meeting - 2012-01-31',
      date: '2012-01-31',
      scheduledAt: Date.UTC(2012, 0, 31, 15, 0),
      channel: '#sip-router',
      place: 'irc.freenode.net',
    });
  });

  it('gives the participants with their agenda abbreviations', () => {
    expect(log.participants).toEqual([
      { nick: 'dcm', name: 'Daniel-Constantin Mierla' },
      { nick: 'erm', name: 'Elena-Ramona Modroiu' },
      { nick: '', name: 'Jason Penton' },
      { nick: '', name: 'Richard Good' },
    ]);
  });

  it('gives the agenda under its group label with owners', () => {
    expect(titles(log.agenda)).toEqual(['Kamailio related']);
    const items = log.agenda[0]!.items;
    expect(items).toHaveLength(10);
    expect(items[2]).toEqual({
      title:
        'documentation - suggestions to improve it and attract more contributions in this field',
      owners: ['dcm'],
      timebox: null,
      items: [],
    });
    expect(items[4]!.title).toBe('merging duplicated K|S modules');
    expect(items[6]).toMatchObject({
      title: 'IMS branch and related modules',
      owners: ['JP', 'RG'],
    });
    expect(items.filter((i) => i.owners.join() === 'dcm')).toHaveLength(9);
  });

  it('gives the transcript split by topic, every indented line of the transcript section', () => {
    const headings = log.lines.filter((l) => l.kind === 'heading').map((l) => l.text);
    expect(headings).toEqual([
      'Existing Issues',
      'Packaging',
      'Documentation',
      'Presence',
      'Duplicated Modules',
      'IMS',
      'Roadmape to 3.3.0',
      'Closing Remarks',
    ]);
    const transcript = raw.slice(raw.indexOf('## Transcripts'));
    const said = transcript.split('\n').filter((l) => /^ {4,}\S/.test(l));
    const lines = log.lines.filter((l) => l.kind !== 'heading');
    expect(lines).toHaveLength(said.length);
    expect(
      lines.every(
        (l) => l.nick !== '' && l.time === '' && l.at === null && l.text === l.text.trim(),
      ),
    ).toBe(true);
    expect(lines.filter((l) => l.kind === 'action')).toEqual([
      { at: null, time: '', kind: 'action', nick: 'nangel', text: 'has mysql + postgresql dbs' },
    ]);
    expect(lines[0]).toMatchObject({
      nick: 'miconda',
      text: expect.stringMatching(/^anyone here to report/),
    });
    expect(lines[lines.length - 1]).toMatchObject({
      nick: 'miconda',
      text: 'ok! then officially ending here!',
    });
  });
});

describe('seed: Cockpit MeetBot log 2017-05-08', () => {
  const log = imported('cockpit-2017-05-08.log.txt');
  const raw = seed('cockpit-2017-05-08.log.txt').toString('utf8').split('\n');

  it('reads every log line, skipping the two header lines, in UTC on the start date', () => {
    expect(log).toMatchObject({ format: 'meetbot', date: '2017-05-08', timeZone: 'UTC' });
    expect(raw.slice(0, 2)).toEqual(['meeting', 'LOGS']);
    expect(log.lines).toHaveLength(raw.length - 2);
    expect(log.lines[0]).toEqual({
      at: Date.UTC(2017, 4, 8, 13, 0, 44),
      time: '13:00:44',
      kind: 'message',
      nick: 'mvollmer',
      text: '#startmeeting meeting',
    });
    expect(log.lines[log.lines.length - 1]).toMatchObject({
      time: '13:42:33',
      text: '#endmeeting',
    });
  });

  it('keeps the topic and link commands exactly as said, with their speakers', () => {
    const commands = log.lines
      .filter((l) => /^#(?:topic|link)\b/.test(l.text))
      .map((l) => `${l.time} ${l.nick} ${l.text}`);
    expect(commands).toEqual([
      '13:02:42 mvollmer #topic Agenda',
      '13:05:40 mvollmer #topic  image pruning on servers / distributed storage',
      '13:26:12 mvollmer #topic  application manager, next steps',
      '13:27:10 andreasn #link https://www.youtube.com/watch?v=Pmi6AJanRtk',
    ]);
  });

  it('attributes every line to the nick the log shows, as MeetBot counts lines said', () => {
    const count = (lines: { nick: string }[]) =>
      lines.reduce<Record<string, number>>(
        (acc, l) => ({ ...acc, [l.nick]: (acc[l.nick] ?? 0) + 1 }),
        {},
      );
    const expected = raw
      .map((l) => /^\d\d:\d\d:\d\d (?:<([^>]+)>|\* (\S+))/.exec(l))
      .filter((m) => m !== null)
      .map((m) => ({ nick: m[1] ?? m[2]! }));
    expect(count(log.lines)).toEqual(count(expected));
    expect(log.lines.filter((l) => l.kind === 'action')).toMatchObject([
      { nick: 'mvollmer', text: 'pokes the robot to change the topic' },
    ]);
  });
});

describe('seed: Buildbot summit notes', () => {
  const log = imported('buildbot-summit-notes.txt');
  const [agenda, notes, roundtable] = log.agenda;

  it('imports as an agenda outline under its three section labels', () => {
    expect(log).toMatchObject({ format: 'outline', lines: [] });
    expect(titles(log.agenda)).toEqual(['Agenda', "Dustin's Notes", 'Roundtable']);
  });

  it('nests the groups that the flattened page still shows, dropping their repeated first child', () => {
    const purpose = agenda!.items[0]!;
    expect(purpose.title).toBe('Purpose');
    expect(purpose.items[0]!.title).toBe('Agree on practices and policies that we can carry out');
    expect(purpose.items.at(-1)!.title).toBe('can we establish intermediate roles for devs?');
    expect(titles(agenda!.items)).toEqual(
      expect.arrayContaining([
        '0.8.3 news',
        'Developer Recruitment',
        'Policies',
        'Release Policies',
        'Technical Futurey Stuff!',
      ]),
    );
    expect(
      titles(agenda!.items).filter(
        (t) => t === 'Agree on practices and policies that we can carry out',
      ),
    ).toEqual([]);
    const policies = agenda!.items.find((i) => i.title === 'Policies')!;
    expect(titles(policies.items)).toEqual([
      'security incident response',
      'team membership',
      'version requirements for dependencies',
      'Python, Twisted, Jinja, SQLAlchemy, etc.',
      'review',
      'licensing',
      'stuck with GPLv2; can we make new components?',
    ]);
    expect(roundtable!.items[0]!.title).toBe('Log/artifact Storage');
  });

  it('keeps every bullet once, and no prose or image line', () => {
    const all = (items: AgendaItem[]): string[] => items.flatMap((i) => [i.title, ...all(i.items)]);
    const bullets = seed('buildbot-summit-notes.txt')
      .toString('utf8')
      .split('\n')
      .filter((l) => l.startsWith('- '));
    expect(all(log.agenda).length).toBe(3 + bullets.length - 5);
    expect(
      all(log.agenda).some((t) =>
        /primarily an organizational|Buildbot Logo|Dustin's notes from/.test(t),
      ),
    ).toBe(false);
    expect(notes!.items[0]!.title).toBe('components');
  });
});
