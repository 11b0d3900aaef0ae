import { DEFAULT_NETWORK, type ConnectRequest } from '../../../shared/ipc/schemas';

/** The part of the secret store the IRC side uses (see `store/secrets.ts`). */
export interface SecretSource {
  get(key: string): string | null;
  set(key: string, value: string | null): unknown;
}

type SecretField = 'password' | 'sasl' | 'nickservPassword';
const FIELDS: readonly SecretField[] = ['password', 'sasl', 'nickservPassword'];
const KEY: Record<SecretField, string> = {
  password: 'password',
  sasl: 'sasl',
  nickservPassword: 'nickserv',
};

const keyOf = (network: string, field: SecretField) => `network:${network}:${KEY[field]}`;

// Each secret is kept with the server it was given for, so it is never offered to another one.
interface Kept {
  server: string;
  value: unknown;
}

function read(store: SecretSource, key: string, server: string): unknown {
  try {
    const kept = JSON.parse(store.get(key) ?? 'null') as Kept | null;
    return kept && kept.server === server ? kept.value : undefined;
  } catch {
    return undefined;
  }
}

/**
 * `request` with the secrets it leaves out taken from `store` (keys `network:<id>:password`,
 * `:sasl`, `:nickserv`), when they were kept for the same server. What the request carries wins.
 */
export function withStoredSecrets(request: ConnectRequest, store: SecretSource): ConnectRequest {
  const network = request.network ?? DEFAULT_NETWORK;
  const filled: ConnectRequest = { ...request };
  for (const field of FIELDS) {
    if (filled[field] !== undefined) continue;
    const value = read(store, keyOf(network, field), request.server);
    if (field === 'sasl') {
      const sasl = value as ConnectRequest['sasl'];
      if (sasl && typeof sasl.account === 'string' && typeof sasl.password === 'string')
        filled.sasl = sasl;
    } else if (typeof value === 'string') {
      filled[field] = value;
    }
  }
  return filled;
}

/** Keeps the secrets of a request that worked, for the next connect to the same server. */
export function keepSecrets(request: ConnectRequest, store: SecretSource): void {
  const network = request.network ?? DEFAULT_NETWORK;
  for (const field of FIELDS) {
    const value = request[field];
    if (value === undefined) continue;
    store.set(
      keyOf(network, field),
      JSON.stringify({ server: request.server, value } satisfies Kept),
    );
  }
}
