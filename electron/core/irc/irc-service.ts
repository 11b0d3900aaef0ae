import type { TransportClass } from 'irc-framework';
import type { LogLine } from '../../../shared/domain/line';
import { fail, ok, type Result } from '../../../shared/ipc/result';
import type { ConnectionStatus, ConnectRequest } from '../../../shared/ipc/schemas';
import type { Clock } from '../clock';
import { IrcConnection } from './connection';
import type { SendRate } from './send-queue';

/** Where an {@link IrcService} reports, and the overrides it passes to each connection. */
export interface IrcServiceOptions {
  clock: Clock;
  /** Every status change of the current connection. */
  onStatus: (status: ConnectionStatus) => void;
  /** Every transcript line of the current connection's channel. */
  onLine: (channel: string, line: LogLine, self: boolean) => void;
  /** The current connection has joined its channel. */
  onJoined?: (request: ConnectRequest) => void;
  connectTimeoutMs?: number;
  sendRate?: SendRate;
  transport?: TransportClass;
}

interface PendingConnect {
  connection: IrcConnection;
  request: ConnectRequest;
  resolve: (result: Result<ConnectionStatus>) => void;
}

/**
 * The app's one IRC connection. `connect` replaces any current connection (the old one quits
 * first, so the nick is free again) and resolves once the new one has joined its channel or
 * failed, which the connection bounds in time. Only the current connection's statuses and
 * lines are passed on.
 */
export class IrcService {
  private connection: IrcConnection | null = null;
  private pending: PendingConnect | null = null;
  private closed = false;
  private readonly idle: ConnectionStatus;

  constructor(private readonly options: IrcServiceOptions) {
    this.idle = {
      state: 'idle',
      server: null,
      port: null,
      tls: false,
      nick: null,
      channel: null,
      error: null,
      since: options.clock.now(),
    };
  }

  /** The current connection's status, or `idle` before the first connect. */
  status(): ConnectionStatus {
    return this.connection?.status ?? this.idle;
  }

  /** Connects to `request`'s network and channel; an error result says why it did not. */
  async connect(request: ConnectRequest): Promise<Result<ConnectionStatus>> {
    if (this.closed) return fail('closed', 'Gavel is shutting down.');
    this.settle(fail('replaced', 'A newer connection request replaced this one.'));
    const previous = this.connection;
    const connection: IrcConnection = new IrcConnection({
      request,
      clock: this.options.clock,
      connectTimeoutMs: this.options.connectTimeoutMs,
      sendRate: this.options.sendRate,
      transport: this.options.transport,
      onStatus: (status) => this.onStatus(connection, status),
      onLine: (line, self) => {
        if (this.connection === connection) this.options.onLine(request.channel, line, self);
      },
    });
    this.connection = connection;
    const outcome = new Promise<Result<ConnectionStatus>>((resolve) => {
      this.pending = { connection, request, resolve };
    });
    if (previous) await previous.close();
    if (this.connection === connection) connection.start();
    return outcome;
  }

  /** Leaves the network; resolves with the resulting status. */
  async disconnect(): Promise<ConnectionStatus> {
    await this.connection?.close();
    return this.status();
  }

  /** Sends the chair's text to the channel; the result counts the messages it became. */
  say(text: string): Result<{ lines: number }> {
    if (this.connection?.status.state !== 'joined') {
      return fail('not-connected', 'Gavel is not in a channel; connect first.');
    }
    const lines = this.connection.say(text);
    return lines > 0 ? ok({ lines }) : fail('empty', 'Nothing to send.');
  }

  /** Closes the connection for good; later connects are refused. */
  async close(): Promise<void> {
    this.closed = true;
    this.settle(fail('closed', 'Gavel is shutting down.'));
    await this.connection?.close();
  }

  private onStatus(connection: IrcConnection, status: ConnectionStatus): void {
    if (connection !== this.connection) return;
    this.options.onStatus(status);
    const pending = this.pending;
    if (pending?.connection !== connection) return;
    if (status.state === 'joined') {
      this.settle(ok(status));
      this.options.onJoined?.(pending.request);
    } else if (status.state === 'failed' || status.state === 'disconnected') {
      const error = status.error ?? { code: 'cancelled', message: 'Connecting was cancelled.' };
      this.settle(fail(error.code, error.message));
    }
  }

  private settle(result: Result<ConnectionStatus>): void {
    const pending = this.pending;
    this.pending = null;
    pending?.resolve(result);
  }
}
