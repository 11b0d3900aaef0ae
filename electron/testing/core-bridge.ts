import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { GavelBridge } from '../../shared/ipc/bridge';
import type { EventChannel, InvokeChannel } from '../../shared/ipc/channels';
import { createDispatcher } from '../../shared/ipc/dispatch';
import type { Result } from '../../shared/ipc/result';
import type { AgendaNode, MeetingMode, MeetingView } from '../../shared/ipc/meeting-schemas';
import type { Settings } from '../../shared/ipc/schemas';
import { systemClock, type Clock } from '../core/clock';
import { createCore } from '../core/create-core';
import { memoryLibrary } from '../core/store/library';
import { MemorySecretStore } from '../core/store/secrets';
import type { Core, SettingsBackend } from '../core/types';
import { FakeServer, scriptedReplies } from './fake-transport';

/** Settings kept in memory, starting from the defaults. */
export function memorySettings(init: Partial<Settings> = {}): SettingsBackend {
  const values: Record<string, unknown> = { lastConnection: null, theme: 'system', ...init };
  return { get: (key) => values[key] as never, set: (key, value) => void (values[key] = value) };
}

/** The real core behind a {@link GavelBridge}, with the handles a test needs. */
export interface CoreBridge extends GavelBridge {
  core: Core;
  /** The far end of the core's IRC connection: what Gavel wrote, and a way to make people talk. */
  server: FakeServer;
  dataDir: string;
  /** Connects as `nick` to `channel` on the fake server; resolves once joined. */
  join(channel?: string, nick?: string): Promise<void>;
  /** `nick` says `text` in `channel`, as the server would deliver it. */
  hear(nick: string, text: string, channel?: string): void;
  /** Starts a meeting in `channel` (joined first); resolves to its view, or throws why not. */
  startMeeting(options?: {
    channel?: string;
    title?: string;
    mode?: MeetingMode;
  }): Promise<MeetingView>;
  /**
   * The meeting of `channel` once `test` holds for it (the core has taken in what it was told),
   * polled for at most 5 s; throws with the last view seen otherwise.
   */
  meetingWhen(test: (view: MeetingView) => boolean, channel?: string): Promise<MeetingView>;
  /** The agenda of `channel` as the core keeps it. */
  agenda(channel?: string): Promise<AgendaNode[]>;
  /** Moves the core's own clock on by `ms` at once (its timers still run in real time). */
  skip(ms: number): void;
  /** Closes the core and removes its data folder. */
  close(): Promise<void>;
}

/**
 * The real core in this process, as the window sees it: `createCore` over a temporary data
 * folder, settings, library and secrets in memory, an in-memory IRC transport, and the shells'
 * dispatcher (requests validated as the preload's and the browser host's are). Only what a
 * real core cannot produce on demand (a time-out, a failure) still needs a fake.
 */
export function createCoreBridge(
  options: { clock?: Clock; startAt?: number; settings?: Partial<Settings> } = {},
): CoreBridge {
  const dataDir = mkdtempSync(join(tmpdir(), 'gavel-core-bridge-'));
  const clock = clockFrom(options.startAt ?? Date.now());
  const server = new FakeServer();
  server.reply = scriptedReplies();
  const core = createCore(
    {
      shell: 'browser',
      version: '0.0.0-test',
      settings: memorySettings(options.settings),
      dataDir,
      library: memoryLibrary(),
      secrets: new MemorySecretStore(),
      log: () => {},
    },
    {
      clock: options.clock ?? clock,
      transport: server.Transport,
    },
  );
  const dispatch = createDispatcher(core.handlers);
  const listeners = new Map<EventChannel, Set<(payload: never) => void>>();
  core.subscribe((event, payload) => {
    for (const listener of [...(listeners.get(event) ?? [])]) listener(payload as never);
  });
  const invoke = (channel: InvokeChannel, req: unknown): Promise<Result<unknown>> =>
    dispatch(channel, req);
  return {
    core,
    server,
    dataDir,
    invoke: invoke as GavelBridge['invoke'],
    on(event, listener) {
      const set = listeners.get(event) ?? new Set();
      listeners.set(event, set);
      set.add(listener as (payload: never) => void);
      return () => set.delete(listener as (payload: never) => void);
    },
    async join(channel = '#meet', nick = 'chair') {
      const joined = await dispatch('irc:connect', {
        server: 'irc.test',
        port: 6667,
        tls: false,
        nick,
        channel,
      });
      if (!joined.ok) throw new Error(`could not join ${channel}: ${joined.error.message}`);
    },
    hear(nick, text, channel = '#meet') {
      server.feed(`:${nick}!${nick}@test PRIVMSG ${channel} :${text}`);
    },
    async startMeeting({ channel = '#meet', title = 'weekly', mode = 'quiet' } = {}) {
      const started = await dispatch('meeting:start', { channel, title, mode });
      if (!started.ok) throw new Error(`could not start a meeting: ${started.error.message}`);
      return started.value as MeetingView;
    },
    async meetingWhen(test, channel = '#meet') {
      let last: MeetingView | null = null;
      for (let tries = 0; tries < 250; tries++) {
        const got = await dispatch('meeting:get', { channel });
        last = got.ok ? (got.value as MeetingView | null) : null;
        if (last && test(last)) return last;
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      throw new Error(`the meeting never came to the state asked for: ${JSON.stringify(last)}`);
    },
    async agenda(channel = '#meet') {
      const got = await dispatch('agenda:get', { channel });
      if (!got.ok) throw new Error(`could not read the agenda: ${got.error.message}`);
      return (got.value as { items: AgendaNode[] }).items;
    },
    skip: (ms) => clock.skip(ms),
    async close() {
      await core.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/**
 * The system's timers, with the time starting at `start` (epoch ms) and running from there;
 * `skip(ms)` moves it on at once.
 */
export function clockFrom(start: number): Clock & { skip(ms: number): void } {
  let offset = start - Date.now();
  return {
    ...systemClock,
    now: () => Date.now() + offset,
    skip: (ms) => void (offset += ms),
  };
}
