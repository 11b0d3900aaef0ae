import { describe, expect, it } from 'vitest';
import { importMeeting, sopelLog, WEEKLY } from '../features/history/test-meetings';
import { createFakeBridge } from './fake-bridge';

async function withWeekly() {
  const bridge = createFakeBridge();
  const changes: string[] = [];
  bridge.on('history:changed', ({ meetingId }) => changes.push(meetingId));
  const id = await importMeeting(bridge, sopelLog(WEEKLY));
  return { bridge, id, changes };
}

const value = <T>(result: { ok: true; value: T } | { ok: false; error: { message: string } }) => {
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
};

describe('the fake library', () => {
  it('folds an imported log as the core does: topics, items and actions point at their lines', async () => {
    const { bridge, id } = await withWeekly();
    const opened = value(await bridge.invoke('history:open', { meetingId: id }));
    expect(opened).toMatchObject({
      readOnly: true,
      source: 'imported',
      lineCount: 12,
      lastSeq: 12,
    });
    expect(opened.format).toBe('sopel-chanlogs');
    expect(opened.view.topics.map((t) => [t.title, t.seq])).toEqual([
      ['Budget', 2],
      ['Release', 6],
      ['Any other business', 10],
    ]);
    expect(opened.view.topics[0]!.items).toMatchObject([{ type: 'agreed', seq: 5 }]);
    expect(opened.view.actions).toMatchObject([{ owners: ['bob'], seq: 8, done: false }]);
    const [entry] = value(await bridge.invoke('history:list', {}));
    expect(entry).toMatchObject({
      source: 'imported',
      durationMin: 15,
      actions: 1,
      openActions: 1,
    });
    const page = value(
      await bridge.invoke('history:lines', { meetingId: id, afterSeq: 10, limit: 1 }),
    );
    expect(page.lines.map((l) => l.seq)).toEqual([11]);
    expect(page.more).toBe(true);
  });

  it('asks for the day of a log whose times do not say it', async () => {
    const bridge = createFakeBridge();
    const text = '13:00:44 <alice> #startmeeting\n13:01:00 <alice> hello\n';
    const begun = value(await bridge.invoke('import:begin', { name: 'a.log', size: text.length }));
    await bridge.invoke('import:chunk', { importId: begun.importId, index: 0, data: btoa(text) });
    const outcome = value(await bridge.invoke('import:finish', { importId: begun.importId }));
    expect(outcome).toMatchObject({ status: 'needs-input', needsDate: true, lines: 2 });
    const again = value(
      await bridge.invoke('import:finish', {
        importId: begun.importId,
        date: '2024-05-01',
        channel: '#a',
      }),
    );
    expect(again.status).toBe('imported');
  });

  it('marks a topic and an action after the fact, and takes them back', async () => {
    const { bridge, id, changes } = await withWeekly();
    const topic = value(
      await bridge.invoke('meeting:mark', { meetingId: id, seq: 3, as: 'topic', text: 'Pizza' }),
    );
    expect(topic.topics.map((t) => t.title)).toEqual([
      'Budget',
      'Pizza',
      'Release',
      'Any other business',
    ]);
    const action = value(
      await bridge.invoke('meeting:mark', { meetingId: id, seq: 9, as: 'action' }),
    );
    expect(action.actions.map((a) => a.text)).toEqual([
      'bob to tag the release',
      'docs need an update',
    ]);
    expect(changes).toEqual([id, id, id]);
    const opened = value(await bridge.invoke('history:open', { meetingId: id }));
    expect(opened.marks.map((m) => [m.seq, m.as, m.text])).toEqual([
      [3, 'topic', 'Pizza'],
      [9, 'action', 'docs need an update'],
    ]);
    const again = await bridge.invoke('meeting:mark', { meetingId: id, seq: 3, as: 'topic' });
    expect(again).toMatchObject({ ok: false, error: { code: 'already-marked' } });
    const back = value(await bridge.invoke('meeting:unmark', { meetingId: id, seq: 3 }));
    expect(back.topics.map((t) => t.title)).toEqual(['Budget', 'Release', 'Any other business']);
    const none = await bridge.invoke('meeting:unmark', { meetingId: id, seq: 3 });
    expect(none).toMatchObject({ ok: false, error: { code: 'no-such-mark' } });
  });

  it('refuses marks outside the meeting and on lines nobody said', async () => {
    const bridge = createFakeBridge();
    const id = await importMeeting(
      bridge,
      sopelLog([
        [0, 'bob', 'early chatter'],
        [1, 'alice', '#startmeeting'],
        [2, 'alice', 'hello'],
      ]),
    );
    const outside = await bridge.invoke('meeting:mark', { meetingId: id, seq: 1, as: 'info' });
    expect(outside).toMatchObject({ ok: false, error: { code: 'outside-meeting' } });
    const missing = await bridge.invoke('meeting:mark', { meetingId: id, seq: 99, as: 'info' });
    expect(missing).toMatchObject({ ok: false, error: { code: 'no-such-line' } });
  });

  it('updates an action of an ended meeting and lists it as done', async () => {
    const { bridge, id, changes } = await withWeekly();
    const opened = value(await bridge.invoke('history:open', { meetingId: id }));
    const actionId = opened.view.actions[0]!.id;
    const view = value(
      await bridge.invoke('actions:update', { meetingId: id, actionId, done: true }),
    );
    expect(view.actions[0]!.done).toBe(true);
    expect(changes).toEqual([id, id]);
    const [entry] = value(await bridge.invoke('history:list', {}));
    expect(entry!.openActions).toBe(0);
    const gone = await bridge.invoke('actions:update', {
      meetingId: id,
      actionId: 'nope',
      done: true,
    });
    expect(gone).toMatchObject({ ok: false, error: { code: 'no-such-action' } });
  });

  it('lists one channel’s meetings, newest first', async () => {
    const bridge = createFakeBridge();
    const a = await importMeeting(bridge, sopelLog(WEEKLY), '#meet');
    const b = await importMeeting(bridge, sopelLog(WEEKLY, Date.UTC(2024, 5, 1)), '#other');
    const c = await importMeeting(bridge, sopelLog(WEEKLY, Date.UTC(2024, 6, 1)), '#meet');
    expect(value(await bridge.invoke('history:list', {})).map((e) => e.id)).toEqual([c, b, a]);
    const meet = value(await bridge.invoke('history:list', { channel: '#MEET' }));
    expect(meet.map((e) => e.id)).toEqual([c, a]);
  });
});
