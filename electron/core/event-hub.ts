import type { EventSink } from '../../shared/ipc/bridge';
import type { EventChannel } from '../../shared/ipc/channels';
import type { Payload } from '../../shared/ipc/schemas';
import type { CoreDeps } from './types';

/**
 * Fans the core's events out to every subscribed shell. A listener that throws is a bug in that
 * listener: it is logged and the others still receive the event.
 */
export class EventHub {
  private readonly sinks = new Set<EventSink>();

  constructor(private readonly log: CoreDeps['log']) {}

  /** Starts delivering events to `sink`; returns the function that stops it. */
  subscribe(sink: EventSink): () => void {
    this.sinks.add(sink);
    return () => this.sinks.delete(sink);
  }

  /** Delivers one event to every subscriber, in subscription order. */
  emit<E extends EventChannel>(event: E, payload: Payload<E>): void {
    for (const sink of this.sinks) {
      try {
        sink(event, payload);
      } catch (err) {
        this.log('error', `A listener of ${event} failed`, err);
      }
    }
  }

  /** Drops every subscriber. */
  clear(): void {
    this.sinks.clear();
  }
}
