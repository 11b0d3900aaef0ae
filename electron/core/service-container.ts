import type { CoreDeps } from './types';

/**
 * Holds the core's services and stops them in the reverse order of their creation, so a
 * service is stopped before the ones it was built on (the IRC connection before the transcript
 * batcher it feeds, the batcher before the event hub it emits to).
 */
export class ServiceContainer {
  private readonly stops: (() => void | Promise<void>)[] = [];
  private closing: Promise<void> | null = null;

  constructor(private readonly log: CoreDeps['log']) {}

  /** Registers `service` with how to stop it, and returns it. */
  own<T>(service: T, stop: (service: T) => void | Promise<void>): T {
    this.stops.push(() => stop(service));
    return service;
  }

  /** Stops every service once; a service that fails to stop is logged and the rest still stop. */
  close(): Promise<void> {
    this.closing ??= (async () => {
      for (const stop of this.stops.reverse()) {
        try {
          await stop();
        } catch (err) {
          this.log('error', 'A service did not stop cleanly', err);
        }
      }
    })();
    return this.closing;
  }
}
