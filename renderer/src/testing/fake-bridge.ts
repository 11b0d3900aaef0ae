import type { GavelBridge } from '../../../shared/ipc/bridge';
import type { EventChannel, InvokeChannel } from '../../../shared/ipc/channels';
import type { TranscriptLine } from '../../../shared/domain/line';
import type { Agenda, MeetingView } from '../../../shared/ipc/meeting-schemas';
import { fail, ok, type Result } from '../../../shared/ipc/result';
import type { ConnectionStatus, Payload, Settings } from '../../../shared/ipc/schemas';
import { recordCalls, type Handler, type Recording } from './recording-bridge';

/** What the fake holds: what a core would last have said, open to tests. */
export interface FakeState {
  status: ConnectionStatus;
  settings: Settings;
  lines: TranscriptLine[];
  /** The last `meeting:state` pushed, which `meeting:get` answers. */
  meeting: MeetingView | null;
  /** The last `agenda:state` pushed per channel (as the core names it), which `agenda:get` answers. */
  agendas: Record<string, Agenda>;
}

/**
 * A bridge with no core behind it, for the window's plumbing (the sync, time-outs, the browser
 * host's link) and for states a real core cannot be put in on demand: it answers the status,
 * the settings and the transcript from {@link FakeState}, `meeting:get` and `agenda:get` with
 * the last state pushed, and every other channel with `not-faked` unless a test `handle`s it.
 * It knows no meeting rules: tests of meetings render over the real core (`render-core.tsx`).
 */
export type FakeBridge = GavelBridge & Recording & { state: FakeState };

/** The status of a core that has never connected. */
export const IDLE_STATUS: ConnectionStatus = {
  state: 'idle',
  server: null,
  port: null,
  tls: false,
  nick: null,
  channel: null,
  error: null,
  since: 0,
};

/** A transcript line with test defaults: a message by `alice` in `#meet`. */
export function transcriptLine(seq: number, fields: Partial<TranscriptLine> = {}): TranscriptLine {
  return {
    seq,
    channel: '#meet',
    at: null,
    time: '12:00:00',
    kind: 'message',
    nick: 'alice',
    text: `line ${seq}`,
    self: false,
    ...fields,
  };
}

/** A fake bridge starting from `init`: idle, default settings, no lines, no meeting. */
export function createFakeBridge(init: Partial<FakeState> = {}): FakeBridge {
  const state: FakeState = {
    status: IDLE_STATUS,
    settings: { lastConnection: null, theme: 'system' },
    lines: [],
    meeting: null,
    agendas: {},
    ...init,
  };
  const listeners = new Map<EventChannel, Set<(payload: never) => void>>();
  const setStatus = (status: ConnectionStatus) => {
    recording.emit('irc:status', status);
    return ok(status);
  };
  const answers: { [C in InvokeChannel]?: Handler<C> } = {
    'app:info': () => ok({ name: 'Gavel', version: '0.0.0', shell: 'browser' }),
    'irc:getStatus': () => ok(state.status),
    'irc:connect': (req) =>
      setStatus({ ...req, state: 'connecting', error: null, since: state.status.since + 1 }),
    'irc:disconnect': () =>
      setStatus({ ...state.status, state: 'disconnected', since: state.status.since + 1 }),
    'irc:networks': () => ok([state.status]),
    'transcript:since': ({ channel, afterSeq }) => {
      const mine = state.lines.filter((line) => line.channel === channel);
      const lastSeq = mine.reduce((max, line) => Math.max(max, line.seq), 0);
      return ok({ channel, lines: mine.filter((line) => line.seq > afterSeq), lastSeq });
    },
    'transcript:before': ({ channel, beforeSeq, limit }) => {
      const mine = state.lines.filter((line) => line.channel === channel && line.seq < beforeSeq);
      return ok({ channel, lines: mine.slice(-limit) });
    },
    'settings:get': () => ok(state.settings),
    'settings:set': (req) => ok((state.settings = { ...state.settings, ...req })),
    'meeting:get': () => ok(state.meeting),
    'agenda:get': ({ channel }) =>
      ok(state.agendas[channel] ?? { channel, items: [], currentId: null, doneIds: [] }),
  };
  const inner: GavelBridge = {
    invoke: (async (channel: InvokeChannel, req: never): Promise<Result<unknown>> => {
      const answer = answers[channel] as Handler<InvokeChannel> | undefined;
      return answer
        ? answer(req)
        : fail('not-faked', `The fake bridge does not answer ${channel}; a test handles it.`);
    }) as GavelBridge['invoke'],
    on: (event, listener) => {
      const set = listeners.get(event) ?? new Set();
      listeners.set(event, set);
      set.add(listener as (payload: never) => void);
      return () => set.delete(listener as (payload: never) => void);
    },
  };
  const recording = recordCalls(inner);
  const emit = recording.emit;
  return Object.assign(recording, {
    state,
    emit<E extends EventChannel>(event: E, payload: Payload<E>) {
      if (event === 'irc:status') state.status = payload as ConnectionStatus;
      if (event === 'meeting:state') state.meeting = payload as MeetingView;
      if (event === 'agenda:state') {
        const agenda = payload as Agenda;
        state.agendas[agenda.channel] = agenda;
      }
      emit(event, payload);
    },
  });
}
