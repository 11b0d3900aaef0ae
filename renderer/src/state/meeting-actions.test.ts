import { describe, expect, it } from 'vitest';
import { createFakeBridge } from '../testing/fake-bridge';
import { agendaNode, agendaOf, meetingView } from '../testing/meeting-fixtures';
import { createTestCore } from '../testing/render-core';
import { createMeetingActions } from './meeting-actions';
import { createAppStore } from './store';

/** The meeting actions over the real core, joined to `#meet`. */
async function setup() {
  const bridge = await createTestCore();
  const store = createAppStore();
  const status = await bridge.invoke('irc:getStatus', {});
  if (status.ok) store.getState().applyStatus(status.value, true);
  const actions = createMeetingActions(bridge, store);
  return { bridge, store, actions };
}

describe('meeting actions', () => {
  it('start the meeting in the connection’s channel and keep the answer', async () => {
    const { bridge, store, actions } = await setup();
    const result = await actions.startMeeting('weekly', 'quiet');
    expect(result.ok).toBe(true);
    expect(bridge.callsTo('meeting:start')).toEqual([
      { channel: '#meet', title: 'weekly', mode: 'quiet' },
    ]);
    expect(store.getState().meeting?.status).toBe('live');
    expect(store.getState().preferredMode).toBe('quiet');
  });

  it('act on a practice replay’s channel while one runs', async () => {
    const { bridge, store, actions } = await setup();
    const practice = {
      channel: 'practice:#practice-1',
      meetingId: 'p1',
      speed: 5,
      status: 'running' as const,
      position: 0,
      total: 10,
    };
    store.getState().setPractice(practice);
    await actions.startMeeting('rehearsal', 'quiet');
    store.getState().setPractice({ ...practice, status: 'stopped' });
    await actions.startMeeting('real', 'drive');
    expect(bridge.callsTo('meeting:start').map((r) => r.channel)).toEqual([
      'practice:#practice-1',
      '#meet',
    ]);
  });

  it('show a refusal as the notice, and clear it on the next success', async () => {
    const { store, actions } = await setup();
    const refused = await actions.command({ type: 'info', text: 'x' });
    expect(refused).toMatchObject({ ok: false, error: { code: 'no-meeting' } });
    expect(store.getState().notice).toMatchObject({
      tone: 'error',
      message: 'No meeting is under way in this channel.',
      code: 'no-meeting',
    });
    await actions.startMeeting('', 'drive');
    await actions.command({ type: 'info', text: 'x' });
    expect(store.getState().notice).toBeNull();
  });

  it('need a channel', async () => {
    const bridge = createFakeBridge();
    const store = createAppStore();
    const actions = createMeetingActions(bridge, store);
    expect(await actions.saveAgenda([])).toMatchObject({
      ok: false,
      error: { code: 'no-channel' },
    });
    expect(bridge.calls).toHaveLength(0);
  });

  it('show an agenda change at once, and put it back when the core refuses it', async () => {
    const { bridge, store, actions } = await setup();
    store.getState().setAgenda(agendaOf([agendaNode('a', 'Intro')]));
    let release: () => void = () => {};
    bridge.handle(
      'agenda:set',
      () =>
        new Promise((resolve) => {
          release = () => resolve({ ok: false, error: { code: 'io', message: 'Could not save.' } });
        }),
    );
    const pending = actions.saveAgenda([agendaNode('b', 'New')]);
    expect(store.getState().agenda?.items[0]?.title).toBe('New');
    release();
    await pending;
    expect(store.getState().agenda?.items[0]?.title).toBe('Intro');
    expect(store.getState().notice?.message).toBe('Could not save.');
  });

  it('update an action of the meeting on show, even one just ended', async () => {
    const { bridge, store, actions } = await setup();
    store.getState().setMeeting(meetingView({ id: 'm9', status: 'ended' }));
    await actions.updateAction('a1', { done: true });
    expect(bridge.callsTo('actions:update')).toEqual([
      { meetingId: 'm9', actionId: 'a1', done: true },
    ]);
  });
});
