import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import MarkdownIt from 'markdown-it';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { EventChannel } from '../../shared/ipc/channels';
import { createDispatcher } from '../../shared/ipc/dispatch';
import type { InvokeChannel } from '../../shared/ipc/channels';
import { MINUTES_FORMATS } from '../../shared/formats/minutes-formats';
import { inspectHtml } from '../../shared/formats/markdown/testing/html-check';
import type { Payload, Req, Res } from '../../shared/ipc/schemas';
import { ManualClock } from '../testing/manual-clock';
import { createCore } from './create-core';
import type { SettingsBackend } from './types';
import { testData } from '../../shared/testdata/index';

let dir: string;
beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'gavel-library-core-'))));
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const KAMAILIO = readFileSync(testData('seeds/kamailio-devel-2012-01-31.md'));
const COCKPIT = readFileSync(testData('seeds/cockpit-2017-05-08.log.txt'));
// 4 KiB parts, so a 30 KB page arrives in several.
const PART = 4096;

function memorySettings(): SettingsBackend {
  const values = { lastConnection: null, theme: 'system' } as Record<string, unknown>;
  return { get: (key) => values[key] as never, set: (key, value) => void (values[key] = value) };
}

/** A core as a shell builds it, on a manual clock: requests go through the dispatcher. */
function startCore() {
  const clock = new ManualClock(Date.UTC(2026, 10, 21, 14));
  const bugs: unknown[] = [];
  const core = createCore(
    {
      shell: 'browser',
      version: '0.0.0-test',
      settings: memorySettings(),
      dataDir: dir,
      log: () => {},
    },
    { clock },
  );
  const dispatch = createDispatcher(core.handlers, (bug) => bugs.push(bug));
  const events: { event: EventChannel; payload: unknown }[] = [];
  core.subscribe((event, payload) => events.push({ event, payload }));
  const call = async <C extends InvokeChannel>(channel: C, req: Req<C>): Promise<Res<C>> => {
    const result = await dispatch(channel, req);
    if (!result.ok) throw new Error(`${channel}: ${result.error.code}: ${result.error.message}`);
    return result.value as Res<C>;
  };
  const attempt = (channel: InvokeChannel, req: unknown) => dispatch(channel, req);
  const payloads = <E extends EventChannel>(event: E) =>
    events.filter((e) => e.event === event).map((e) => e.payload as Payload<E>);
  return { clock, core, call, attempt, payloads, bugs };
}

type Core = ReturnType<typeof startCore>;

/** Uploads `bytes` in parts of `part` bytes; returns the import id. */
async function upload(c: Core, name: string, bytes: Buffer, parts = Infinity) {
  const { importId } = await c.call('import:begin', { name, size: bytes.length });
  for (let i = 0; i * PART < bytes.length && i < parts; i++) {
    const data = bytes.subarray(i * PART, (i + 1) * PART);
    await c.call('import:chunk', { importId, index: i, data });
  }
  return importId;
}

async function lineSaying(c: Core, meetingId: string, start: string) {
  const { lines } = await c.call('history:lines', { meetingId, afterSeq: 0, limit: 5000 });
  const line = lines.find((l) => l.text.includes(start));
  if (!line) throw new Error(`no line saying "${start}"`);
  return line;
}

