import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { afterMeetingHarness, value } from '../history/after-meeting-harness.fixture';
import { importLog } from '../../../shared/formats/importers/import-log';
import { PreparedMeeting } from '../../../shared/search/prepared-meeting';
import { testData } from '../../../shared/testdata/index';
import { searchDocument } from '../search/search-document';
import { journalPath, replayJournal } from '../meetings/record/meeting-journal';

let dir: string;
beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'gavel-import-'))));
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const sample = (name: string) =>
  readFileSync(new URL(`../../../shared/formats/importers/samples/${name}`, import.meta.url));
const seed = (name: string) => readFileSync(testData(`seeds/${name}`));

/** Begins an upload of `bytes` and sends them in parts cut at `cuts`; the answer of each part. */
function sendInParts(
  h: ReturnType<typeof afterMeetingHarness>,
  name: string,
  bytes: Buffer,
  cuts: readonly number[],
  channel?: string,
) {
  const { importId } = value(h.services.imports.begin({ name, size: bytes.length, channel }));
  const ends = [...cuts, bytes.length];
  const answers = ends.map((end, index) => {
    const part = bytes.subarray(index === 0 ? 0 : ends[index - 1], end);
    return h.services.imports.uploads.chunk(importId, index, part);
  });
  return { importId, answers };
}

/** The view of meeting `id` as the history opens it. */
const viewOf = (h: ReturnType<typeof afterMeetingHarness>, id: string) =>
  value(h.services.history.open(id)).view;

/** Cuts every `size` bytes of `length`. */
const every = (size: number, length: number) =>
  Array.from({ length: Math.ceil(length / size) - 1 }, (_, i) => (i + 1) * size);

/** Uploads `bytes` in one part and returns the import id. */
function upload(
  h: ReturnType<typeof afterMeetingHarness>,
  name: string,
  bytes: Buffer,
  channel?: string,
) {
  const { importId } = value(h.services.imports.begin({ name, size: bytes.length, channel }));
  value(h.services.imports.uploads.chunk(importId, 0, bytes));
  return importId;
}

