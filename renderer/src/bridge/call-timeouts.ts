import type { GavelBridge } from '../../../shared/ipc/bridge';
import type { InvokeChannel } from '../../../shared/ipc/channels';
import { fail, type Result } from '../../../shared/ipc/result';

// Every call is answered by a process on this machine, so 10 s means something is stuck. Connecting
// waits for the IRC server, which the core bounds itself (DNS, TCP, TLS, registration), so allow more.
const DEFAULT_TIMEOUT_MS = 10_000;
const CONNECT_TIMEOUT_MS = 45_000;

/** How long the window waits for the answer to a call on `channel`, in milliseconds. */
export function timeoutFor(channel: InvokeChannel): number {
  return channel === 'irc:connect' ? CONNECT_TIMEOUT_MS : DEFAULT_TIMEOUT_MS;
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
