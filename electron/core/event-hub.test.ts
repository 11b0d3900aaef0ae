import { describe, expect, it } from 'vitest';
import type { ConnectionStatus } from '../../shared/ipc/schemas';
import { EventHub } from './event-hub';

const status: ConnectionStatus = {
  state: 'idle',
  server: null,
  port: null,
  tls: false,
  nick: null,
  channel: null,
  error: null,
  since: 0,
};

describe('EventHub', () => {
  it('delivers to every subscriber until it unsubscribes', () => {
    const hub = new EventHub(() => {});
    const a: string[] = [];
    const b: string[] = [];
    const stopA = hub.subscribe((event) => a.push(event));
    hub.subscribe((event) => b.push(event));
    hub.emit('irc:status', status);
    stopA();
    hub.emit('irc:status', status);
    expect([a.length, b.length]).toEqual([1, 2]);
  });

  it('a throwing subscriber is logged and does not stop the others', () => {
    const logged: string[] = [];
    const hub = new EventHub((level, message) => logged.push(`${level}: ${message}`));
    const seen: unknown[] = [];
    hub.subscribe(() => {
      throw new Error('renderer gone');
    });
    hub.subscribe((_, payload) => seen.push(payload));
    hub.emit('irc:status', status);
    expect(seen).toEqual([status]);
    expect(logged).toEqual(['error: A listener of irc:status failed']);
  });
});
