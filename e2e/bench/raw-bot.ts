import { connect, type Socket } from 'node:net';

const WAIT_MS = 5000;

/**
 * A bare IRC client for floods: it registers, joins and writes PRIVMSG lines, answers PING, and
 * ignores everything else. Parsing nothing keeps the bench process from spending its time on the
 * other bots' lines, which every participant of the channel receives.
 */
export class RawBot {
  private buffer = '';
  private waiters: { match: RegExp; done: () => void }[] = [];

  private constructor(
    private readonly socket: Socket,
    readonly nick: string,
  ) {
    socket.setEncoding('utf8');
    socket.setNoDelay(true);
    socket.on('data', (chunk: string) => this.read(chunk));
  }

  /** Connects and signs in as `nick`; rejects if the server has not welcomed it within 5 s. */
  static async connect(host: string, port: number, nick: string): Promise<RawBot> {
    const socket = connect({ host, port });
    await new Promise<void>((resolve, reject) => {
      socket.once('connect', resolve);
      socket.once('error', reject);
    });
    const bot = new RawBot(socket, nick);
    const welcomed = bot.until(new RegExp(`^:\\S+ 001 ${nick} `, 'm'), `${nick} was not welcomed`);
    socket.write(`NICK ${nick}\r\nUSER ${nick} 0 * :Gavel bench\r\n`);
    await welcomed;
    return bot;
  }

  /** Joins `channel`; resolves once the server says the join is done (end of names). */
  async join(channel: string): Promise<void> {
    const joined = this.until(
      new RegExp(` 366 ${this.nick} ${escape(channel)} `, 'mi'),
      `${this.nick} did not join`,
    );
    this.socket.write(`JOIN ${channel}\r\n`);
    await joined;
  }

  /** Says `text` (one line, no CR/LF) to `target`. */
  say(target: string, text: string): void {
    this.socket.write(`PRIVMSG ${target} :${text}\r\n`);
  }

  /** Leaves the network and closes the socket. */
  async quit(): Promise<void> {
    if (this.socket.destroyed) return;
    const closed = new Promise<void>((resolve) => this.socket.once('close', () => resolve()));
    this.socket.end('QUIT :done\r\n');
    await Promise.race([closed, new Promise((r) => setTimeout(r, WAIT_MS))]);
    this.socket.destroy();
  }

  private until(match: RegExp, what: string): Promise<void> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`${what} within ${WAIT_MS} ms`)), WAIT_MS);
      this.waiters.push({ match, done: () => (clearTimeout(timer), resolve()) });
    });
  }

  private read(chunk: string): void {
    this.buffer += chunk;
    const end = this.buffer.lastIndexOf('\n');
    if (end < 0) return;
    const lines = this.buffer.slice(0, end + 1);
    this.buffer = this.buffer.slice(end + 1);
    for (const ping of lines.matchAll(/^PING (\S+)/gm)) this.socket.write(`PONG ${ping[1]}\r\n`);
    if (this.waiters.length === 0) return;
    this.waiters = this.waiters.filter((w) => {
      if (!w.match.test(lines)) return true;
      w.done();
      return false;
    });
  }
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
