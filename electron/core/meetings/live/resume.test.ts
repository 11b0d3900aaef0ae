import { appendFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ConnectRequest } from '../../../../shared/ipc/schemas';
import { readJournal } from '../../journal/read-journal';
import { memoryLibrary } from '../../store/library';
import { meetingsHarness, T0 } from '../testing/harness.fixture';
import { journalPath } from '../record/meeting-journal';
import type { MeetingRecord } from '../record/records';

let dir: string;
beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'gavel-resume-'))));
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const value = <T>(
  result: { ok: true; value: T } | { ok: false; error: { message: string } },
): T => {
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
};

const last: ConnectRequest = {
  server: 'irc.test',
  port: 6667,
  tls: false,
  nick: 'chair',
  channel: '#elsewhere',
};

/** A drive meeting in #meet with a few lines, left live as a crash would leave it. */
async function crashedMeeting() {
  const library = memoryLibrary();
  const h = meetingsHarness(dir, library);
  h.channels.join('#meet', 'chair');
  const { id } = value(await h.service.start('#meet', 'Sync', 'drive'));
  h.hear('#meet', 'alice', '#info one');
  h.hear('#meet', 'bob', '#action bob to call alice');
  const before = value(h.service.get('#meet'))!;
  h.meetings.close();
  return { library, id, before, lastAt: h.clock.now() };
}

describe('resuming a meeting that was live when Gavel stopped', () => {
  it('replays the journal, restores the transcript, rejoins, and marks the time away', async () => {
    const { library, id, before, lastAt } = await crashedMeeting();
    const h = meetingsHarness(dir, library);
    h.clock.advance(60_000);
    h.meetings.resume(last);
    const restored = h.channels.transcript.since('#meet', 0);
    expect(restored.lines.map((l) => [l.seq, l.nick, l.text])).toEqual([
      [1, 'chair', '#startmeeting Sync'],
      [2, 'alice', '#info one'],
      [3, 'bob', '#action bob to call alice'],
    ]);
    expect(h.channels.connects).toEqual([{ ...last, channels: ['#meet'] }]);
    expect(h.channels.keptAlive.get('#meet')).toBe(true);
    const resumed = value(h.service.get('#meet'))!;
    expect(resumed).toMatchObject({
      id,
      status: 'live',
      topics: before.topics,
      actions: before.actions,
    });
    expect(resumed.gaps).toEqual([{ from: lastAt, to: null }]);

    h.channels.join('#meet', 'chair');
    h.service.onStatus(h.status('joined', '#meet'));
    h.hear('#meet', 'alice', '#info two');
    const back = value(h.service.get('#meet'))!;
    expect(back.gaps).toEqual([{ from: lastAt, to: T0 + 60_000 }]);
    const note = h.channels.transcript.since('#meet', 3).lines[0];
    expect(note).toMatchObject({
      kind: 'gap',
      local: true,
      text: 'Gavel was not connected from 14:00:02 to 14:01:00 UTC; lines said then are not in this record.',
    });
    expect(back.topics[0]?.items.map((i) => [i.text, i.seq])).toEqual([
      ['one', 2],
      ['bob to call alice', 3],
      ['two', 5],
    ]);
    h.meetings.close();
    const records = readJournal<MeetingRecord>(journalPath(dir, id)).records;
    expect(records.map((r) => r.i)).toEqual(records.map((_, n) => n + 1));
  });

  it('tolerates a torn last line, and waits for a connection when none was saved', async () => {
    const { library, id } = await crashedMeeting();
    appendFileSync(journalPath(dir, id), '{"i":99,"at":1,"t":"line","line":{"at":1,"ti');
    const h = meetingsHarness(dir, library);
    h.meetings.resume(null);
    expect(h.channels.connects).toEqual([]);
    expect(h.logs).toContain(
      'info: The meeting in #meet resumes once Gavel is connected to it again.',
    );
    expect(value(h.service.get('#meet'))).toMatchObject({ id, status: 'live' });
  });

  it('closes the index entry of a meeting whose journal is gone or already ended', async () => {
    const { library, id } = await crashedMeeting();
    writeFileSync(journalPath(dir, id), 'not a journal\n');
    const h = meetingsHarness(dir, library);
    h.meetings.resume(last);
    expect(h.service.liveMeetings()).toEqual([]);
    expect(h.logs.some((l) => l.startsWith(`warn: Meeting ${id} could not be resumed:`))).toBe(
      true,
    );
    expect(library.get('meetings')).toEqual([
      expect.objectContaining({ id, status: 'ended', endedAt: expect.any(Number) }),
    ]);
    expect(h.channels.connects).toEqual([]);
  });
});
