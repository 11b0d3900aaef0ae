import { execFileSync } from 'node:child_process';
import { chmodSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Where a test server's files live and which loopback ports it listens on. */
export interface NgircdLayout {
  dir: string;
  port: number;
  /** The TLS port, or null for a plain-text-only server. */
  tlsPort: number | null;
  /**
   * Keep ngircd's default flood penalties (a client's commands are delayed once it sends more
   * than 3 per pass or 256 bytes per second). Off by default so bots can talk fast.
   */
  floodControl?: boolean;
}

/**
 * The ngircd configuration of a loopback test server. ngircd reads a trailing `; comment` as part
 * of the value, so this text has none. Flood penalties are off (`MaxPenaltyTime = 0`), every
 * client may connect from 127.0.0.1 (`MaxConnectionsIP = 0`), and DNS, ident and PAM are off so
 * nothing leaves the machine. `IncludeDir` points at an empty folder so no system snippet loads.
 */
export function ngircdConf({ dir, port, tlsPort, floodControl }: NgircdLayout): string {
  const lines = [
    '[Global]',
    'Name = irc.test.local',
    'Info = Gavel loopback test server',
    'AdminInfo1 = test',
    'AdminInfo2 = test',
    'AdminEMail = test@localhost',
    'Listen = 127.0.0.1',
    `Ports = ${port}`,
    'MotdPhrase = "test"',
    '[Limits]',
    'MaxConnections = 0',
    'MaxConnectionsIP = 0',
    'MaxJoins = 0',
    'MaxNickLength = 30',
    ...(floodControl ? [] : ['MaxPenaltyTime = 0']),
    'PingTimeout = 120',
    'PongTimeout = 20',
    '[Options]',
    'DNS = no',
    'Ident = no',
    'PAM = no',
    'RequireAuthPing = no',
    'OperCanUseMode = yes',
    `IncludeDir = ${join(dir, 'conf.d')}`,
  ];
  if (tlsPort !== null) {
    lines.push(
      '[SSL]',
      `CertFile = ${join(dir, 'cert.pem')}`,
      `KeyFile = ${join(dir, 'key.pem')}`,
      `DHFile = ${join(dir, 'dh.pem')}`,
      `Ports = ${tlsPort}`,
    );
  }
  lines.push('[Operator]', 'Name = bot', 'Password = botpass');
  return lines.map((line) => (line.startsWith('[') ? line : `\t${line}`)).join('\n') + '\n';
}

/**
 * Writes a self-signed certificate for `localhost` and 127.0.0.1 plus fixed DH parameters into
 * `dir`, and returns the certificate's path. The key is world-readable because ngircd started
 * as root reads it after switching to `nobody`.
 */
export function makeTlsMaterial(dir: string): string {
  const cert = join(dir, 'cert.pem');
  const key = join(dir, 'key.pem');
  const quiet = { stdio: ['ignore', 'ignore', 'pipe'] as ('ignore' | 'pipe')[], timeout: 10_000 };
  execFileSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'ec',
      '-pkeyopt',
      'ec_paramgen_curve:prime256v1',
      '-nodes',
      '-keyout',
      key,
      '-out',
      cert,
      '-days',
      '3650',
      '-subj',
      '/CN=localhost',
      '-addext',
      'subjectAltName=DNS:localhost,IP:127.0.0.1',
    ],
    quiet,
  );
  chmodSync(key, 0o644);
  // RFC 7919 group: certtool prints it at once, where generating parameters would take seconds.
  const dh = execFileSync('certtool', ['--get-dh-params', '--sec-param=medium'], {
    ...quiet,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  writeFileSync(join(dir, 'dh.pem'), dh);
  return cert;
}
