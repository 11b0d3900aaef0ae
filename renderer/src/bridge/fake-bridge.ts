import type { GavelBridge } from '../../../shared/ipc/bridge';
import type { EventChannel, InvokeChannel } from '../../../shared/ipc/channels';
import { fail, ok, type Result } from '../../../shared/ipc/result';
import type { ConnectionStatus, Payload, Req, Res, Settings } from '../../../shared/ipc/schemas';
import type { TranscriptLine } from '../../../shared/domain/line';
import { fakeLibraryHandlers } from './fake-library';
import { fakeMeetingHandlers, type FakeMeetingState } from './fake-meetings';

type Handler<C extends InvokeChannel> = (req: Req<C>) => Result<Res<C>> | Promise<Result<Res<C>>>;

/** What the fake holds, open to tests for setting up and checking. */
export interface FakeState extends FakeMeetingState {
  status: ConnectionStatus;
  settings: Settings;
  lines: TranscriptLine[];
}

/** An in-memory GavelBridge for component tests: answers like a minimal core, and records calls. */
export interface FakeBridge extends GavelBridge {
  state: FakeState;
  /** Every call made, in order. */
  calls: { channel: InvokeChannel; req: unknown }[];
  /** Replaces how `channel` answers. */
  handle<C extends InvokeChannel>(channel: C, handler: Handler<C>): void;
  /** How `channel` answers now, to wrap it in a test. */
  handlerOf<C extends InvokeChannel>(channel: C): Handler<C>;
  /**
   * Pushes an event to the listeners, as the core does; a status, meeting or agenda event also
   * becomes the fake's own state.
   */
  emit<E extends EventChannel>(event: E, payload: Payload<E>): void;
  /** How many listeners `event` has. */
  listenerCount(event: EventChannel): number;
  /** Calls made on `channel`, with their requests. */
  callsTo<C extends InvokeChannel>(channel: C): Req<C>[];
}

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

/**
 * A fake bridge starting from `init` (idle, default settings, no lines, no meeting unless given).
 * Meetings run in quiet mode semantics: commands change the state and nothing is said.
 */
export function createFakeBridge(init: Partial<FakeState> = {}): FakeBridge {
  const state: FakeState = {
    status: init.status ?? IDLE_STATUS,
    settings: init.settings ?? { lastConnection: null, theme: 'system' },
    lines: init.lines ?? [],
    meeting: init.meeting ?? null,
    agendas: init.agendas ?? {},
    templates: init.templates ?? {},
    names: init.names ?? {},
    carried: init.carried ?? [],
  };
  const listeners = new Map<EventChannel, Set<(payload: never) => void>>();
  const calls: FakeBridge['calls'] = [];

  const emit = <E extends EventChannel>(event: E, payload: Payload<E>) => {
    if (event === 'irc:status') state.status = payload as ConnectionStatus;
    if (event === 'meeting:state') state.meeting = payload as Payload<'meeting:state'>;
    if (event === 'agenda:state') {
      const agenda = payload as Payload<'agenda:state'>;
      state.agendas[agenda.channel.toLowerCase()] = agenda;
    }
    for (const listener of [...(listeners.get(event) ?? [])])
      (listener as (p: Payload<E>) => void)(payload);
  };
  const setStatus = (status: ConnectionStatus) => {
    emit('irc:status', status);
    return ok(status);
  };

  const handlers: { [C in InvokeChannel]: Handler<C> } = {
    'app:info': () => ok({ name: 'Gavel', version: '0.0.0', shell: 'browser' }),
    'irc:getStatus': () => ok(state.status),
    'irc:connect': (req) =>
      setStatus({ ...req, state: 'connecting', error: null, since: state.status.since + 1 }),
    'irc:disconnect': () =>
      setStatus({
        ...state.status,
        state: 'disconnected',
        error: null,
        since: state.status.since + 1,
      }),
    'irc:say': ({ network }) =>
      network === 'practice' || state.status.state === 'joined'
        ? ok({ lines: 1 })
        : fail('not-joined', 'Join a channel first.'),
    'irc:join': ({ channel }) =>
      setStatus({
        ...state.status,
        channels: [...(state.status.channels ?? []), channel],
        since: state.status.since + 1,
      }),
    'irc:part': ({ channel }) =>
      setStatus({
        ...state.status,
        channels: (state.status.channels ?? []).filter((c) => c !== channel),
        since: state.status.since + 1,
      }),
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
    'settings:set': (req) => {
      state.settings = { ...state.settings, ...req };
      return ok(state.settings);
    },
    ...fakeMeetingHandlers({
      state,
      self: () => ({ nick: state.status.nick, joined: state.status.state === 'joined' }),
      emit,
      now: () => Date.now(),
    }),
    ...fakeLibraryHandlers({ meeting: () => state.meeting, emit, now: () => Date.now() }),
  };

  const invoke = async (channel: InvokeChannel, req: unknown): Promise<Result<unknown>> => {
    calls.push({ channel, req });
    return (handlers[channel] as (r: unknown) => Result<unknown> | Promise<Result<unknown>>)(req);
  };

  return {
    state,
    calls,
    invoke: invoke as GavelBridge['invoke'],
    on(event, listener) {
      const set = listeners.get(event) ?? new Set();
      listeners.set(event, set);
      set.add(listener as (payload: never) => void);
      return () => set.delete(listener as (payload: never) => void);
    },
    handle(channel, handler) {
      (handlers as Record<InvokeChannel, unknown>)[channel] = handler;
    },
    handlerOf: <C extends InvokeChannel>(channel: C) =>
      (handlers as Record<InvokeChannel, unknown>)[channel] as Handler<C>,
    emit,
    listenerCount: (event) => listeners.get(event)?.size ?? 0,
    callsTo: <C extends InvokeChannel>(channel: C) =>
      calls.filter((call) => call.channel === channel).map((call) => call.req as Req<C>),
  };
}
