import type { ConnectRequest } from '../../../shared/ipc/schemas';

const SECRETS = ['password', 'sasl', 'nickservPassword'] as const;

/**
 * `request` without its secrets (server password, SASL login, NickServ password), as it may be
 * kept in settings or shown. The certificate the user chose to trust is not a secret and stays.
 */
export function withoutSecrets(request: ConnectRequest): ConnectRequest {
  const copy = { ...request };
  for (const key of SECRETS) delete copy[key];
  return copy;
}
