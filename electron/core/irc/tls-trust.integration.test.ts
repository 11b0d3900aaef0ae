import { X509Certificate } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createServer } from 'node:tls';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ConnectRequest } from '../../../shared/ipc/schemas';
import { startNgircd, type Ngircd } from '../../testing/ngircd';
import { systemClock } from '../clock';
import { IrcService } from './irc-service';

let ircd: Ngircd;
let fingerprint: string;
beforeAll(async () => {
  ircd = await startNgircd({ tls: true });
  fingerprint = new X509Certificate(readFileSync(ircd.certFile!)).fingerprint256;
});
afterAll(async () => {
  await ircd?.stop();
});

async function connect(extra: Partial<ConnectRequest>) {
  const irc = new IrcService({ clock: systemClock, onStatus: () => {}, onLine: () => {} });
  const request: ConnectRequest = {
    server: '127.0.0.1',
    port: ircd.tlsPort!,
    tls: true,
    nick: 'chair',
    channel: '#meet',
    ...extra,
  };
  const result = await irc.connect(request);
  const status = irc.status();
  await irc.close();
  return { result, status };
}

describe('TLS certificate trust', () => {
  it('refuses a self-signed certificate and shows which one, so the user can choose to trust it', async () => {
    const { result, status } = await connect({});
    expect(result).toMatchObject({ ok: false, error: { code: 'tls-untrusted' } });
    expect(status.certificate).toMatchObject({
      fingerprint256: fingerprint,
      subject: 'CN=localhost',
    });
  });

  it('accepts exactly the certificate the user chose to trust', async () => {
    const { result } = await connect({ trustFingerprint: fingerprint, nick: 'pinned' });
    expect(result).toMatchObject({ ok: true, value: { state: 'joined', tls: true } });
  });

  it('still refuses any other certificate', async () => {
    const other = fingerprint.replace(/^../, fingerprint.startsWith('00') ? '11' : '00');
    const { result } = await connect({ trustFingerprint: other });
    expect(result).toMatchObject({
      ok: false,
      error: {
        code: 'tls-untrusted',
        message: expect.stringMatching(/not the certificate you chose to trust/),
      },
    });
  });

  it('writes nothing, not even CAP, to a server it refuses', async () => {
    const received: Buffer[] = [];
    const server = createServer(
      { cert: readFileSync(ircd.certFile!), key: readFileSync(join(ircd.dir, 'key.pem')) },
      (socket) => socket.on('data', (d: Buffer) => received.push(d)),
    );
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const port = (server.address() as { port: number }).port;
    const { result } = await connect({ port, sasl: { account: 'gavel', password: 'secret' } });
    server.close();
    expect(result).toMatchObject({ ok: false, error: { code: 'tls-untrusted' } });
    expect(Buffer.concat(received).length).toBe(0);
  });
});