describe('ImportService', () => {
  it('asks for the zone of a log whose times carry none, then stores the meeting', async () => {
    const h = afterMeetingHarness(dir);
    const id = upload(h, 'gnome-docs.log', sample('irssi.log'));
    expect(value(await h.services.imports.finish({ importId: id }))).toEqual({
      status: 'needs-input',
      needsTimeZone: true,
      needsDate: false,
      needsChannel: false,
      detectedFormat: 'irssi',
      channel: '#gnome-docs',
      lines: 21,
    });
    const done = value(
      await h.services.imports.finish({ importId: id, timeZone: 'Europe/Berlin' }),
    );
    // What the window says of the import comes with the answer: no need to open the meeting.
    expect(done).toMatchObject({ status: 'imported', lines: 21, format: 'irssi' });
    if (done.status !== 'imported') return;
    const opened = value(h.services.history.open(done.meetingId));
    expect([opened.lineCount, opened.format]).toEqual([done.lines, done.format]);
    const [entry] = h.services.history.list('#gnome-docs');
    expect(entry).toMatchObject({
      id: done.meetingId,
      source: 'imported',
      status: 'ended',
      format: 'irssi',
    });
    expect(new Date(entry!.startedAt).toISOString()).toMatch(/^2024-01-09T/);
    expect(h.payloads('import:progress').map((p) => p.phase)).toEqual([
      'upload',
      'parse',
      'parse',
      'done',
    ]);
    expect(h.payloads('history:changed')).toEqual([
      { meetingId: done.meetingId, channel: '#gnome-docs' },
    ]);
    expect(await h.services.imports.finish({ importId: id })).toMatchObject({
      ok: false,
      error: { code: 'import-closed', message: 'That import has already been imported.' },
    });
  });

  it('takes the zone of a chat-log page from the UTC start its channel’s meeting page states', async () => {
    const h = afterMeetingHarness(dir);
    // The meeting page of #sip-router's 2012-01-31 meeting says "15:00 UTC"; the logger's chat
    // log of that meeting has its local times (16:01 in Berlin's winter time).
    const page = upload(h, 'kamailio-devel-2012-01-31.md', seed('kamailio-devel-2012-01-31.md'));
    expect(value(await h.services.imports.finish({ importId: page })).status).toBe('imported');
    const chatLog = Buffer.from(
      [
        '# Kamailio IRC Devel Meeting - 2012-01-31 - Chat Log',
        '',
        '## Existing Issues',
        '',
        '\\[2012-01-31 16:01:02\\] \\<miconda> anyone here to report any outstanding issue',
        '(code, administration, etc.) that needs to be fixed?',
        '\\[2012-01-31 16:01:40\\] \\<richardgood> nothing to report here.',
        '\\[2012-01-31 16:02:15\\] \\<oej> nothing from me either',
        '',
      ].join('\n'),
    );
    const elsewhere = upload(h, 'chat.md', chatLog, '#kamailio-dev');
    expect(value(await h.services.imports.finish({ importId: elsewhere }))).toMatchObject({
      status: 'needs-input',
      needsTimeZone: true,
    });
    const id = upload(h, 'chat.md', chatLog, '#sip-router');
    const done = value(await h.services.imports.finish({ importId: id }));
    expect(done.status).toBe('imported');
    if (done.status !== 'imported') return;
    const entry = h.services.history.list('#sip-router').find((m) => m.id === done.meetingId);
    expect(new Date(entry!.startedAt).toISOString()).toBe('2012-01-31T15:01:02.000Z');
  });

  it('asks for the day when nothing in the log says it', async () => {
    const h = afterMeetingHarness(dir);
    const id = upload(h, 'znc.log', sample('znc.log'), '#znc');
    expect(value(await h.services.imports.finish({ importId: id }))).toMatchObject({
      status: 'needs-input',
      needsTimeZone: true,
      needsDate: true,
      channel: '#znc',
    });
    const done = value(
      await h.services.imports.finish({ importId: id, timeZone: 'UTC', date: '2024-05-01' }),
    );
    expect(done).toMatchObject({ status: 'imported', channel: '#znc' });
    if (done.status !== 'imported') throw new Error('not imported');
    expect(viewOf(h, done.meetingId).status).toBe('ended');
  });

  it('journals a log that never ends its meeting closed at its last line, and one that does as it is', async () => {
    const h = afterMeetingHarness(dir);
    const recordsOf = (id: string) => value(replayJournal(journalPath(dir, id))).records;
    const open = value(
      await h.services.imports.finish({
        importId: upload(h, 'znc.log', sample('znc.log'), '#znc'),
        timeZone: 'UTC',
        date: '2024-05-01',
      }),
    );
    if (open.status !== 'imported') throw new Error('not imported');
    const records = recordsOf(open.meetingId);
    const [last, before] = [records.at(-1)!, records.at(-2)!];
    expect(records.map((r) => r.i)).toEqual(records.map((_, k) => k + 1));
    expect(records.filter((r) => r.t === 'line')).toHaveLength(open.lines);
    expect(last).toEqual({ i: before.i + 1, at: before.at, t: 'end' });
    expect(viewOf(h, open.meetingId).status).toBe('ended');

    const ended = value(
      await h.services.imports.finish({
        importId: upload(h, 'c.log.txt', seed('cockpit-2017-05-08.log.txt'), '#cockpit'),
      }),
    );
    if (ended.status !== 'imported') throw new Error('not imported');
    const cockpit = recordsOf(ended.meetingId);
    expect(cockpit.some((r) => r.t === 'end')).toBe(false);
    expect(cockpit.at(-1)).toMatchObject({ t: 'line', line: { text: '#endmeeting' } });
  });

  it('asks for the channel when neither the log nor the upload names one, and uses the answer', async () => {
    const h = afterMeetingHarness(dir);
    const id = upload(h, 'znc.log', sample('znc.log'));
    expect(value(await h.services.imports.finish({ importId: id }))).toMatchObject({
      status: 'needs-input',
      needsChannel: true,
      channel: null,
    });
    const done = value(
      await h.services.imports.finish({
        importId: id,
        timeZone: 'UTC',
        date: '2024-05-01',
        channel: '#asked',
      }),
    );
    expect(done).toMatchObject({ status: 'imported', channel: '#asked' });
    expect(h.services.history.list('#meeting')).toEqual([]);
  });

  it('keeps what a meeting page says: agenda, topics, participants, and the bot’s preset of a log', async () => {
    const h = afterMeetingHarness(dir);
    const page = value(
      await h.services.imports.finish({
        importId: upload(h, 'k.md', seed('kamailio-devel-2012-01-31.md')),
      }),
    );
    if (page.status !== 'imported') throw new Error('not imported');
    expect(page.channel).toBe('#sip-router');
    expect(viewOf(h, page.meetingId).topics.map((t) => t.title)).toContain('Packaging');
    const fold = value(h.meetings.editor.fold(page.meetingId));
    expect(fold.source).toMatchObject({ format: 'kamailio-page', place: 'irc.freenode.net' });
    expect(fold.source!.participants[0]).toEqual({ nick: 'dcm', name: 'Daniel-Constantin Mierla' });
    expect(fold.agenda.length).toBeGreaterThan(0);
    // The reader gets the page's agenda with the meeting, for the digest to follow.
    const opened = value(h.services.history.open(page.meetingId));
    expect(opened.agenda[0]!.title).toBe('Kamailio related');
    expect(opened.agenda[0]!.children.map((c) => c.title)).toContain(
      'packaging - ways to automate the process better',
    );
    // The page has no clock times: its minutes are named by the time it was scheduled for.
    const named = value(h.services.exports.render({ meetingId: page.meetingId, formats: ['txt'] }));
    expect(named.files[0]!.path).toBe('sip-router/2012/sip-router.2012-01-31-15.00.txt');
    const log = value(
      await h.services.imports.finish({
        importId: upload(h, 'c.log.txt', seed('cockpit-2017-05-08.log.txt'), '#cockpit'),
      }),
    );
    if (log.status !== 'imported') throw new Error('not imported');
    const logView = viewOf(h, log.meetingId);
    expect(logView).toMatchObject({
      botNick: 'zodbot',
      startedBy: 'mvollmer',
      channel: '#cockpit',
    });
    expect(value(h.meetings.editor.fold(log.meetingId)).preset).toBe('fedora');
    expect(logView.endedAt! - logView.startedAt).toBeGreaterThan(30 * 60_000);
  });

  it('stores minutes with no log as a meeting whose open actions the next meeting carries', async () => {
    const h = afterMeetingHarness(dir);
    const minutes = readFileSync(testData('meetbot/fedora-magazine-2020-06-10/minutes.txt'));
    const done = value(
      await h.services.imports.finish({ importId: upload(h, 'magazine.txt', minutes) }),
    );
    if (done.status !== 'imported') throw new Error('not imported');
    expect(done.channel).toBe('#fedora-meeting');
    expect(value(h.meetings.editor.fold(done.meetingId)).source).toMatchObject({
      format: 'meetbot-minutes',
    });
    const open = viewOf(h, done.meetingId).actions.filter((a) => !a.done);
    expect(open.map((a) => a.text)).toContain('sysoplab to edit #184 and #188');
    h.fake.join('#fedora-meeting', 'chair');
    const next = value(await h.meetings.service.start('#fedora-meeting', 'Next', 'drive'));
    const carried = next.actions.filter((a) => a.source === 'carried');
    expect(carried.map((a) => a.text)).toEqual(open.map((a) => a.text));
    expect(carried[0]!.owners).toEqual(['sysoplab']);
  });

  it('passes the importers’ messages on and refuses an agenda without a transcript', async () => {
    const h = afterMeetingHarness(dir);
    const outline = upload(h, 'agenda.md', sample('outline.md'));
    expect(await h.services.imports.finish({ importId: outline })).toMatchObject({
      ok: false,
      error: { code: 'no-transcript' },
    });
    const bytes = Buffer.from([0, 1, 2, 3, 0, 0, 255, 0]);
    const binary = value(h.services.imports.begin({ name: 'x.bin', size: bytes.length }));
    const failed = h.services.imports.uploads.chunk(binary.importId, 0, bytes);
    expect(failed).toMatchObject({ ok: false, error: { code: 'binary' } });
    expect(!failed.ok && failed.error.message.startsWith('x.bin: ')).toBe(true);
    expect(await h.services.imports.finish({ importId: binary.importId })).toMatchObject({
      ok: false,
      error: { code: 'import-closed' },
    });
    expect(h.services.history.list()).toEqual([]);
  });
});

