import { onTestFinished } from 'vitest';
import type { Settings } from '../../../shared/ipc/schemas';
import type { MeetingMode } from '../../../shared/ipc/meeting-schemas';
import { createCoreBridge, type CoreBridge } from '../../../electron/testing/core-bridge';
import type { HostLink } from '../bridge/host-link';
import { recordCalls, type Recording } from './recording-bridge';
import { renderAppOver, type RenderedApp } from './render-app';

/** The real core in this process, its calls recorded and any answer replaceable. */
export type TestCore = CoreBridge & Recording;

/** How the core starts: where Gavel has joined, the settings, the clock, a meeting under way. */
export interface CoreSetup {
  /** The channel joined as `chair` before the window opens; `false` leaves Gavel idle. */
  join?: string | false;
  /** When the core's clock starts (epoch ms); it runs on in real time. */
  startAt?: number;
  settings?: Partial<Settings>;
  /** A meeting started in the joined channel before the window opens. */
  meeting?: { title?: string; mode?: MeetingMode };
}

/** The real core (see `electron/testing/core-bridge.ts`), closed when the test ends. */
export async function createTestCore(setup: CoreSetup = {}): Promise<TestCore> {
  const core = recordCalls(createCoreBridge({ startAt: setup.startAt, settings: setup.settings }));
  onTestFinished(() => core.close());
  const channel = setup.join ?? '#meet';
  if (channel !== false) await core.join(channel);
  if (channel !== false && setup.meeting) await core.startMeeting({ channel, ...setup.meeting });
  return core;
}

/**
 * The whole window over the real core set up as `setup` says, after the start-up sync has
 * settled. Gavel is joined to `#meet` as `chair` unless `join` says otherwise.
 */
export async function renderCore(
  setup: CoreSetup = {},
  link: HostLink | null = null,
): Promise<RenderedApp<TestCore>> {
  return renderAppOver(await createTestCore(setup), link);
}
