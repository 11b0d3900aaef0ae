import { spawn } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { connect } from 'node:net';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { Bot } from './bot';
import { startNgircd, type Ngircd } from './ngircd';

let server: Ngircd | null = null;
const bots: Bot[] = [];
afterEach(async () => {
  await Promise.all(bots.splice(0).map((b) => b.quit()));
  await server?.stop();
  server = null;
});

describe('the ngircd test harness', () => {
  it('serves two bots that hear each other', async () => {
    server = await startNgircd();
    const alice = await Bot.connect({ host: server.host, port: server.port, nick: 'alice' });
    const bob = await Bot.connect({ host: server.host, port: server.port, nick: 'bob' });
    bots.push(alice, bob);
    await alice.join('#meet');
    await bob.join('#meet');
    alice.say('#meet', 'hello bob');
    await expect(bob.waitForMessage((m) => m.text === 'hello bob')).resolves.toMatchObject({
      nick: 'alice',
    });
    await expect(bob.waitForMessage((m) => m.text === 'never said', 200)).rejects.toThrow(
      /within 200 ms/,
    );
  });

  it('restarts on the same port, and stop removes its files', async () => {
    server = await startNgircd({ tls: true });
    const { port, certFile } = server;
    expect(certFile && existsSync(certFile)).toBe(true);
    await server.restart();
    expect(server.port).toBe(port);
    const carol = await Bot.connect({ host: server.host, port, nick: 'carol' });
    bots.push(carol);
    await server.stop();
    expect(existsSync(certFile!)).toBe(false);
  });

  it('a bot whose nick is taken is refused in bounded time', async () => {
    server = await startNgircd();
    bots.push(await Bot.connect({ host: server.host, port: server.port, nick: 'dup' }));
    await expect(
      Bot.connect({ host: server.host, port: server.port, nick: 'dup', timeoutMs: 2000 }),
    ).rejects.toThrow(/nick dup is in use/);
  });

  it('stops the server when the process that started it is killed', async () => {
    const fixture = join(import.meta.dirname, 'ngircd-child.fixture.ts');
    const child = spawn(process.execPath, ['--import', 'tsx', fixture], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    const [port, dir] = await new Promise<[number, string]>((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error('the child printed no port within 10 s')),
        10_000,
      );
      child.stdout.once('data', (d: Buffer) => {
        clearTimeout(timer);
        const [portText = '', folder = ''] = d.toString().trim().split(' ');
        resolve([Number(portText), folder]);
      });
    });
    const accepts = () =>
      new Promise<boolean>((resolve) => {
        const socket = connect(port, '127.0.0.1');
        socket.once('connect', () => {
          socket.destroy();
          resolve(true);
        });
        socket.once('error', () => resolve(false));
      });
    expect(await accepts()).toBe(true);
    child.kill('SIGKILL');
    const deadline = Date.now() + 3000;
    while ((await accepts()) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    expect(await accepts()).toBe(false);
    rmSync(dir, { recursive: true, force: true });
  });
});
