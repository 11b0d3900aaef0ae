import type { Schedule } from '../../../../shared/ipc/after-meeting-schemas';
import { fail, ok, type Result } from '../../../../shared/ipc/result';
import type { Req } from '../../../../shared/ipc/schemas';
import { channelProblem, hostProblem } from '../../../../shared/irc/validate';
import { checkRule, type ScheduleRule } from '../../../../shared/time/schedule';
import type { City } from '../../../../shared/time/world-times';
import { USUAL_CITIES } from './cities';
import { bareChannel } from './schedule-text';

/** The schedule form as the chair fills it in: text as typed, until it is saved. */
export interface ScheduleForm {
  /** 0 = Sunday … 6 = Saturday. */
  weekday: number;
  every: 1 | 2;
  /** `YYYY-MM-DD` of one meeting, for a meeting every other week. */
  anchor: string;
  /** `HH:MM`, 24-hour, on the clocks of `zone`. */
  time: string;
  zone: string;
  durationMin: string;
  title: string;
  network: string;
  agendaUrl: string;
  cities: City[];
}

/** The form's fields a problem can point at. */
export type ScheduleField =
  | 'channel'
  | 'weekday'
  | 'every'
  | 'anchor'
  | 'time'
  | 'zone'
  | 'durationMin'
  | 'title'
  | 'network'
  | 'agendaUrl';

// Failure codes, the core's included (shared/time/schedule, the schedule service), by field.
const FIELD_OF_CODE: Record<string, ScheduleField> = {
  channel: 'channel',
  weekday: 'weekday',
  every: 'every',
  anchor: 'anchor',
  time: 'time',
  'time-zone': 'zone',
  duration: 'durationMin',
  title: 'title',
  network: 'network',
  'agenda-url': 'agendaUrl',
};

/** The field a failure's `code` is about, or null when it is about none in particular. */
export function fieldOfCode(code: string): ScheduleField | null {
  return FIELD_OF_CODE[code] ?? null;
}

/** A form for a channel with no schedule yet: weekly, Monday 15:00 UTC, an hour, usual cities. */
export function emptyForm(): ScheduleForm {
  return {
    weekday: 1,
    every: 1,
    anchor: '',
    time: '15:00',
    zone: 'UTC',
    durationMin: '60',
    title: '',
    network: '',
    agendaUrl: '',
    cities: [...USUAL_CITIES],
  };
}

/** The form showing a saved schedule. */
export function formOf(schedule: Schedule): ScheduleForm {
  const { rule } = schedule;
  return {
    weekday: rule.weekday,
    every: rule.every,
    anchor: rule.anchor ?? '',
    time: rule.time,
    zone: rule.zone,
    durationMin: String(schedule.durationMin),
    title: schedule.title ?? '',
    network: schedule.network ?? '',
    agendaUrl: schedule.agendaUrl ?? '',
    cities: [...schedule.cities],
  };
}

const DURATION_RE = /^\d+$/;

/**
 * The `schedule:set` request for `channel` from the form, or the first thing to fix (its code
 * names the field, see `fieldOfCode`). Empty optional fields are left out; the anchor only goes
 * with a meeting every other week.
 */
export function requestOf(channel: string, form: ScheduleForm): Result<Req<'schedule:set'>> {
  const name = channel.trim();
  const problem = channelProblem(bareChannel(name));
  if (problem) return fail('channel', problem);
  const rule: ScheduleRule = {
    weekday: form.weekday,
    time: form.time.trim(),
    zone: form.zone.trim(),
    every: form.every,
    ...(form.every === 2 && form.anchor.trim() ? { anchor: form.anchor.trim() } : {}),
  };
  const checked = checkRule(rule);
  if (!checked.ok) return checked;
  const duration = form.durationMin.trim();
  const minutes = Number(duration);
  if (!DURATION_RE.test(duration) || minutes < 1 || minutes > 1440)
    return fail('duration', 'The meeting lasts 1 to 1440 whole minutes.');
  const network = form.network.trim();
  const host = network ? hostProblem(network) : null;
  if (host) return fail('network', host);
  const title = form.title.trim();
  if (title.length > 200) return fail('title', 'A title has at most 200 characters.');
  const agendaUrl = form.agendaUrl.trim();
  return ok({
    channel: name,
    rule: checked.value,
    cities: form.cities,
    durationMin: minutes,
    ...(title ? { title } : {}),
    ...(network ? { network } : {}),
    ...(agendaUrl ? { agendaUrl } : {}),
  });
}
