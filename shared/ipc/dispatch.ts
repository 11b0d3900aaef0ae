import { isInvokeChannel } from './channels';
import type { Handlers } from './bridge';
import { fail, type Result } from './result';
import { invokeSchemas } from './schemas';

/** The readable part of a zod error: the first issue, with its field when there is one. */
function describeIssue(issues: readonly { path: PropertyKey[]; message: string }[]): string {
  const first = issues[0];
  if (!first) return 'The request is not valid.';
  const field = first.path.map(String).join('.');
  return field ? `${field}: ${first.message}` : first.message;
}

/**
 * Checks an untrusted request (channel name and payload) against the contract, then calls the
 * handler. Anything unexpected becomes an `internal` error result; this never throws.
 */
export function createDispatcher(handlers: Handlers, onBug: (err: unknown) => void = () => {}) {
  return async function dispatch(channel: unknown, req: unknown): Promise<Result<unknown>> {
    if (!isInvokeChannel(channel)) return fail('unknown-channel', 'No such request.');
    const parsed = invokeSchemas[channel].req.safeParse(req);
    if (!parsed.success) return fail('bad-request', describeIssue(parsed.error.issues));
    try {
      const handler = handlers[channel] as (r: unknown) => Promise<Result<unknown>>;
      return await handler(parsed.data);
    } catch (err) {
      onBug(err);
      return fail('internal', 'Something went wrong inside Gavel; the details are in its log.');
    }
  };
}
