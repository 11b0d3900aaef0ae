import type { IpcError } from '../../../shared/ipc/result';
import { ircLower } from '../../../shared/irc/casemap';

type Waiter = (failure: IpcError | null) => void;

/**
 * The channels a connection wants to be in (its own first, then any joined later) and which of
 * them it is in now. A join asked for while connected can be awaited: it settles when the server
 * confirms it, refuses it, or the connection goes.
 */
export class ChannelJoins {
  private readonly wanted: string[];
  private readonly inside = new Set<string>();
  private readonly waiters = new Map<string, Waiter[]>();

  constructor(own: string, more: readonly string[] = []) {
    this.wanted = [own];
    for (const channel of more) if (!this.wants(channel)) this.wanted.push(channel);
  }

  /** Every wanted channel, the connection's own first. */
  get all(): readonly string[] {
    return this.wanted;
  }

  /** The wanted channels we are in now, in the same order. */
  get joined(): string[] {
    return this.wanted.filter((c) => this.inside.has(ircLower(c)));
  }

  wants(channel: string): boolean {
    return this.wanted.some((c) => ircLower(c) === ircLower(channel));
  }

  isIn(channel: string): boolean {
    return this.inside.has(ircLower(channel));
  }

  /** Adds `channel` to the wanted ones; the promise settles with null once joined, or the failure. */
  add(channel: string): Promise<IpcError | null> {
    if (!this.wants(channel)) this.wanted.push(channel);
    return new Promise((resolve) => {
      const key = ircLower(channel);
      this.waiters.set(key, [...(this.waiters.get(key) ?? []), resolve]);
    });
  }

  /** No longer wants `channel` (never the connection's own). */
  remove(channel: string): void {
    const index = this.wanted.findIndex((c) => ircLower(c) === ircLower(channel));
    if (index > 0) this.wanted.splice(index, 1);
    this.inside.delete(ircLower(channel));
  }

  entered(channel: string): void {
    this.inside.add(ircLower(channel));
    this.settle(channel, null);
  }

  left(channel: string): void {
    this.inside.delete(ircLower(channel));
  }

  /** The server refused joining `channel`: it is no longer wanted (unless it is our own). */
  refused(channel: string, failure: IpcError): void {
    this.remove(channel);
    this.settle(channel, failure);
  }

  /** The connection is gone: we are in no channel, and every pending join fails with `failure`. */
  lost(failure: IpcError): void {
    this.inside.clear();
    for (const key of [...this.waiters.keys()]) this.settle(key, failure);
  }

  private settle(channel: string, failure: IpcError | null): void {
    const key = ircLower(channel);
    const waiting = this.waiters.get(key) ?? [];
    this.waiters.delete(key);
    for (const resolve of waiting) resolve(failure);
  }
}
