import { connect, createServer, type Server, type Socket } from 'node:net';

interface Pair {
  client: Socket;
  upstream: Socket;
  silent: boolean;
}

/**
 * A TCP proxy on 127.0.0.1 and a free port in front of a server on loopback, for a link that goes
 * silent: {@link silence} makes every connection open now drop what either side sends while both
 * sockets stay open (packets lost on the way, nothing reset), as a dead route or a sleeping Wi-Fi
 * does. Connections made later pass through as usual. When one side closes, so does the other.
 */
export class SilentProxy {
  private readonly pairs = new Set<Pair>();
  private readonly server: Server;
  private listening = 0;

  private constructor(target: { host: string; port: number }) {
    this.server = createServer((client) => this.pass(client, connect(target.port, target.host)));
  }

  /** Starts forwarding 127.0.0.1:{@link port} to `target`. */
  static async start(target: { host: string; port: number }): Promise<SilentProxy> {
    const proxy = new SilentProxy(target);
    await new Promise<void>((resolve, reject) => {
      proxy.server.once('error', reject);
      proxy.server.listen(0, '127.0.0.1', resolve);
    });
    const address = proxy.server.address();
    proxy.listening = typeof address === 'object' && address ? address.port : 0;
    return proxy;
  }

  /** The port the proxy listens on. */
  get port(): number {
    return this.listening;
  }

  /** From now on, the connections open now carry nothing either way; their sockets stay open. */
  silence(): void {
    for (const pair of this.pairs) pair.silent = true;
  }

  /** Closes every connection and stops listening. */
  async stop(): Promise<void> {
    for (const pair of this.pairs) {
      pair.client.destroy();
      pair.upstream.destroy();
    }
    await new Promise((resolve) => this.server.close(resolve));
  }

  private pass(client: Socket, upstream: Socket): void {
    const pair: Pair = { client, upstream, silent: false };
    this.pairs.add(pair);
    client.on('data', (chunk: Buffer) => pair.silent || upstream.write(chunk));
    upstream.on('data', (chunk: Buffer) => pair.silent || client.write(chunk));
    const end = () => {
      this.pairs.delete(pair);
      client.destroy();
      upstream.destroy();
    };
    for (const socket of [client, upstream]) {
      socket.on('close', end);
      socket.on('error', end);
    }
  }
}
