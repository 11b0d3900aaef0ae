import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { meetingsHarness } from '../testing/harness.fixture';
import { StructureMarks } from './structure-marks';

let dir: string;
beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'gavel-after-'))));
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const value = <T>(
  result: { ok: true; value: T } | { ok: false; error: { message: string } },
): T => {
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
};

/** A meeting in #meet, chaired by `chair`, with a few lines said, then ended. */
async function endedMeeting(h = meetingsHarness(dir)) {
  h.channels.join('#meet', 'chair');
  const { id } = value(await h.service.start('#meet', 'Weekly', 'drive'));
  h.hear('#meet', 'alice', 'we should move the CI to the new runners');
  h.hear('#meet', 'bob', 'agreed, the old ones are flaky');
  h.hear('#meet', 'alice', '#action alice to book the runners');
  h.hear('#meet', 'bob', 'see https://example.org/runners for prices');
  value(await h.service.end(id));
  const seqOf = (text: string) =>
    value(h.service.fold(id)).lines.find((l) => l.line.text.startsWith(text))!.line.seq;
  return { h, id, seqOf, marks: new StructureMarks(h.meetings.editor) };
}

describe('actions after the meeting', () => {
  it('journals a change on an ended meeting and the next meeting carries the ledger as it stands', async () => {
    const { h, id } = await endedMeeting();
    const [action] = value(h.service.get('#meet'))!.actions;
    const done = value(
      await h.meetings.handlers.chair.updateAction({
        meetingId: id,
        actionId: action!.id,
        done: true,
      }),
    );
    expect(done.status).toBe('ended');
    expect(done.actions[0]).toMatchObject({ done: true });
    const next = value(await h.service.start('#meet', 'Next', 'drive'));
    expect(next.actions).toEqual([]);
  });

  it('passes a late change on to a later meeting that already carried the action', async () => {
    const { h, id } = await endedMeeting();
    const [action] = value(h.service.get('#meet'))!.actions;
    const second = value(await h.service.start('#meet', 'Second', 'drive'));
    expect(second.actions[0]).toMatchObject({ id: `c-${id}-${action!.id}`, done: false });
    value(await h.service.end(second.id));
    value(
      await h.meetings.handlers.chair.updateAction({
        meetingId: id,
        actionId: action!.id,
        owners: ['bob'],
        done: true,
      }),
    );
    expect(value(h.service.get('#meet'))!.actions[0]).toMatchObject({
      owners: ['bob'],
      done: true,
    });
    const third = value(await h.service.start('#meet', 'Third', 'drive'));
    expect(third.actions).toEqual([]);
  });

  it('keeps the change across a restart', async () => {
    const { h, id } = await endedMeeting();
    const [action] = value(h.service.get('#meet'))!.actions;
    value(
      await h.meetings.handlers.chair.updateAction({
        meetingId: id,
        actionId: action!.id,
        due: '2030-01-02',
      }),
    );
    h.meetings.close();
    const again = meetingsHarness(dir, h.library);
    expect(value(again.service.fold(id)).edits.get(action!.id)).toEqual({ due: '2030-01-02' });
  });
});

describe('structure marks', () => {
  it('starts a topic and takes a line as an item, on an ended meeting, across a restart', async () => {
    const { h, id, seqOf, marks } = await endedMeeting();
    const ciSeq = seqOf('we should move');
    const agreedSeq = seqOf('agreed, the old');
    value(await marks.mark({ meetingId: id, seq: ciSeq, as: 'topic', text: 'CI runners' }));
    const view = value(await marks.mark({ meetingId: id, seq: agreedSeq, as: 'agreed' }));
    const topic = view.topics.find((t) => t.title === 'CI runners')!;
    expect(topic.seq).toBe(ciSeq);
    expect(topic.items[0]).toMatchObject({
      type: 'agreed',
      text: 'agreed, the old ones are flaky',
      nick: 'chair',
      seq: agreedSeq,
    });
    expect(topic.items.map((i) => i.type)).toEqual(['agreed', 'action']);
    h.meetings.close();
    const again = meetingsHarness(dir, h.library);
    const fold = value(again.service.fold(id));
    expect(fold.marks.map((m) => m.as)).toEqual(['topic', 'agreed']);
    expect(again.meetings.editor.view(id, fold).topics.map((t) => t.title)).toContain('CI runners');
  });

  it('takes a line’s words without its command, and refuses what cannot be marked', async () => {
    const { id, seqOf, marks } = await endedMeeting();
    const actionSeq = seqOf('#action');
    const info = value(await marks.mark({ meetingId: id, seq: actionSeq, as: 'info' }));
    expect(info.topics.flatMap((t) => t.items).find((i) => i.type === 'info')).toMatchObject({
      text: 'alice to book the runners',
      nick: 'alice',
    });
    expect(await marks.mark({ meetingId: id, seq: actionSeq, as: 'action' })).toMatchObject({
      ok: false,
      error: { code: 'already-marked' },
    });
    expect(await marks.mark({ meetingId: id, seq: 9999, as: 'info' })).toMatchObject({
      ok: false,
      error: { code: 'no-such-line' },
    });
    const start = seqOf('#startmeeting');
    expect(await marks.mark({ meetingId: id, seq: start, as: 'info' })).toMatchObject({
      ok: false,
      error: { code: 'outside-meeting' },
    });
  });

  it('takes a mark back', async () => {
    const { id, seqOf, marks } = await endedMeeting();
    const seq = seqOf('agreed, the old');
    value(await marks.mark({ meetingId: id, seq, as: 'topic' }));
    const back = value(await marks.unmark(id, seq));
    expect(back.topics.map((t) => t.title)).not.toContain('agreed, the old ones are flaky');
    expect(await marks.unmark(id, seq)).toMatchObject({
      ok: false,
      error: { code: 'no-such-mark' },
    });
  });

  it('marks a live meeting through its journal as it goes', async () => {
    const h = meetingsHarness(dir);
    h.channels.join('#live', 'chair');
    const { id } = value(await h.service.start('#live', '', 'drive'));
    h.hear('#live', 'alice', 'let us release on friday');
    const seq = value(h.service.fold(id)).lines.at(-1)!.line.seq;
    const view = value(
      await new StructureMarks(h.meetings.editor).mark({ meetingId: id, seq, as: 'agreed' }),
    );
    expect(view.status).toBe('live');
    expect(view.topics[0]!.items).toMatchObject([
      { type: 'agreed', text: 'let us release on friday' },
    ]);
  });
});
