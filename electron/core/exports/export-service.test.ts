import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MINUTES_FORMATS } from '../../../shared/formats/minutes-formats';
import { afterMeetingHarness, value } from '../history/after-meeting-harness.fixture';
import { pathProblem } from './render-export';

let dir: string;
beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'gavel-export-'))));
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const LINES: [string, string][] = [
  ['chair', '#topic Release'],
  ['alice', '#info the branch is cut'],
  ['bob', '#action bob to tag 2.3'],
];

describe('export:render', () => {
  it('renders every format with MeetBot’s naming, or a preset’s, or a pattern', async () => {
    const h = afterMeetingHarness(join(dir, 'data'));
    const id = await h.recordMeeting('#meet', 'Weekly', LINES);
    const { files } = value(
      h.services.exports.render({ meetingId: id, formats: [...MINUTES_FORMATS] }),
    );
    expect(files.map((f) => f.path)).toEqual([
      'meet/2026/meet.2026-11-21-14.00.json',
      'meet/2026/meet.2026-11-21-14.00.txt',
      'meet/2026/meet.2026-11-21-14.00.html',
      'meet/2026/meet.2026-11-21-14.00.log.txt',
      'meet/2026/meet.2026-11-21-14.00.log.html',
      'meet/2026/meet.2026-11-21-14.00.md',
      'meet/2026/meet.2026-11-21-14.00.mw',
      'meet/2026/meet.2026-11-21-14.00.moin.txt',
      'meet/2026/meet.2026-11-21-14.00.dokuwiki.txt',
    ]);
    expect(files.map((f) => f.mime)).toContain('text/markdown');
    const txt = files.find((f) => f.format === 'txt')!.text;
    expect(txt).toContain('bob to tag 2.3');
    const fedora = value(
      h.services.exports.render({ meetingId: id, formats: ['html'], preset: 'fedora' }),
    );
    expect(fedora.files[0]!.path).toBe('meet/2026-11-21/meet.2026-11-21-14.00.html');
    const own = value(
      h.services.exports.render({
        meetingId: id,
        formats: ['txt'],
        pattern: 'minutes/%(channel)s-%%Y',
      }),
    );
    expect(own.files[0]!.path).toBe('minutes/meet-2026.txt');
    expect(
      h.services.exports.render({ meetingId: id, formats: ['txt'], pattern: '../%(channel)s' }),
    ).toMatchObject({
      ok: false,
      error: { code: 'bad-pattern' },
    });
    expect(h.services.exports.render({ meetingId: 'nope', formats: ['txt'] })).toMatchObject({
      ok: false,
      error: { code: 'no-such-meeting' },
    });
  });

  it("says a live meeting's minutes are so far, and an ended one's when it ended", async () => {
    const h = afterMeetingHarness(join(dir, 'data'));
    h.fake.join('#live', 'chair');
    const { id } = value(await h.meetings.service.start('#live', 'Weekly', 'drive'));
    for (const [nick, text] of LINES) h.hear('#live', nick, text);
    const render = () =>
      value(h.services.exports.render({ meetingId: id, formats: ['txt', 'html', 'mediawiki'] }))
        .files;
    for (const file of render()) {
      expect(file.text).toMatch(/Meeting under way: minutes so far at \d\d:\d\d/);
      expect(file.text).not.toContain('Meeting ended');
    }
    value(await h.meetings.service.end(id));
    for (const file of render()) {
      expect(file.text).toMatch(/Meeting ended at \d\d:\d\d/);
      expect(file.text).not.toContain('so far');
    }
  });

  it('lists an action under the owners the chair gave it', async () => {
    const h = afterMeetingHarness(join(dir, 'data'));
    const id = await h.recordMeeting('#meet', 'Weekly', [
      ...LINES,
      ['alice', 'I can help with that'],
    ]);
    const txt = () =>
      value(h.services.exports.render({ meetingId: id, formats: ['txt', 'json'] })).files;
    const byPerson = (files: { format: string; text: string }[]) =>
      files.find((f) => f.format === 'txt')!.text.split(/Action items, by person/i)[1]!;
    expect(byPerson(txt())).toMatch(/\* bob\n {2}\* bob to tag 2\.3/);
    const actionId = value(h.services.history.open(id)).view.actions[0]!.id;
    value(
      await h.meetings.handlers.chair.updateAction({
        meetingId: id,
        actionId,
        owners: ['alice', 'bob'],
      }),
    );
    const after = txt();
    expect(byPerson(after)).toMatch(/\* alice\n {2}\* bob to tag 2\.3/);
    const json = JSON.parse(after.find((f) => f.format === 'json')!.text) as {
      actions: { owners: string[] }[];
    };
    expect(json.actions[0]!.owners).toEqual(['alice', 'bob']);
  });

  it('puts charts into the HTML minutes only when asked', async () => {
    const h = afterMeetingHarness(join(dir, 'data'));
    const id = await h.recordMeeting('#meet', 'Weekly', LINES);
    const html = (charts: boolean) =>
      value(h.services.exports.render({ meetingId: id, formats: ['html'], charts })).files[0]!.text;
    expect(html(false)).not.toContain('<svg');
    expect(html(true)).toContain('<h3>Charts</h3>\n<svg');
  });

  it('names the files by the bare channel of another network, with the network in the pattern', async () => {
    const h = afterMeetingHarness(join(dir, 'data'));
    const id = await h.recordMeeting('oftc:#meet', '', LINES);
    const { files } = value(
      h.services.exports.render({
        meetingId: id,
        formats: ['txt'],
        pattern: '%(network)s/%(channel)s',
      }),
    );
    expect(files[0]!.path).toBe('oftc/meet.txt');
    expect(files[0]!.text).toMatch(/^=+\n#meet Meeting\n/);
  });

  it('refuses paths that leave the folder', () => {
    expect(pathProblem('meet/2026/meet.txt')).toBeNull();
    for (const bad of ['/etc/x', 'a/../b', 'a//b', 'C:/x', 'a\\b', './a'])
      expect(pathProblem(bad)).not.toBeNull();
  });
});

describe('export:save', () => {
  it('asks the browser to download when there is no folder dialog', async () => {
    const h = afterMeetingHarness(join(dir, 'data'));
    const id = await h.recordMeeting('#meet', 'Weekly', LINES);
    expect(await h.services.exports.save({ meetingId: id, formats: ['txt'] })).toMatchObject({
      ok: false,
      error: { code: 'use-download' },
    });
  });

  it('writes into the folder picked, and says so when none was picked or it cannot write', async () => {
    let answer: string | null = join(dir, 'out');
    const asked: string[] = [];
    const h = afterMeetingHarness(join(dir, 'data'), {
      chooseFolder: async (title) => (asked.push(title), answer),
    });
    const id = await h.recordMeeting('#meet', 'Weekly', LINES);
    const saved = value(await h.services.exports.save({ meetingId: id, formats: ['txt', 'html'] }));
    expect(saved.written).toEqual([
      join(dir, 'out', 'meet/2026/meet.2026-11-21-14.00.txt'),
      join(dir, 'out', 'meet/2026/meet.2026-11-21-14.00.html'),
    ]);
    expect(readFileSync(saved.written[0]!, 'utf8')).toContain('bob to tag 2.3');
    expect(asked).toEqual(['Save the minutes in…']);
    answer = null;
    expect(await h.services.exports.save({ meetingId: id, formats: ['txt'] })).toMatchObject({
      ok: false,
      error: { code: 'cancelled' },
    });
    writeFileSync(join(dir, 'file'), '');
    answer = join(dir, 'file');
    const failed = await h.services.exports.save({ meetingId: id, formats: ['txt'] });
    expect(failed).toMatchObject({ ok: false, error: { code: 'write-failed' } });
    expect(existsSync(join(dir, 'file', 'meet'))).toBe(false);
  });
});

describe('export:showFolder', () => {
  it('opens only a folder minutes were saved in, and says why when it cannot', async () => {
    const shown: string[] = [];
    let problem = '';
    const h = afterMeetingHarness(join(dir, 'data'), {
      chooseFolder: async () => join(dir, 'out'),
      showFolder: async (folder) => (shown.push(folder), problem),
    });
    const id = await h.recordMeeting('#meet', 'Weekly', LINES);
    expect(await h.services.exports.showFolder(join(dir, 'out'))).toMatchObject({
      ok: false,
      error: { code: 'unknown-folder' },
    });
    value(await h.services.exports.save({ meetingId: id, formats: ['txt'] }));
    expect(await h.services.exports.showFolder(join(dir, 'out'))).toEqual({ ok: true, value: {} });
    expect(await h.services.exports.showFolder('/etc')).toMatchObject({
      ok: false,
      error: { code: 'unknown-folder' },
    });
    problem = 'no file manager';
    expect(await h.services.exports.showFolder(join(dir, 'out'))).toMatchObject({
      ok: false,
      error: { code: 'open-failed', message: expect.stringContaining('no file manager') },
    });
    expect(shown).toEqual([join(dir, 'out'), join(dir, 'out')]);
  });

  it('has nothing to open where files are downloaded', async () => {
    const h = afterMeetingHarness(join(dir, 'data'));
    expect(await h.services.exports.showFolder(dir)).toMatchObject({
      ok: false,
      error: { code: 'use-download' },
    });
  });
});

describe('export:email', () => {
  it('drafts the text minutes to a list, with a subject from the meeting', async () => {
    const h = afterMeetingHarness(join(dir, 'data'));
    const id = await h.recordMeeting('#meet', 'Weekly', LINES);
    const draft = value(
      h.services.exports.email({ meetingId: id, to: 'Devel <devel@lists.example.org>' }),
    );
    expect(draft.subject).toBe('Minutes: Weekly (#meet, 2026-11-21)');
    expect(draft.eml).toMatch(
      /^Date: .*\r\nTo: Devel <devel@lists\.example\.org>\r\nSubject: Minutes: Weekly/,
    );
    expect(draft.eml).toContain('bob to tag 2.3');
    expect(draft.mailto).toMatch(/^mailto:devel@lists\.example\.org\?subject=Minutes%3A%20Weekly/);
    expect(draft.truncated).toBe(false);
    expect(h.services.exports.email({ meetingId: id, to: 'not an address' })).toMatchObject({
      ok: false,
      error: { code: 'address' },
    });
  });
});