describe('ImportService when the meeting cannot be saved', () => {
  it('says so and keeps the upload, so the same import works once the disk takes it', async () => {
    const h = afterMeetingHarness(dir);
    const id = upload(h, 'c.log.txt', seed('cockpit-2017-05-08.log.txt'), '#cockpit');
    rmSync(join(dir, 'meetings'), { recursive: true, force: true });
    writeFileSync(join(dir, 'meetings'), 'in the way');
    const failed = await h.services.imports.finish({ importId: id });
    expect(failed).toMatchObject({ ok: false, error: { code: 'meeting-not-saved' } });
    expect(!failed.ok && failed.error.message).toMatch(
      /^Gavel could not save the imported meeting: /,
    );
    expect(h.services.history.list()).toEqual([]);
    rmSync(join(dir, 'meetings'));
    const done = value(await h.services.imports.finish({ importId: id }));
    expect(done.status).toBe('imported');
    expect(h.services.history.list('#cockpit')).toHaveLength(1);
  });
});

describe('ImportService while reading', () => {
  it('reads an upload once, and not after it was cancelled', async () => {
    const h = afterMeetingHarness(dir);
    const page = seed('kamailio-devel-2012-01-31.md');
    const id = upload(h, 'k.md', page);
    const [first, second] = await Promise.all([
      h.services.imports.finish({ importId: id }),
      h.services.imports.finish({ importId: id }),
    ]);
    expect(first).toMatchObject({ ok: true, value: { status: 'imported' } });
    expect(second).toMatchObject({ ok: false, error: { code: 'import-busy' } });
    const other = upload(h, 'k.md', page);
    const reading = h.services.imports.finish({ importId: other });
    expect(h.services.imports.cancel(other)).toEqual({ cancelled: true });
    expect(await reading).toMatchObject({ ok: false, error: { code: 'import-closed' } });
    expect(h.services.history.list()).toHaveLength(1);
  });

  it('says a cancel taken after the reading stored the meeting came too late', async () => {
    const h = afterMeetingHarness(dir);
    const id = upload(h, 'k.md', seed('kamailio-devel-2012-01-31.md'));
    const done = value(await h.services.imports.finish({ importId: id }));
    expect(h.services.imports.cancel(id)).toEqual({ cancelled: false });
    expect(h.services.history.list().map((m) => m.id)).toEqual([
      done.status === 'imported' && done.meetingId,
    ]);
  });
});

