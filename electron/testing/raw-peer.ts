import { createServer, type Server, type Socket } from 'node:net';

const DEFAULT_WAIT_MS = 3000;

/**
 * One client connection as a scripted server sees it: read the client's lines one by one
 * (every wait bounded), send raw bytes or lines back, hang up.
 */
export class PeerConnection {
  /** Every line the client sent, without CR LF, in order. */
  readonly lines: string[] = [];
  private read = 0;
  private buffer = Buffer.alloc(0);
  private waiters: (() => void)[] = [];
  private ended = false;

  constructor(private readonly socket: Socket) {
    socket.on('data', (chunk: Buffer) => {
      this.buffer = Buffer.concat([this.buffer, chunk]);
      for (let end = this.buffer.indexOf(0x0a); end >= 0; end = this.buffer.indexOf(0x0a)) {
        this.lines.push(this.buffer.subarray(0, end).toString('utf8').replace(/\r$/, ''));
        this.buffer = this.buffer.subarray(end + 1);
      }
      this.wake();
    });
    socket.on('close', () => {
      this.ended = true;
      this.wake();
    });
    socket.on('error', () => {});
  }

  /** True once the client has closed the connection. */
  get closed(): boolean {
    return this.ended;
  }

  /** The client's next line not read yet; rejects if none comes within `ms`. */
  async next(ms = DEFAULT_WAIT_MS): Promise<string> {
    const deadline = Date.now() + ms;
    while (this.read >= this.lines.length) {
      if (this.ended)
        throw new Error(`the client closed the connection; it had sent: ${this.sent()}`);
      const left = deadline - Date.now();
      if (left <= 0)
        throw new Error(`no line from the client within ${ms} ms; it had sent: ${this.sent()}`);
      await this.waitFor(left);
    }
    return this.lines[this.read++] as string;
  }

  /** Reads lines until one matches `pattern` and returns it; rejects after `ms`. */
  async expect(pattern: RegExp, ms = DEFAULT_WAIT_MS): Promise<string> {
    const deadline = Date.now() + ms;
    for (;;) {
      const line = await this.next(Math.max(1, deadline - Date.now())).catch((err: Error) => {
        throw new Error(`expected a line matching ${pattern}: ${err.message}`);
      });
      if (pattern.test(line)) return line;
    }
  }

  /** Sends lines, each followed by CR LF. */
  send(...lines: string[]): void {
    if (!this.ended) this.socket.write(lines.map((l) => `${l}\r\n`).join(''));
  }

  /** Sends raw bytes as they are (for malformed input). */
  sendBytes(bytes: Buffer): void {
    if (!this.ended) this.socket.write(bytes);
  }

  /** Resolves once the client has closed the connection, or rejects after `ms`. */
  async waitClosed(ms = DEFAULT_WAIT_MS): Promise<void> {
    const deadline = Date.now() + ms;
    while (!this.ended) {
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`the client did not close within ${ms} ms`);
      await this.waitFor(left);
    }
  }

  /** Closes the connection from the server's side. */
  hangUp(): void {
    this.socket.destroy();
  }

  private sent(): string {
    return JSON.stringify(this.lines);
  }

  private waitFor(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(done, ms);
      function done() {
        clearTimeout(timer);
        resolve();
      }
      this.waiters.push(done);
    });
  }

  private wake(): void {
    for (const done of this.waiters.splice(0)) done();
  }
}

/**
 * A scripted IRC server on 127.0.0.1 and a random port, for protocol cases real servers do not
 * produce (malformed lines, SASL failures, CAP edge cases). Tests take each client connection
 * with {@link accept} and script both sides of the conversation.
 */
export class RawPeer {
  private readonly pending: PeerConnection[] = [];
  private readonly all: PeerConnection[] = [];
  private readonly sockets = new Set<Socket>();
  private waiters: (() => void)[] = [];

  private constructor(
    private readonly server: Server,
    readonly port: number,
  ) {
    server.on('connection', (socket) => {
      this.sockets.add(socket);
      socket.on('close', () => this.sockets.delete(socket));
      const connection = new PeerConnection(socket);
      this.pending.push(connection);
      this.all.push(connection);
      for (const wake of this.waiters.splice(0)) wake();
    });
  }

  /** Starts listening on 127.0.0.1 and a free port. */
  static async start(): Promise<RawPeer> {
    const server = createServer();
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(0, '127.0.0.1', resolve);
    });
    const address = server.address();
    return new RawPeer(server, typeof address === 'object' && address ? address.port : 0);
  }

  /** The next client connection; rejects if none arrives within `ms`. */
  async accept(ms = DEFAULT_WAIT_MS): Promise<PeerConnection> {
    const deadline = Date.now() + ms;
    while (this.pending.length === 0) {
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`no client connected within ${ms} ms`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, left);
        this.waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
    return this.pending.shift() as PeerConnection;
  }

  /** How many clients have connected so far. */
  get connections(): number {
    return this.all.length;
  }

  /** Closes every connection and stops listening. */
  async stop(): Promise<void> {
    for (const socket of this.sockets) socket.destroy();
    await new Promise((resolve) => this.server.close(resolve));
  }
}

/**
 * Plays a plain sign-in on `peer` for `nick`: answers CAP LS with `caps` (ACKing what is asked),
 * welcomes after USER, and confirms the JOIN. Returns the lines the client sent meanwhile.
 */
export async function welcome(
  peer: PeerConnection,
  nick: string,
  caps: string[] = [],
): Promise<void> {
  await peer.expect(/^CAP LS 302$/);
  peer.send(`:irc.test CAP * LS :${caps.join(' ')}`);
  for (;;) {
    const line = await peer.next();
    if (line.startsWith('CAP REQ'))
      peer.send(`:irc.test CAP ${nick} ACK :${line.split(':')[1] ?? ''}`);
    if (line.startsWith('USER')) break;
  }
  peer.send(`:irc.test 001 ${nick} :Welcome`);
  const join = await peer.expect(/^JOIN /);
  for (const channel of (join.split(' ')[1] ?? '').split(','))
    peer.send(`:${nick}!gavel@test JOIN ${channel}`);
}
