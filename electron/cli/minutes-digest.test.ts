import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { testData } from '../../shared/testdata/index';

const entry = new URL('./minutes.ts', import.meta.url).pathname;
const run = (...args: string[]) =>
  spawnSync(process.execPath, ['--import', 'tsx', entry, ...args], {
    encoding: 'utf8',
    timeout: 30_000,
  });
const dir = mkdtempSync(join(tmpdir(), 'gavel-digest-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const file = (name: string, text: string) => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};

interface Marked {
  line?: number;
  suggested?: boolean;
  confidence?: number;
  reason?: string;
  nick?: string | null;
  title?: string | null;
  type?: string;
  text?: string;
}
interface Minutes {
  schema: string;
  topics: (Marked & { items: Marked[] })[];
  actions: (Marked & { owners: string[] })[];
  votes: unknown[];
  people: { nick: string; lines: number }[];
}

const magazine = testData('meetbot/fedora-magazine-2020-06-10/log.txt').pathname;

function expectMarked(point: Marked, fileLines: string[]): void {
  expect(point.suggested).toBe(true);
  expect(point.confidence).toBeGreaterThanOrEqual(0);
  expect(point.confidence).toBeLessThanOrEqual(1);
  expect(point.reason).toMatch(/\S/);
  expect(Number.isInteger(point.line)).toBe(true);
  // The line named is in the file, and said by the nick the point is credited to.
  expect(fileLines[point.line! - 1]).toContain(`<${point.nick}>`);
}

describe('minutes --digest', () => {
  it('marks every digested topic, item and action with its line in the log, confidence and reason', () => {
    const result = run(magazine, '--digest', '--format', 'json');
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const json = JSON.parse(result.stdout) as Minutes;
    const lines = readFileSync(magazine, 'utf8').split('\n');
    expect(json.schema).toBe('gavel.minutes/1');
    const titled = json.topics.filter((t) => t.title !== null);
    expect(titled.length).toBeGreaterThan(3);
    for (const topic of titled) expectMarked(topic, lines);
    const items = json.topics.flatMap((t) => t.items);
    expect(items.length).toBeGreaterThan(3);
    for (const item of items) expectMarked(item, lines);
    expect(json.actions.length).toBeGreaterThan(0);
    for (const action of json.actions) {
      expectMarked(action, lines);
      expect(action.owners.length).toBeGreaterThan(0);
    }
    expect(json.votes).toEqual([]);
  });

  it('runs no command of the log: each command line is the plain line it would be', () => {
    const log = file(
      'commands.log.txt',
      [
        '12:00:00 <early> before the meeting opens',
        '12:00:10 <chair> #startmeeting demo',
        '12:00:20 <chair> #info the sky is green today',
        '12:00:30 <chair> #endmeeting',
        '12:00:40 <late> words after the meeting closed',
      ].join('\n') + '\n',
    );
    const plain = JSON.parse(run(log, '--format', 'json').stdout) as Minutes;
    expect(plain.topics.flatMap((t) => t.items).map((i) => i.text)).toEqual([
      'the sky is green today',
    ]);
    expect(plain.people.map((p) => p.nick)).toEqual(['chair']);
    const digested = JSON.parse(run(log, '--digest', '--format', 'json').stdout) as Minutes;
    expect(digested.topics.flatMap((t) => t.items).map((i) => i.text)).not.toContain(
      'the sky is green today',
    );
    expect(digested.people.map((p) => p.nick).sort()).toEqual(['chair', 'early', 'late']);
  });

  it('aligns topics with the agenda of --agenda, and renders other formats from the digest', () => {
    const log = file(
      'team.log.txt',
      [
        '15:00:00 <pkovacs> hello all, let us begin',
        '15:01:00 <pkovacs> first the release checklist review',
        '15:02:00 <ana> the release checklist misses the signing step',
        '15:03:00 <rgarcia> and the checklist should link the release notes',
        '15:04:00 <ana> rgarcia to update the release checklist',
        '15:05:00 <pkovacs> now: retire the old wiki',
        '15:06:00 <ana> the old wiki still has the install pages',
        '15:07:00 <rgarcia> move the wiki pages first, then retire it',
        '15:08:00 <ana> yes the wiki has to go',
      ].join('\n') + '\n',
    );
    const agenda = file(
      'agenda.md',
      '# Docs meeting\n\n## Agenda\n\n- review the release checklist\n- move CI to the new runners\n- retire the old wiki\n',
    );
    const json = JSON.parse(run(log, '--digest', '--agenda', agenda).stdout) as Minutes;
    expect(json.topics.map((t) => [t.title, t.line])).toEqual([
      ['review the release checklist', 2],
      ['retire the old wiki', 6],
    ]);
    expect(json.actions.map((a) => [a.owners, a.line])).toEqual([[['rgarcia'], 5]]);
    const txt = run(log, '--digest', '--agenda', agenda, '--format', 'txt');
    expect(txt.status).toBe(0);
    expect(txt.stdout).toContain('retire the old wiki');
    expect(txt.stdout).toContain('rgarcia to update the release checklist');
  });

  it('exits 2 with one line for an agenda file without an agenda, or one stating no UTC time without --digest', () => {
    const log = file('x.log.txt', '12:00:00 <a> hello\n');
    const noAgenda = run(log, '--digest', '--agenda', log);
    expect(noAgenda.status).toBe(2);
    expect(noAgenda.stderr).toMatch(/^minutes: .*x\.log\.txt: no agenda found .*\n$/);
    const outline = file(
      'outline.md',
      '# Docs meeting\n\n## Agenda\n\n- review the release checklist\n- move CI to the new runners\n- retire the old wiki\n',
    );
    const alone = run(log, '--agenda', outline);
    expect(alone.status).toBe(2);
    expect(alone.stderr.split('\n')).toHaveLength(2);
    expect(alone.stderr).toContain('no UTC start time found');
  });

  it('gives a chat-log page kept in local time the zone its --agenda meeting page states', () => {
    const chatLog = new URL(
      '../../shared/formats/importers/samples/kamailio-chatlog.md',
      import.meta.url,
    ).pathname;
    const page = file(
      'meeting-page.md',
      [
        '# IRC Devel Meeting - 2014-05-14',
        '',
        'Date:',
        '',
        '- **Selected: 14:00 UTC, Wednesday, May 14, 2014**',
        '',
        'Place:',
        '',
        '- **#kamailio** IRC channel on **irc.freenode.net** server',
        '',
        '## Participants',
        '',
        '- miconda - Daniel-Constantin Mierla',
        '- oej - Olle E. Johansson',
        '',
        '## Agenda',
        '',
        '- release of 4.2',
        '- documentation',
        '',
      ].join('\n'),
    );
    const startOf = (r: ReturnType<typeof run>) =>
      (JSON.parse(r.stdout) as { meeting: { startedAt: string | null } }).meeting.startedAt;
    const zoned = run(chatLog, '--agenda', page);
    expect(zoned.status).toBe(0);
    expect(startOf(zoned)).toBe('2014-05-14T16:02:11+02:00');
    // --tz still wins; without either, the times are read as UTC (as before).
    expect(startOf(run(chatLog, '--agenda', page, '--tz', 'UTC'))).toBe('2014-05-14T16:02:11Z');
    expect(startOf(run(chatLog))).toBe('2014-05-14T16:02:11Z');
  });
});
