import { EventEmitter } from 'node:events';
import type { Transport, TransportClass } from 'irc-framework';

/** How the far end of a {@link FakeTransport} behaves when the client connects. */
export type FakeOutcome =
  { kind: 'open' } | { kind: 'error'; error: Error & { code?: string } } | { kind: 'silent' };

/**
 * The server side of a fake irc-framework transport: what the client wrote, and ways to make
 * the "server" talk, reply or hang up. Unit tests use it to feed raw IRC lines to the adapter.
 */
export class FakeServer {
  /** Every line the client wrote, without CR LF. */
  readonly written: string[] = [];
  /** What happens on connect; set before the client connects. */
  outcome: FakeOutcome = { kind: 'open' };
  /** Lines to answer each client line with (e.g. a welcome after USER). */
  reply: (line: string) => string[] = () => [];
  private transport: FakeTransport | null = null;

  /** The transport class to pass as irc-framework's `transport` option. */
  get Transport(): TransportClass {
    return transportFor(this);
  }

  /** True while a client is connected. */
  get open(): boolean {
    return this.transport?.isOpen ?? false;
  }

  /** Sends raw lines to the client, as a server would. */
  feed(...lines: string[]): void {
    for (const line of lines) this.transport?.emit('line', `${line}\r\n`);
  }

  /** Closes the connection from the server's side, optionally with a socket error. */
  hangUp(error?: Error & { code?: string }): void {
    this.transport?.finish(error ?? false);
  }

  /** @internal */
  attach(transport: FakeTransport): void {
    this.transport = transport;
  }
}

function transportFor(server: FakeServer): TransportClass {
  return class extends FakeTransport {
    constructor() {
      super(server);
    }
  };
}

/** An in-memory stand-in for irc-framework's TCP transport, driven by a {@link FakeServer}. */
class FakeTransport extends EventEmitter implements Transport {
  isOpen = false;
  private closed = false;

  constructor(private readonly server: FakeServer) {
    super();
    server.attach(this);
  }

  connect(): void {
    const outcome = this.server.outcome;
    setImmediate(() => {
      if (outcome.kind === 'open') {
        this.isOpen = true;
        this.emit('open');
      } else if (outcome.kind === 'error') {
        this.finish(outcome.error);
      }
    });
  }

  writeLine(line: string, callback?: () => void): void {
    if (this.isOpen) {
      this.server.written.push(line);
      const replies = this.server.reply(line);
      if (replies.length > 0) setImmediate(() => this.server.feed(...replies));
    }
    if (callback) setImmediate(callback);
  }

  setEncoding(): boolean {
    return true;
  }

  close(): void {
    setImmediate(() => this.finish(false));
  }

  disposeSocket(): void {
    this.isOpen = false;
  }

  /** @internal */
  finish(error: Error | false): void {
    if (this.closed) return;
    this.closed = true;
    this.isOpen = false;
    this.emit('close', error);
  }
}

/**
 * Replies a small, well-behaved server gives: the capabilities in `caps` on `CAP LS` (and ACK
 * for any requested), a welcome (001) after USER, the JOIN echo for every JOIN, and a PONG for
 * every PING. Lines
 * after the welcome come from the nick the client asked for.
 */
export function scriptedReplies(caps: string[] = []): (line: string) => string[] {
  let nick = '*';
  return (line) => {
    const [command = '', ...args] = line.split(' ');
    if (command === 'NICK') nick = args[0] ?? nick;
    if (line.startsWith('CAP LS')) return [`:irc.test CAP * LS :${caps.join(' ')}`];
    if (command === 'CAP' && args[0] === 'REQ')
      return [`:irc.test CAP * ACK ${args.slice(1).join(' ')}`];
    if (command === 'PING') return [`:irc.test PONG irc.test :${args.join(' ').replace(/^:/, '')}`];
    if (command === 'USER') return [`:irc.test 001 ${nick} :Welcome to the test network`];
    if (command === 'JOIN')
      return (args[0] ?? '').split(',').map((channel) => `:${nick}!gavel@test JOIN ${channel}`);
    return [];
  };
}
