import type { GavelBridge } from '../../../shared/ipc/bridge';
import type { InvokeChannel } from '../../../shared/ipc/channels';
import { fail, type Result } from '../../../shared/ipc/result';

// Every call is answered by a process on this machine, so 10 s means something is stuck. Connecting
// waits for the IRC server, which the core bounds itself (DNS, TCP, TLS, registration), so allow more.
// Some calls wait on the chair or on real work rather than on a quick answer.
const DEFAULT_TIMEOUT_MS = 10_000;
const LONGER: Partial<Record<InvokeChannel, number>> = {
  'irc:connect': 45_000,
  // A native folder dialog stays open while the chair picks a folder.
  'export:save': 30 * 60_000,
  // Reading a 64 MiB log, or building the search index over every meeting on first use.
  'import:finish': 5 * 60_000,
  'search:query': 2 * 60_000,
  'export:render': 60_000,
  'export:email': 60_000,
  'import:chunk': 60_000,
  'history:open': 60_000,
  'practice:start': 60_000,
};

/** How long the window waits for the answer to a call on `channel`, in milliseconds. */
export function timeoutFor(channel: InvokeChannel): number {
  return LONGER[channel] ?? DEFAULT_TIMEOUT_MS;
}

/** The result a call resolves to when its answer does not come in time. */
export function timeoutResult<T>(channel: InvokeChannel): Result<T> {
  return fail('timeout', `Gavel did not answer in time (${channel}). Try again.`);
}

/**
 * Wraps a bridge so that no call waits forever: a call without an answer within `timeoutFor`
 * resolves to a `timeout` result. Events pass through untouched.
 */
export function withCallTimeouts(
  bridge: GavelBridge,
  limit: (channel: InvokeChannel) => number = timeoutFor,
): GavelBridge {
  return {
    invoke(channel, req) {
      return new Promise((resolve) => {
        const timer = setTimeout(() => resolve(timeoutResult(channel)), limit(channel));
        bridge.invoke(channel, req).then(
          (result) => {
            clearTimeout(timer);
            resolve(result);
          },
          () => {
            clearTimeout(timer);
            resolve(fail('internal', 'Gavel could not handle that request.'));
          },
        );
      });
    },
    on: (event, listener) => bridge.on(event, listener),
  };
}
