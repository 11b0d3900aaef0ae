import { fail, ok, type Result } from '../ipc/result';
import { oneLine } from '../irc/one-line';
import { channelProblem, hostProblem } from '../irc/validate';
import { DEFAULT_CITIES, isKnownZone, worldTimes, type City } from './world-times';
import { DAY_NAMES, MONTH_NAMES } from './names';

/** What a meeting announcement says. */
export interface AnnouncementInput {
  title: string;
  channel: string;
  /** The IRC server people join, e.g. `irc.libera.chat`. */
  network: string;
  /** The meeting's start, epoch ms. */
  at: number;
  cities?: readonly City[];
  agendaUrl?: string;
}

function utcWhen(at: number): string {
  const d = new Date(at);
  const hh = String(d.getUTCHours()).padStart(2, '0');
  const mm = String(d.getUTCMinutes()).padStart(2, '0');
  return `${DAY_NAMES[d.getUTCDay()]} ${d.getUTCDate()} ${MONTH_NAMES[d.getUTCMonth()]} ${d.getUTCFullYear()}, ${hh}:${mm} UTC`;
}

function check(a: AnnouncementInput): Result<true> {
  if (oneLine(a.title) === '') return fail('title', 'The announcement needs a title.');
  const channel = channelProblem(a.channel);
  if (channel) return fail('channel', channel);
  const network = hostProblem(a.network);
  if (network) return fail('network', network);
  if (!Number.isFinite(a.at) || Math.abs(a.at) > 8.64e15)
    return fail('time', 'The meeting has no valid time.');
  for (const city of a.cities ?? []) {
    if (!isKnownZone(city.zone))
      return fail(
        'time-zone',
        `Unknown time zone "${city.zone}" for ${oneLine(city.name) || 'a city'}: use an IANA name such as Europe/Berlin.`,
      );
  }
  if (a.agendaUrl !== undefined && !/^https?:\/\/\S+$/i.test(a.agendaUrl.trim()))
    return fail(
      'agenda-url',
      'The agenda link must be a web address starting with https:// or http://.',
    );
  return ok(true);
}

/**
 * Paste-ready text announcing a meeting, for a mailing list or a channel: the title, the time in
 * UTC, the channel and network, the agenda link, the local time (with its UTC offset, daylight
 * saving included) in each city, and the epoch for `date -d @…` so anyone can convert it on
 * their own machine. Fails with a message when an input is wrong.
 */
export function announcement(a: AnnouncementInput): Result<string> {
  const checked = check(a);
  if (!checked.ok) return checked;
  const seconds = Math.floor(a.at / 1000);
  const times = worldTimes(a.at, a.cities ?? DEFAULT_CITIES).map((t) => ({
    ...t,
    city: oneLine(t.city),
  }));
  const width = Math.max(0, ...times.map((t) => [...t.city].length));
  const lines = [
    oneLine(a.title),
    '',
    `When:   ${utcWhen(a.at)}`,
    `Where:  ${a.channel} on ${a.network}`,
    ...(a.agendaUrl ? [`Agenda: ${a.agendaUrl.trim()}`] : []),
    '',
    ...(times.length > 0 ? ['Local times:'] : []),
    ...times.map(
      (t) => `  ${t.city}${' '.repeat(width - [...t.city].length)}  ${t.local} (${t.offset})`,
    ),
    ...(times.length > 0 ? [''] : []),
    `In your own time zone: date -d @${seconds}   (macOS/BSD: date -r ${seconds})`,
  ];
  return ok(lines.join('\n') + '\n');
}
