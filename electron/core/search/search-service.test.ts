import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { afterMeetingHarness, value } from '../history/after-meeting-harness.fixture';
import { StructureMarks } from '../meetings/edits/structure-marks';

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

  it('leaves practice runs out', async () => {
    const h = afterMeetingHarness(dir);
    value(await h.services.practice.start({ sample: true }, 20));
    h.clock.advance(10 * 60_000);
    expect(value(await h.services.search.query({ text: 'runners' }))).toMatchObject({
      total: 0,
      meetings: 0,
    });
  });
});
