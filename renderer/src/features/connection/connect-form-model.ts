import type { ConnectRequest } from '../../../../shared/ipc/schemas';
import { channelProblem, hostProblem, nickProblem } from '../../../../shared/irc/validate';

/** IRC's customary ports: plain text, and TLS (RFC 7194). */
export const PLAIN_PORT = 6667;
export const TLS_PORT = 6697;

/** The form's fields as typed. */
export interface FormValues {
  server: string;
  port: string;
  tls: boolean;
  nick: string;
  channel: string;
}

/** Fields that can be wrong. */
export type FieldName = 'server' | 'port' | 'nick' | 'channel';
export type FieldErrors = Partial<Record<FieldName, string>>;

/** Field order, for focusing the first wrong one. */
export const FIELD_ORDER: readonly FieldName[] = ['server', 'port', 'nick', 'channel'];

const defaultPort = (tls: boolean) => (tls ? TLS_PORT : PLAIN_PORT);

/** The form's starting values: the last connection when there is one, else blanks. */
export function initialValues(last: ConnectRequest | null | undefined): FormValues {
  if (!last) return { server: '', port: String(PLAIN_PORT), tls: false, nick: '', channel: '' };
  return { ...last, port: String(last.port) };
}

/**
 * Values after ticking or unticking TLS. The port follows (6667 ⇄ 6697) while it is blank or the
 * other mode's default; a port the chair chose stays.
 */
export function withTls(values: FormValues, tls: boolean): FormValues {
  const port = values.port.trim();
  const follows = port === '' || port === String(defaultPort(values.tls));
  return { ...values, tls, port: follows ? String(defaultPort(tls)) : values.port };
}

/** Why a port is unacceptable, or null. */
export function portProblem(port: string): string | null {
  const text = port.trim();
  if (text === '') return 'A port is required.';
  const n = Number(text);
  if (!/^\d+$/.test(text) || n < 1 || n > 65535) return 'A port is a number from 1 to 65535.';
  return null;
}

/** Checks every field with the rules the core applies; a request when all are fine. */
export function validate(
  values: FormValues,
): { request: ConnectRequest } | { errors: FieldErrors } {
  const request: ConnectRequest = {
    server: values.server.trim(),
    port: Number(values.port.trim()),
    tls: values.tls,
    nick: values.nick.trim(),
    channel: values.channel.trim(),
  };
  const found: [FieldName, string | null][] = [
    ['server', hostProblem(request.server)],
    ['port', portProblem(values.port)],
    ['nick', nickProblem(request.nick)],
    ['channel', channelProblem(request.channel)],
  ];
  const errors: FieldErrors = {};
  for (const [field, problem] of found) if (problem) errors[field] = problem;
  return Object.keys(errors).length > 0 ? { errors } : { request };
}
