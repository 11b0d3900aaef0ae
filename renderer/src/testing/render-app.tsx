import { render, type RenderResult } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import { onTestFinished } from 'vitest';
import { App } from '../app/App';
import { AppProvider } from '../app/AppContext';
import { createFakeBridge, type FakeBridge, type FakeState } from './fake-bridge';
import type { HostLink } from '../bridge/host-link';
import type { Recording } from './recording-bridge';
import type { GavelBridge } from '../../../shared/ipc/bridge';
import { createActions } from '../state/actions';
import { startSync, type Sync } from '../state/ipc-sync';
import { createAppStore, type AppStore } from '../state/store';

/** A rendered window wired to a bridge, and the handles a test needs. */
export interface RenderedApp<B extends GavelBridge = GavelBridge & Recording> {
  bridge: B;
  store: AppStore;
  sync: Sync;
  user: UserEvent;
  view: RenderResult;
}

/**
 * Renders the whole window over the thin fake bridge starting from `init` (and `link`, for the
 * browser host's case), after the start-up sync has settled, as `main.tsx` wires it. The sync
 * stops when the test ends. Meetings need the real core: `renderCore` in `render-core.tsx`.
 */
export async function renderApp(
  init: Partial<FakeState> = {},
  link: HostLink | null = null,
): Promise<RenderedApp<FakeBridge>> {
  return renderAppOver(createFakeBridge(init), link);
}

/**
 * Renders the whole window over any bridge (the real core's in-process bridge of
 * `electron/testing/core-bridge.ts`, or a fake), after the start-up sync has settled.
 */
export async function renderAppOver<B extends GavelBridge>(
  bridge: B,
  link: HostLink | null = null,
): Promise<RenderedApp<B>> {
  const store = createAppStore();
  const sync = startSync({ bridge, store, link });
  onTestFinished(() => sync.stop());
  const actions = createActions({ bridge, store, link, sync });
  await sync.ready;
  const view = render(
    <AppProvider services={{ store, actions }}>
      <App />
    </AppProvider>,
  );
  return { bridge, store, sync, user: userEvent.setup(), view };
}
