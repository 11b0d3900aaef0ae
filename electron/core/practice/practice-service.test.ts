import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { afterMeetingHarness, value } from '../history/after-meeting-harness.fixture';
import { nextPracticeChannel } from './practice-channel';

let dir: string;
beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'gavel-practice-'))));
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('nextPracticeChannel', () => {
  it('gives each run a channel of its own', () => {
    expect(nextPracticeChannel([])).toBe('practice:#practice-1');
    expect(nextPracticeChannel(['#meet', 'practice:#practice-2', 'practice:#Practice-9'])).toBe(
      'practice:#practice-10',
    );
  });
});

describe('PracticeService', () => {
  it('replays the sample at 20× as a quiet meeting the chair drives, sending nothing', async () => {
    const h = afterMeetingHarness(dir);
    const { practice, view } = value(await h.services.practice.start({ sample: true }, 20));
    expect(view).toMatchObject({
      channel: 'practice:#practice-1',
      mode: 'quiet',
      status: 'live',
      startedBy: 'maren',
    });
    expect(practice).toMatchObject({ status: 'running', position: 0, speed: 20 });
    h.clock.advance(30_000);
    const chair = h.meetings.handlers.chair;
    value(
      await chair.command(practice.meetingId, { type: 'info', text: 'noted while practising' }),
    );
    h.clock.advance(10 * 60_000);
    const states = h.payloads('practice:state');
    expect(states.at(-1)).toMatchObject({ status: 'done', position: practice.total });
    expect(states.length).toBeGreaterThan(10);
    const done = value(h.meetings.service.get(view.channel))!;
    expect(done.status).toBe('ended');
    expect(done.topics.map((t) => t.title)).toEqual([
      "Last week's actions",
      'Release 2.3',
      'CI runners',
      'Translations',
      'Open floor',
    ]);
    expect(done.topics.map((t) => t.timebox)).toEqual([5, 5, 5, 2, 2]);
    expect(done.actions).toMatchObject([{ owners: ['priya', 'tomasz'] }]);
    expect(done.votes[0]).toMatchObject({
      question: 'Ship 2.3 on Friday?',
      tally: { yes: 4, no: 0, abstain: 1 },
    });
    expect(done.topics.flatMap((t) => t.items).map((i) => i.type)).toEqual(
      expect.arrayContaining(['info', 'link', 'idea', 'agreed', 'action']),
    );
    expect(
      done.topics.flatMap((t) => t.items).some((i) => i.text === 'noted while practising'),
    ).toBe(true);
    // At 20× a meeting of about 17 minutes takes well under a minute.
    expect(done.endedAt! - done.startedAt).toBeLessThan(60_000);
    expect(h.fake.sent).toEqual([]);
    expect(h.services.history.list(view.channel)[0]).toMatchObject({ source: 'practice' });
    const next = value(await h.services.practice.start({ sample: true }, 20));
    expect(next.view).toMatchObject({ channel: 'practice:#practice-2', actions: [] });
  });

  it('pauses, changes speed and stops, ending the practice meeting', async () => {
    const h = afterMeetingHarness(dir);
    const { practice } = value(await h.services.practice.start({ sample: true }, 1));
    h.clock.advance(20_000);
    const paused = value(h.services.practice.pause(true));
    expect(paused.status).toBe('paused');
    h.clock.advance(10 * 60_000);
    expect(value(h.services.practice.pause(false)).position).toBe(paused.position);
    expect(value(h.services.practice.setSpeed(5)).speed).toBe(5);
    const stopped = value(await h.services.practice.stop());
    expect(stopped.status).toBe('stopped');
    expect(h.meetings.service.liveById(practice.meetingId).ok).toBe(false);
    h.clock.advance(10 * 60_000);
    expect(value(h.services.practice.setSpeed(2)).position).toBe(stopped.position);
  });

  it('replays a recorded meeting, and ends a practice left live by an earlier run', async () => {
    const h = afterMeetingHarness(dir);
    const id = await h.recordMeeting('#meet', 'Weekly', [
      ['chair', '#topic Budget'],
      ['alice', 'we are within budget'],
    ]);
    const { practice, view } = value(await h.services.practice.start({ meetingId: id }, 10));
    expect(view.title).toBe('Weekly (practice)');
    h.clock.advance(5_000);
    expect(value(h.meetings.service.get(practice.channel))!.topics.map((t) => t.title)).toContain(
      'Budget',
    );
    h.close();
    const again = afterMeetingHarness(dir, { library: h.library });
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(again.meetings.service.liveById(practice.meetingId).ok).toBe(false);
    expect(again.services.practice.pause(true)).toMatchObject({
      ok: false,
      error: { code: 'no-practice' },
    });
    expect(await again.services.practice.start({ meetingId: 'nope' }, 2)).toMatchObject({
      ok: false,
      error: { code: 'no-such-meeting' },
    });
  });
});

describe('what the chair types into a practice', () => {
  it('is said there as the practising chair, /me as an action, marked as not sent', async () => {
    const h = afterMeetingHarness(dir);
    const { practice } = value(await h.services.practice.start({ sample: true }, 1));
    const room = h.seal.current!;
    expect(room.channel).toBe(practice.channel);
    expect(room.speak('#info typed in practice\n/me waves')).toEqual({
      ok: true,
      value: { lines: 2 },
    });
    const lines = h.meetings.service.get(practice.channel);
    expect(value(lines)!.topics.flatMap((t) => t.items)).toEqual([
      expect.objectContaining({ type: 'info', nick: 'maren', text: 'typed in practice' }),
    ]);
    const said = h.fake.transcript.since(practice.channel, 0).lines.slice(-2);
    expect(said).toMatchObject([
      { kind: 'message', nick: 'maren', self: true, local: true },
      { kind: 'action', nick: 'maren', text: 'waves', self: true, local: true },
    ]);
    expect(h.fake.sent).toEqual([]);
    expect(room.speak('  ')).toMatchObject({ ok: false, error: { code: 'empty' } });
    value(await h.services.practice.stop());
    expect(h.seal.current).toBeNull();
  });
});
