import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { afterMeetingHarness, value } from './after-meeting-harness.fixture';

let dir: string;
beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'gavel-history-'))));
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('HistoryService', () => {
  it('lists meetings newest first with duration, attendance and open actions', async () => {
    const h = afterMeetingHarness(dir);
    const first = await h.recordMeeting('#meet', 'One', [
      ['alice', '#action alice to book the room'],
      ['bob', '#action bob to order lunch'],
      ['bob', 'done'],
    ]);
    h.clock.advance(3 * 60_000);
    const second = await h.recordMeeting('#other', 'Two', [['carol', 'hello']]);
    h.fake.join('#meet', 'chair');
    const live = value(await h.meetings.service.start('#meet', 'Three', 'drive'));
    expect(h.services.history.list().map((e) => [e.id, e.status])).toEqual([
      [live.id, 'live'],
      [second, 'ended'],
      [first, 'ended'],
    ]);
    expect(h.services.history.list('#MEET').find((e) => e.id === first)).toEqual({
      id: first,
      channel: '#meet',
      title: 'One',
      status: 'ended',
      source: 'live',
      startedAt: expect.any(Number),
      endedAt: expect.any(Number),
      durationMin: 0,
      people: 3,
      actions: 2,
      openActions: 2,
      format: null,
    });
    expect(h.services.history.list('#meet').find((e) => e.id === live.id)).toMatchObject({
      durationMin: null,
      openActions: 2,
    });
  });

  it('sees a change made after the meeting', async () => {
    const h = afterMeetingHarness(dir);
    const id = await h.recordMeeting('#meet', 'One', [['alice', '#action alice to book the room']]);
    expect(h.services.history.list()[0]).toMatchObject({ openActions: 1 });
    const actionId = value(h.services.history.open(id)).view.actions[0]!.id;
    value(await h.meetings.handlers.chair.updateAction({ meetingId: id, actionId, done: true }));
    expect(h.services.history.list()[0]).toMatchObject({ openActions: 0 });
  });

  it('opens a recorded meeting with the channel’s agenda as it last saw it', async () => {
    const h = afterMeetingHarness(dir);
    const node = (id: string, title: string) => ({
      id,
      title,
      owners: [],
      timebox: 10,
      children: [],
    });
    value(
      await h.meetings.service.agendas.set('#meet', [node('a', 'Budget'), node('b', 'Travel')]),
    );
    const id = await h.recordMeeting('#meet', 'One', [['alice', 'hello']]);
    value(await h.meetings.service.agendas.set('#meet', [node('c', 'Next time')]));
    expect(value(h.services.history.open(id)).agenda.map((n) => n.title)).toEqual([
      'Budget',
      'Travel',
    ]);
    const bare = await h.recordMeeting('#other', 'Two', [['bob', 'hi']]);
    expect(value(h.services.history.open(bare)).agenda).toEqual([]);
  });

  it('opens a meeting read-only and pages through its transcript', async () => {
    const h = afterMeetingHarness(dir);
    const lines: [string, string][] = Array.from({ length: 9 }, (_, i) => [
      'alice',
      `line ${i + 1}`,
    ]);
    const id = await h.recordMeeting('#meet', 'One', lines);
    const opened = value(h.services.history.open(id));
    expect(opened).toMatchObject({
      readOnly: true,
      source: 'live',
      format: null,
      marks: [],
      lineCount: 11,
    });
    const seen: string[] = [];
    let after = 0;
    for (;;) {
      const page = value(h.services.history.lines(id, after, 4));
      seen.push(...page.lines.map((l) => l.text));
      if (!page.more) break;
      after = page.lines.at(-1)!.seq;
    }
    expect(seen).toEqual(['#startmeeting One', ...lines.map(([, text]) => text), '#endmeeting']);
    expect(value(h.services.history.lines(id, opened.lastSeq, 4))).toEqual({
      lines: [],
      more: false,
    });
    expect(h.services.history.open('nope')).toMatchObject({
      ok: false,
      error: { code: 'no-such-meeting' },
    });
  });
});
