import { randomBytes } from 'node:crypto';

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * A new meeting's id, readable in a folder listing and unique: the UTC start time, the channel
 * and a random suffix, e.g. `20261121-140312-kamailio-dev-3f9a1c`.
 */
export function newMeetingId(channel: string, at: number): string {
  const d = new Date(at);
  const day = `${d.getUTCFullYear()}${pad(d.getUTCMonth() + 1)}${pad(d.getUTCDate())}`;
  const time = `${pad(d.getUTCHours())}${pad(d.getUTCMinutes())}${pad(d.getUTCSeconds())}`;
  const slug = channel
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40);
  return `${day}-${time}-${slug || 'channel'}-${randomBytes(3).toString('hex')}`;
}
