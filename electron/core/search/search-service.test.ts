import { existsSync, mkdtempSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { afterMeetingHarness, value } from '../history/after-meeting-harness.fixture';
import { StructureMarks } from '../meetings/edits/structure-marks';
import { journalPath } from '../meetings/record/meeting-journal';
import type { MeetingIndexEntry } from '../store/library';
import { keptIndexPath } from './kept-index';
import { SAVE_AFTER_MS } from './search-service';

let dir: string;
beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'gavel-search-'))));
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('SearchService', () => {
  it('builds the index on first use, with progress, and points each hit at its transcript line', async () => {
    const h = afterMeetingHarness(dir);
    const first = await h.recordMeeting('#meet', 'One', [
      ['alice', 'the runners are flaky again'],
      ['chair', '#agreed move the runners to the donated machine'],
    ]);
    await h.recordMeeting('#other', 'Two', [['bob', 'runners are fine here']]);
    const result = value(await h.services.search.query({ text: 'runners' }));
    expect(result).toMatchObject({ total: 3, meetings: 2 });
    expect(h.payloads('search:progress').at(-1)).toEqual({ done: 2, total: 2 });
    const agreed = value(await h.services.search.query({ text: 'runners', type: 'decision' }));
    expect(agreed.hits).toHaveLength(1);
    const hit = agreed.hits[0]!;
    expect(hit).toMatchObject({
      meetingId: first,
      channel: '#meet',
      title: 'One',
      type: 'agreed',
      nick: 'chair',
    });
    const line = value(h.meetings.editor.fold(first)).lines.find(
      (l) => l.line.seq === hit.seq,
    )!.line;
    expect(line.text).toBe('#agreed move the runners to the donated machine');
    expect(hit.before.map((l) => l.text)).toEqual([
      '#startmeeting One',
      'the runners are flaky again',
    ]);
    const filtered = value(
      await h.services.search.query({ text: 'runners', channel: '#OTHER', nick: 'bob' }),
    );
    expect(filtered.hits.map((x) => x.text)).toEqual(['runners are fine here']);
  });

  it('reads a meeting again after it changed, and finds the lines of a live one', async () => {
    const h = afterMeetingHarness(dir);
    const id = await h.recordMeeting('#meet', 'One', [['alice', 'we ship on friday']]);
    expect(value(await h.services.search.query({ text: 'friday', type: 'agreed' })).total).toBe(0);
    const seq = value(h.meetings.editor.fold(id)).lines.find(
      (l) => l.line.text === 'we ship on friday',
    )!.line.seq;
    value(await new StructureMarks(h.meetings.editor).mark({ meetingId: id, seq, as: 'agreed' }));
    expect(
      value(await h.services.search.query({ text: 'friday', type: 'agreed' })).hits[0],
    ).toMatchObject({
      meetingId: id,
      seq,
    });
    h.fake.join('#live', 'chair');
    value(await h.meetings.service.start('#live', 'Now', 'drive'));
    h.hear('#live', 'carol', 'friday works for me');
    h.clock.advance(200);
    const live = value(await h.services.search.query({ text: 'friday' }));
    expect(live.hits.map((x) => x.channel)).toEqual(['#live', '#meet']);
  });

  it('takes an imported meeting in on the turn after the import answers, before any query', async () => {
    const h = afterMeetingHarness(dir);
    const log = Buffer.from(
      '13:00:44 <chair> #startmeeting Imported\n13:01:02 <ana> the quokka budget is agreed\n',
    );
    const begun = value(h.services.imports.begin({ name: 'm.log.txt', size: log.length }));
    value(h.services.imports.uploads.chunk(begun.importId, 0, log));
    const done = value(
      await h.services.imports.finish({
        importId: begun.importId,
        channel: '#imp',
        date: '2024-05-01',
      }),
    );
    if (done.status !== 'imported') throw new Error('The log needed more input.');
    expect(h.payloads('search:progress')).toEqual([]);
    await new Promise<void>((resolve) => setImmediate(resolve));
    expect(h.payloads('search:progress')).toEqual([{ done: 1, total: 1 }]);
    const fold = vi.spyOn(h.meetings.editor, 'fold');
    const found = value(await h.services.search.query({ text: 'quokka' }));
    expect(found.hits.map((x) => [x.meetingId, x.nick])).toEqual([[done.meetingId, 'ana']]);
    // Nothing was left to read when the search was asked.
    expect(fold).not.toHaveBeenCalled();
    h.close();
  });

  it('takes nothing in after an import that stored no meeting', async () => {
    const h = afterMeetingHarness(dir);
    const log = Buffer.from('12:00 < alice> hello\n');
    const begun = value(h.services.imports.begin({ name: 'znc.log', size: log.length }));
    value(h.services.imports.uploads.chunk(begun.importId, 0, log));
    const asked = value(await h.services.imports.finish({ importId: begun.importId }));
    expect(asked.status).toBe('needs-input');
    await new Promise<void>((resolve) => setImmediate(resolve));
    expect(h.payloads('search:progress')).toEqual([]);
    h.close();
  });

  it('reads nothing once closed, even when asked just before', async () => {
    const h = afterMeetingHarness(dir);
    await h.recordMeeting('#meet', 'One', [['alice', 'the runners are flaky again']]);
    h.services.search.refreshSoon();
    h.close();
    await new Promise<void>((resolve) => setImmediate(resolve));
    expect(h.payloads('search:progress')).toEqual([]);
  });

  it('leaves practice runs out', async () => {
    const h = afterMeetingHarness(dir);
    value(await h.services.practice.start({ sample: true }, 20));
    h.clock.advance(10 * 60_000);
    expect(value(await h.services.search.query({ text: 'runners' }))).toMatchObject({
      total: 0,
      meetings: 0,
    });
  });

  describe('the kept index', () => {
    async function recorded() {
      const h = afterMeetingHarness(dir);
      const ids = [
        await h.recordMeeting('#meet', 'One', [['alice', 'the runners are flaky again']]),
        await h.recordMeeting('#other', 'Two', [['bob', 'runners are fine here']]),
      ];
      expect(value(await h.services.search.query({ text: 'runners' })).total).toBe(2);
      h.close();
      return { library: h.library, ids };
    }
    const lastProgress = (h: ReturnType<typeof afterMeetingHarness>) =>
      h.payloads('search:progress').at(-1);

    it('is saved on close and loaded on the next start, reading no meeting again', async () => {
      const { library } = await recorded();
      expect(statSync(keptIndexPath(dir)).mode & 0o777).toBe(0o600);
      const h = afterMeetingHarness(dir, { library });
      const result = value(await h.services.search.query({ text: 'runners' }));
      expect(result).toMatchObject({ total: 2, meetings: 2 });
      expect(lastProgress(h)).toEqual({ done: 0, total: 0 });
      expect(result.hits[0]!.before.map((l) => l.text)).toEqual(['#startmeeting Two']);
      h.close();
    });

    it('is saved once the save delay passes after a mark, and the mark is found after a restart', async () => {
      const { library, ids } = await recorded();
      const h = afterMeetingHarness(dir, { library });
      value(await h.services.search.query({ text: 'runners' }));
      const seq = value(h.meetings.editor.fold(ids[0]!)).lines.find((l) =>
        l.line.text.includes('flaky'),
      )!.line.seq;
      value(await h.services.marks.mark({ meetingId: ids[0]!, seq, as: 'agreed' }));
      const before = statSync(keptIndexPath(dir)).mtimeMs;
      h.clock.advance(SAVE_AFTER_MS - 1);
      expect(statSync(keptIndexPath(dir)).mtimeMs).toBe(before);
      h.clock.advance(1);
      expect(statSync(keptIndexPath(dir)).mtimeMs).toBeGreaterThan(before);
      const again = afterMeetingHarness(dir, { library });
      const agreed = value(await again.services.search.query({ text: 'runners', type: 'agreed' }));
      expect(agreed.hits.map((x) => x.meetingId)).toEqual([ids[0]]);
      expect(lastProgress(again)).toEqual({ done: 0, total: 0 });
      h.close();
      again.close();
    });

    it('reads again a meeting whose journal changed, and forgets one no longer listed', async () => {
      const { library, ids } = await recorded();
      const later = new Date(Date.now() + 60_000);
      utimesSync(journalPath(dir, ids[0]!), later, later);
      library.set(
        'meetings',
        (library.get('meetings') as MeetingIndexEntry[]).filter((m) => m.id !== ids[1]),
      );
      const h = afterMeetingHarness(dir, { library });
      const result = value(await h.services.search.query({ text: 'runners' }));
      expect(result.hits.map((x) => x.meetingId)).toEqual([ids[0]]);
      expect(lastProgress(h)).toEqual({ done: 1, total: 1 });
      h.close();
    });

    it('is built again from the journals when it is damaged', async () => {
      const { library } = await recorded();
      writeFileSync(keptIndexPath(dir), 'not an index');
      const h = afterMeetingHarness(dir, { library });
      expect(value(await h.services.search.query({ text: 'runners' })).total).toBe(2);
      expect(lastProgress(h)).toEqual({ done: 2, total: 2 });
      expect(h.logs.some((l) => l.startsWith('warn: The search index is built again'))).toBe(true);
      h.close();
      expect(existsSync(keptIndexPath(dir))).toBe(true);
      const again = afterMeetingHarness(dir, { library });
      value(await again.services.search.query({ text: 'runners' }));
      expect(lastProgress(again)).toEqual({ done: 0, total: 0 });
      again.close();
    });
  });
});