describe('ImportService as parts arrive', () => {
  const cockpit = () => seed('cockpit-2017-05-08.log.txt');

  it('reads a log cut mid-line, mid-character and between CR and LF as the whole file', async () => {
    const h = afterMeetingHarness(dir);
    const text = cockpit().toString('utf8').replace('mvollmer> .hello', 'mvollmer> .héllo ☕');
    const bytes = Buffer.from(text.replace(/\n/g, '\r\n'));
    // Cut inside a line, between a CR and its LF, inside é (two bytes) and ☕ (three).
    const cuts = [100, bytes.indexOf('\r\n') + 1, bytes.indexOf('é') + 1, bytes.indexOf('☕') + 2];
    const sent = sendInParts(
      h,
      'c.log.txt',
      bytes,
      [...cuts, ...every(4096, bytes.length)]
        .sort((a, b) => a - b)
        .filter((c, i, all) => c !== all[i - 1] && c < bytes.length),
      '#cockpit',
    );
    expect(sent.answers.every((a) => a.ok)).toBe(true);
    const parts = value(await h.services.imports.finish({ importId: sent.importId }));
    const whole = value(
      await h.services.imports.finish({
        importId: upload(h, 'c.log.txt', bytes, '#cockpit'),
      }),
    );
    if (parts.status !== 'imported' || whole.status !== 'imported') throw new Error('not both');
    const lines = (id: string) =>
      value(h.services.history.lines(id, 0, 1000)).lines.map(({ time, nick, text }) => ({
        time,
        nick,
        text,
      }));
    expect(lines(parts.meetingId)).toEqual(lines(whole.meetingId));
    const read = importLog(bytes, { channel: '#cockpit' });
    if (!read.ok) throw new Error(read.error.message);
    expect(lines(parts.meetingId)).toEqual(
      read.value.lines.map(({ time, nick, text }) => ({ time, nick, text })),
    );
    expect(lines(parts.meetingId).some((l) => l.text === '.héllo ☕ mvo')).toBe(true);
  });

  it('reads again with what the user adds when the log read as it arrived lacks it', async () => {
    const h = afterMeetingHarness(dir);
    // The Cockpit log without its opening: no bot reply says the day.
    const body = cockpit().toString('utf8').split('\n').slice(4).join('\n');
    const bytes = Buffer.from(body.repeat(8));
    const sent = sendInParts(h, 'c.log.txt', bytes, every(20_000, bytes.length), '#cockpit');
    expect(sent.answers.every((a) => a.ok)).toBe(true);
    const asked = value(await h.services.imports.finish({ importId: sent.importId }));
    expect(asked).toMatchObject({ status: 'needs-input', needsDate: true });
    const done = value(
      await h.services.imports.finish({ importId: sent.importId, date: '2017-05-08' }),
    );
    if (done.status !== 'imported') throw new Error('not imported');
    expect(new Date(viewOf(h, done.meetingId).startedAt).toISOString()).toMatch(
      /^2017-05-08T13:00:/,
    );
  });

  it('refuses a file that is no log at the part that shows it, and takes no more of it', async () => {
    const h = afterMeetingHarness(dir);
    const prose = Buffer.from('Dear diary, today nothing happened at all.\n'.repeat(4000));
    const sent = sendInParts(h, 'diary.txt', prose, every(70_000, prose.length));
    expect(sent.answers[0]).toMatchObject({ ok: false, error: { code: 'not-a-log' } });
    const first = sent.answers[0]!;
    expect(!first.ok && first.error.message).toMatch(/^diary\.txt: not an IRC log: expected/);
    expect(sent.answers[1]).toEqual({
      ok: false,
      error: {
        code: 'import-closed',
        message: 'That import was stopped: the file cannot be imported.',
      },
    });
    expect(h.services.history.list()).toEqual([]);
  });

  it('refuses a log at the part where a NUL byte arrives', async () => {
    const h = afterMeetingHarness(dir);
    const log = Buffer.concat([cockpit(), cockpit(), cockpit(), cockpit(), cockpit(), cockpit()]);
    const bytes = Buffer.concat([log, Buffer.from('13:00:00 <x> \0\n'), log]);
    const sent = sendInParts(h, 'c.log.txt', bytes, every(log.length, bytes.length), '#cockpit');
    expect(sent.answers[0]!.ok).toBe(true);
    expect(sent.answers[1]).toMatchObject({ ok: false, error: { code: 'binary' } });
    expect(sent.answers[2]).toMatchObject({ ok: false, error: { code: 'import-closed' } });
  });
});

