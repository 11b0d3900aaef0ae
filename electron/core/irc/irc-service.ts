import type { LogLine } from '../../../shared/domain/line';
import { fail, type Result } from '../../../shared/ipc/result';
import {
  DEFAULT_NETWORK,
  type ConnectionStatus,
  type ConnectRequest,
} from '../../../shared/ipc/schemas';
import type { Clock } from '../clock';
import { addressName, parseAddress } from './channel-address';
import { idleStatus } from './idle-status';
import { NetworkLink, type ConnectionTuning } from './network-link';
import type { ReconnectPolicy } from './reconnect-policy';
import { keepSecrets, withStoredSecrets, type SecretSource } from './request-secrets';

/** Where an {@link IrcService} reports, and the overrides it passes to each connection. */
export interface IrcServiceOptions extends ConnectionTuning {
  clock: Clock;
  /** Every status change of every network (each status names its `network`). */
  onStatus: (status: ConnectionStatus) => void;
  /**
   * Every new transcript line; `channel` is the channel's transcript name: `#meet` on the
   * default network, `network:#meet` on another (see {@link addressName}).
   */
  onLine: (channel: string, line: LogLine, self: boolean) => void;
  /** A connect request has joined its channel (the secrets are still in it: strip before saving). */
  onJoined?: (request: ConnectRequest) => void;
  /** Reports bugs. */
  onBug?: (message: string) => void;
  reconnectPolicy?: ReconnectPolicy;
  /**
   * Where passwords are kept: a connect that leaves them out takes them from here (for the same
   * server), and the secrets of a connect that joined are kept here.
   */
  secrets?: SecretSource;
}

/** Where `say` sends: a network and one of its channels, each defaulting to the usual one. */
export interface SayTarget {
  network?: string;
  channel?: string;
}

/**
 * The app's IRC connections, one {@link NetworkLink} per network id. Requests that name no
 * network use the default one (`main`), whose lines and status keep the shape they had when
 * Gavel had a single connection.
 */
export class IrcService {
  private readonly links = new Map<string, NetworkLink>();
  private closed = false;

  constructor(private readonly options: IrcServiceOptions) {}

  /** The status of `network` (the default one unless named); `idle` before its first connect. */
  status(network = DEFAULT_NETWORK): ConnectionStatus {
    return this.links.get(network)?.status() ?? idleStatus(network, this.options.clock.now());
  }

  /** Every network's status, the default one first. */
  statuses(): ConnectionStatus[] {
    const others = [...this.links.keys()].filter((n) => n !== DEFAULT_NETWORK);
    return [this.status(), ...others.map((n) => this.status(n))];
  }

  /** Connects `request.network` (default: `main`) to `request`'s server and channels. */
  connect(request: ConnectRequest): Promise<Result<ConnectionStatus>> {
    if (this.closed) return Promise.resolve(fail('closed', 'Gavel is shutting down.'));
    const { secrets } = this.options;
    const full = secrets ? withStoredSecrets(request, secrets) : request;
    return this.link(request.network ?? DEFAULT_NETWORK).connect(full);
  }

  /** Leaves a network; resolves with its resulting status. */
  disconnect(network = DEFAULT_NETWORK): Promise<ConnectionStatus> {
    return this.link(network).disconnect();
  }

  /** Sends the chair's text; the result counts the PRIVMSGs it became. `/me …` is an action. */
  say(text: string, target: SayTarget = {}): Result<{ lines: number }> {
    return this.link(target.network ?? DEFAULT_NETWORK).say(text, target.channel);
  }

  /** Joins one more channel on a connected network. */
  join(channel: string, network = DEFAULT_NETWORK): Promise<Result<ConnectionStatus>> {
    return this.link(network).join(channel);
  }

  /** Leaves a channel joined with {@link join}. */
  part(channel: string, network = DEFAULT_NETWORK): Result<ConnectionStatus> {
    return this.link(network).part(channel);
  }

  /** Who is in the channel with this transcript name, or null while Gavel is not in it. */
  membersIn(address: string): string[] | null {
    const { network, channel } = parseAddress(address);
    return this.links.get(network)?.membersIn(channel) ?? null;
  }

  /** Gavel's nick in the channel with this transcript name while it is in it, else null. */
  nickIn(address: string): string | null {
    const { network, channel } = parseAddress(address);
    return this.links.get(network)?.nickIn(channel) ?? null;
  }

  /**
   * Marks the channel with this transcript name as having a live meeting (or not): while one is
   * live, its network's connection is retried without limit when lost.
   */
  setKeepAlive(address: string, on: boolean): void {
    const { network, channel } = parseAddress(address);
    this.link(network).setKeepAlive(channel, on);
  }

  /** Closes every connection for good; later connects are refused. */
  async close(): Promise<void> {
    this.closed = true;
    await Promise.all([...this.links.values()].map((link) => link.close()));
  }

  private link(network: string): NetworkLink {
    let link = this.links.get(network);
    if (!link) {
      const { options } = this;
      link = new NetworkLink({
        network,
        clock: options.clock,
        connectTimeoutMs: options.connectTimeoutMs,
        sendRate: options.sendRate,
        transport: options.transport,
        policy: options.reconnectPolicy,
        onBug: options.onBug,
        onStatus: options.onStatus,
        onJoined: (request) => {
          if (options.secrets) keepSecrets(request, options.secrets);
          options.onJoined?.(request);
        },
        onLine: (channel, line, self) =>
          options.onLine(addressName({ network, channel }), line, self),
      });
      this.links.set(network, link);
    }
    return link;
  }
}