describe('after the meeting, through the bridge', () => {
  it('imports, marks, exports, searches and practises', async () => {
    const c = startCore();

    // An import in parts, with progress; another one cancelled half way.
    const importId = await upload(c, 'kamailio-devel-2012-01-31.md', KAMAILIO);
    const cancelled = await upload(c, 'cockpit.log.txt', COCKPIT, 2);
    expect(await c.call('import:cancel', { importId: cancelled })).toEqual({ cancelled: true });
    expect(
      await c.attempt('import:chunk', { importId: cancelled, index: 2, data: new Uint8Array() }),
    ).toMatchObject({
      ok: false,
      error: { code: 'import-closed', message: 'That import was cancelled.' },
    });
    const imported = await c.call('import:finish', { importId });
    if (imported.status !== 'imported') throw new Error('the page needs more input');
    const progress = c.payloads('import:progress').filter((p) => p.importId === importId);
    expect(progress.filter((p) => p.phase === 'upload').map((p) => p.received)).toEqual(
      Array.from({ length: Math.ceil(KAMAILIO.length / PART) }, (_, i) =>
        Math.min((i + 1) * PART, KAMAILIO.length),
      ),
    );
    expect(progress.slice(-2).map((p) => p.phase)).toEqual(['parse', 'done']);
    const meetingId = imported.meetingId;
    expect(await c.call('history:list', { channel: '#sip-router' })).toMatchObject([
      {
        id: meetingId,
        source: 'imported',
        status: 'ended',
        format: 'kamailio-page',
        // The page has no clock times: how long the meeting took is not known.
        durationMin: null,
      },
    ]);

    // Structure marked on the imported transcript.
    const jenkins = await lineSaying(c, meetingId, 'sure... just as a side note');
    const solaris = await lineSaying(c, meetingId, 'look - we will be doing it');
    await c.call('meeting:mark', {
      meetingId,
      seq: jenkins.seq,
      as: 'topic',
      text: 'Jenkins for release builds',
    });
    const marked = await c.call('meeting:mark', {
      meetingId,
      seq: solaris.seq,
      as: 'action',
      text: 'jasonpenton to build Solaris packages',
    });
    expect(marked.topics.map((t) => t.title)).toContain('Jenkins for release builds');
    expect(marked.actions).toMatchObject([
      { text: 'jasonpenton to build Solaris packages', owners: ['jasonpenton'] },
    ]);
    expect((await c.call('history:open', { meetingId })).marks.map((m) => m.as)).toEqual([
      'topic',
      'action',
    ]);

    // Every format, with the marks in them.
    const { files } = await c.call('export:render', {
      meetingId,
      formats: [...MINUTES_FORMATS],
      charts: true,
    });
    expect(files.map((f) => f.format)).toEqual([...MINUTES_FORMATS]);
    const text = (format: string) => files.find((f) => f.format === format)!.text;
    for (const format of ['json', 'txt', 'html', 'md', 'mediawiki', 'moin']) {
      expect(text(format)).toContain('Jenkins for release builds');
      expect(text(format)).toContain('Solaris packages');
    }
    expect(text('md')).toContain('## Charts');
    expect(text('html')).toContain('<h3>Charts</h3>');
    expect(JSON.parse(text('json')).actions).toMatchObject([{ owners: ['jasonpenton'] }]);

    // A meeting recorded live (quiet mode: nothing to connect to), then a search across both.
    const live = await c.call('meeting:start', {
      channel: '#gavel',
      title: 'Packaging sync',
      mode: 'quiet',
    });
    await c.call('meeting:command', {
      meetingId: live.id,
      command: { type: 'info', text: 'jenkins builds the debs now' },
    });
    await c.call('meeting:end', { meetingId: live.id });
    const found = await c.call('search:query', { text: 'jenkins' });
    expect(new Set(found.hits.map((h) => h.meetingId))).toEqual(new Set([meetingId, live.id]));
    const actions = await c.call('search:query', { text: 'ourselves', type: 'action' });
    expect(actions.hits).toMatchObject([{ meetingId, seq: solaris.seq, type: 'action' }]);

    // The sample replayed at 20× on the manual clock.
    const { practice } = await c.call('practice:start', { source: { sample: true }, speed: 20 });
    for (let i = 0; i < 120; i++) c.clock.advance(500);
    expect(c.payloads('practice:state').at(-1)).toMatchObject({
      status: 'done',
      position: practice.total,
    });
    const replayed = c
      .payloads('transcript:append')
      .filter((p) => p.channel === practice.channel)
      .flatMap((p) => p.lines);
    expect(replayed.map((l) => l.text)).toContain(
      '#action priya and tomasz to write the migration plan for the CI runners',
    );
    expect(await c.call('meeting:get', { channel: practice.channel })).toMatchObject({
      status: 'ended',
    });
    expect((await c.call('history:list', {})).map((e) => e.source).sort()).toEqual([
      'imported',
      'live',
      'practice',
    ]);

    await c.core.close();
    expect(c.bugs).toEqual([]);
  });

  it('lets nothing an imported log says become markup in the exports', async () => {
    const c = startCore();
    const hostile = [
      '12:00:01 <mallory> #startmeeting <script>alert(1)</script>',
      '12:00:02 <mallory> #topic <img src=x onerror=alert(2)>',
      '12:00:03 <mallory> #info <script>alert(3)</script> [x](javascript:alert(4))',
      '12:00:04 <mallory> #link javascript:alert(5)',
      '12:00:05 <mallory> #action mallory to <b onmouseover=alert(6)>fix</b>',
      '12:00:06 <mallory> <iframe src="javascript:alert(7)"></iframe>',
      '12:00:07 <mallory> #endmeeting',
    ].join('\n');
    const importId = await upload(c, 'hostile.log.txt', Buffer.from(hostile));
    const imported = await c.call('import:finish', {
      importId,
      channel: '#evil',
      date: '2026-01-01',
    });
    if (imported.status !== 'imported') throw new Error('needs more input');
    const { files } = await c.call('export:render', {
      meetingId: imported.meetingId,
      formats: ['html', 'log.html', 'md'],
      charts: true,
    });
    const md = new MarkdownIt({ html: true });
    for (const file of files) {
      const html = file.format === 'md' ? md.render(file.text) : file.text;
      const seen = inspectHtml(html);
      for (const tag of ['script', 'img', 'iframe'])
        expect([file.format, seen.elements.has(tag)]).toEqual([file.format, false]);
      expect([...seen.attributes].filter((a) => a.startsWith('on'))).toEqual([]);
      expect(seen.hrefs.filter((h) => /^javascript:/i.test(h))).toEqual([]);
      expect(seen.text).toContain('<script>alert(3)</script>');
      expect(seen.text).toContain('<b onmouseover=alert(6)>fix</b>');
    }
    await c.core.close();
  });
});