describe('ImportService and the search', () => {
  /** Imports `bytes` in parts of 4 KiB; the meeting and the words handed to the search. */
  async function imported(name: string, bytes: Buffer, channel?: string, more = {}) {
    const h = afterMeetingHarness(dir);
    const taken = vi.spyOn(h.services.search, 'imported');
    const { importId, answers } = sendInParts(h, name, bytes, every(4096, bytes.length), channel);
    expect(answers.every((a) => a.ok)).toBe(true);
    let done = value(await h.services.imports.finish({ importId }));
    if (done.status === 'needs-input')
      done = value(await h.services.imports.finish({ importId, ...more }));
    if (done.status !== 'imported') throw new Error('not imported');
    expect(taken).toHaveBeenCalledTimes(1);
    const [id, words] = taken.mock.calls[0]!;
    expect(id).toBe(done.meetingId);
    const lines = searchDocument(id, value(h.meetings.editor.fold(id))).lines;
    return { h, id, words, lines };
  }

  it('hands the search the words of a MeetBot log, indexed as its parts arrived', async () => {
    const { h, id, words, lines } = await imported(
      'c.log.txt',
      seed('cockpit-2017-05-08.log.txt'),
      '#cockpit',
    );
    expect(words?.lines).toBe(lines.length);
    expect(words?.fits(lines)).toBe(true);
    await new Promise<void>((resolve) => setImmediate(resolve));
    const fits = vi.spyOn(PreparedMeeting.prototype, 'fits');
    const found = value(await h.services.search.query({ text: lines.at(-1)!.text }));
    expect(found.hits.map((x) => [x.meetingId, x.seq])).toContainEqual([id, lines.at(-1)!.seq]);
    // The words were taken in on the turn after the answer, not when the search was asked.
    expect(fits).not.toHaveBeenCalled();
  });

  it('hands no words for a log corrected at its end, read by another importer, or read again', async () => {
    const rrsagent = Buffer.from(
      [
        ...sample('meetbot.log.txt').toString().trimEnd().split('\n').slice(0, 3),
        '12:00:09 <RRSAgent> logging to https://www.w3.org/2024/03/12-infra-irc',
        '12:00:20 <ana> teh release is out',
        '12:00:25 <ana> s/teh/the/',
        '',
      ].join('\n'),
    );
    const corrected = await imported('w3c.log.txt', rrsagent, '#infra');
    expect(corrected.lines.map((l) => l.text)).toContain('the release is out');
    expect(corrected.words).toBeNull();
    expect(
      (await imported('gnome.log', sample('irssi.log'), undefined, { timeZone: 'UTC' })).words,
    ).toBeNull();
    const asked = await imported('m.log.txt', sample('meetbot.log.txt'), undefined, {
      channel: '#infra',
    });
    expect(asked.words).toBeNull();
    expect(asked.lines.length).toBeGreaterThan(0);
  });
});
