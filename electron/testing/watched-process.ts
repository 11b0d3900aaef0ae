import { spawn, type ChildProcess } from 'node:child_process';

// A server run in the foreground lives until told to stop, and a test runner that is killed never
// runs its afterAll. So a shell starts the server and stops it once the pipe from this process
// closes: on stop(), or when this process dies. The pipe is kept on fd 3 because a background
// job's stdin is /dev/null in a non-interactive shell. The shell reports the server's pid on
// stderr so a test can kill the server itself, as a crash would.
const WATCHDOG = [
  'sig=$1',
  'shift',
  'exec 3<&0',
  '"$@" &',
  'pid=$!',
  'echo "watchdog-pid $pid" >&2',
  '(cat <&3 >/dev/null; kill -s "$sig" $pid 2>/dev/null) &',
  'exec 3<&-',
  'wait $pid',
].join('\n');
const PID_LINE = /watchdog-pid (\d+)/;

/** How to run a test server. */
export interface WatchedSpec {
  /** For messages: "ngircd", "inspircd". */
  name: string;
  command: string;
  args: string[];
  cwd?: string;
  /** Matches the server's output once it accepts connections. */
  ready: RegExp;
  readyTimeoutMs: number;
  /** The signal the watchdog stops the server with (SIGKILL where SIGTERM leaves core files). */
  stopSignal: 'TERM' | 'KILL';
}

/** A running server under a watchdog shell. */
export interface WatchedProcess {
  /** Everything the server printed (stdout and stderr). */
  log(): string;
  /** Stops the server the way the spec says and resolves once it has exited. */
  stop(): Promise<void>;
  /** Kills the server with SIGKILL, as a crash would, and resolves once it has exited. */
  crash(): Promise<void>;
}

function exited(child: ChildProcess): boolean {
  return child.exitCode !== null || child.signalCode !== null;
}

function whenExited(child: ChildProcess, timeoutMs: number): Promise<void> {
  if (exited(child)) return Promise.resolve();
  return new Promise((resolve) => {
    const force = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.once('exit', () => {
      clearTimeout(force);
      resolve();
    });
  });
}

/**
 * Starts `spec.command` under the watchdog and resolves once its output matches `spec.ready`,
 * or rejects after `spec.readyTimeoutMs` (or when it exits first) with what it printed.
 */
export function startWatched(spec: WatchedSpec): Promise<WatchedProcess> {
  const child = spawn(
    '/bin/sh',
    ['-c', WATCHDOG, 'sh', spec.stopSignal, spec.command, ...spec.args],
    {
      stdio: ['pipe', 'pipe', 'pipe'],
      cwd: spec.cwd,
    },
  );
  let output = '';
  let pid: number | null = null;
  const process: WatchedProcess = {
    log: () => output,
    stop: async () => {
      child.stdin?.end();
      await whenExited(child, 3000);
    },
    crash: async () => {
      if (pid !== null && !exited(child)) globalThis.process.kill(pid, 'SIGKILL');
      await whenExited(child, 3000);
      child.stdin?.end();
    },
  };
  return new Promise<WatchedProcess>((resolve, reject) => {
    let settled = false;
    const done = (err?: Error) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      child.off('exit', onExit);
      if (err) void process.stop().then(() => reject(err));
      else resolve(process);
    };
    const onExit = (code: number | null) =>
      done(new Error(`${spec.name} exited (${code}):\n${output}`));
    const timer = setTimeout(
      () =>
        done(new Error(`${spec.name} was not ready within ${spec.readyTimeoutMs} ms:\n${output}`)),
      spec.readyTimeoutMs,
    );
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      pid ??= Number(PID_LINE.exec(output)?.[1] ?? NaN) || null;
      if (pid !== null && spec.ready.test(output)) done();
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', onExit);
  });
}
