/**
 * Practice meetings happen on a network of their own, `practice`, which Gavel never connects
 * to: their channels read as any channel of another network (`practice:#practice-1`), and
 * nothing said there can reach a server.
 */
export const PRACTICE_NETWORK = 'practice';

/** True for a channel of the practice network. */
export function isPracticeChannel(channel: string): boolean {
  return channel.toLowerCase().startsWith(`${PRACTICE_NETWORK}:`);
}

const RUN_RE = /^practice:#practice-(\d+)$/i;

/**
 * The channel for a new practice run, one past the highest run among `used` channels: each run
 * has a channel of its own, so no action or agenda carries over from one run to the next.
 */
export function nextPracticeChannel(used: readonly string[]): string {
  const runs = used.map((c) => Number(RUN_RE.exec(c)?.[1] ?? 0));
  return `${PRACTICE_NETWORK}:#practice-${Math.max(0, ...runs) + 1}`;
}
