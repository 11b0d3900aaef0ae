import { worldTimes } from '../../../../shared/time/world-times';

/** The bare channel of a transcript name: `#meet` of `oftc:#meet`. */
export function bareChannel(channel: string): string {
  return channel.slice(channel.indexOf(':') + 1);
}

/** The name of a channel's calendar file: `kamailio-meeting.ics` for `#kamailio`. */
export function icsFileName(channel: string): string {
  const slug = bareChannel(channel)
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
  return `${slug || 'channel'}-meeting.ics`;
}

/** A city's day against UTC's: `+1 day`, `−1 day`, or empty on the same day. */
export function dayShiftLabel(dayShift: number): string {
  if (dayShift === 0) return '';
  const days = Math.abs(dayShift) === 1 ? 'day' : 'days';
  return `${dayShift > 0 ? '+' : '−'}${Math.abs(dayShift)} ${days}`;
}

/** An instant as UTC reads it, e.g. `Tue 31 Jan 2012, 16:00 UTC`. */
export function utcWhen(at: number): string {
  return `${worldTimes(at, [{ name: 'UTC', zone: 'UTC' }])[0]!.local} UTC`;
}
