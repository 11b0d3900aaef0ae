import type { Schedule } from '../../../shared/ipc/after-meeting-schemas';
import { fail, ok, type Result } from '../../../shared/ipc/result';
import { announcement } from '../../../shared/time/announcement';
import { icsEvent } from '../../../shared/time/ics';
import { checkRule, nextOccurrence, type ScheduleRule } from '../../../shared/time/schedule';
import {
  DEFAULT_CITIES,
  isKnownZone,
  worldTimes,
  type City,
  type CityTime,
} from '../../../shared/time/world-times';
import type { Clock } from '../clock';
import { parseAddress } from '../irc/channel-address';
import type { ScheduleStore } from './schedule-store';

/** A `schedule:set` request. */
export interface ScheduleRequest {
  channel: string;
  rule: ScheduleRule;
  cities: City[];
  durationMin: number;
  title?: string;
  network?: string;
  agendaUrl?: string;
}

/** The next meeting of a channel, shown every way the chair needs it. */
export interface NextMeeting {
  at: number;
  worldTimes: CityTime[];
  ics: string;
  announcement: string;
}

/** A calendar id that stays the same for a channel, so calendars update the series. */
export const calendarUid = (channel: string): string =>
  `${
    channel
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '') || 'meeting'
  }@gavel`;

/**
 * Each channel's recurring meeting: the rule (weekday, local time and zone, every week or every
 * other), the cities to show its time in, how long it lasts, and how it is announced. From it,
 * the next meeting across the world (right across daylight-saving changes), an `.ics` file
 * and paste-ready announcement text.
 */
export class ScheduleService {
  constructor(
    private readonly store: ScheduleStore,
    private readonly clock: Clock,
    /** The server of the last connection, for schedules that name none. */
    private readonly lastServer: () => string | null,
  ) {}

  /** The channel's schedule, or null. */
  get(channel: string): Schedule | null {
    return this.store.get(channel);
  }

  /** Checks and keeps a channel's schedule. */
  set(request: ScheduleRequest): Result<Schedule> {
    const rule = checkRule(request.rule);
    if (!rule.ok) return rule;
    const unknown = request.cities.find((c) => !isKnownZone(c.zone));
    if (unknown) {
      return fail(
        'time-zone',
        `Unknown time zone "${unknown.zone}" for ${unknown.name}: use an IANA name such as Europe/Berlin.`,
      );
    }
    if (request.agendaUrl && !/^https?:\/\/\S+$/i.test(request.agendaUrl)) {
      return fail(
        'agenda-url',
        'The agenda link must be a web address starting with https:// or http://.',
      );
    }
    const schedule: Schedule = {
      channel: request.channel,
      rule: rule.value,
      cities: request.cities,
      durationMin: request.durationMin,
      title: request.title || null,
      network: request.network || null,
      agendaUrl: request.agendaUrl || null,
    };
    const saved = this.store.put(request.channel, schedule);
    return saved.ok ? ok(schedule) : saved;
  }

  /** Forgets a channel's schedule; false when it had none. */
  clear(channel: string): Result<{ cleared: boolean }> {
    if (this.store.get(channel) === null) return ok({ cleared: false });
    const saved = this.store.put(channel, null);
    return saved.ok ? ok({ cleared: true }) : saved;
  }

  /** The channel's next meeting from now. */
  next(channel: string): Result<NextMeeting> {
    const schedule = this.store.get(channel);
    if (!schedule) return fail('no-schedule', `No meeting time is set for ${channel}.`);
    const at = nextOccurrence(schedule.rule, this.clock.now());
    if (!at.ok) return at;
    const network = schedule.network ?? this.lastServer();
    if (network === null) {
      return fail(
        'no-network',
        'Say in the schedule which IRC server the meeting is on (e.g. irc.libera.chat).',
      );
    }
    const bare = parseAddress(channel).channel;
    const title = schedule.title ?? `${bare} meeting`;
    const cities = schedule.cities.length > 0 ? schedule.cities : DEFAULT_CITIES;
    const ics = icsEvent({
      uid: calendarUid(channel),
      start: at.value,
      durationMin: schedule.durationMin,
      summary: title,
      location: `${bare} on ${network}`,
      description: schedule.agendaUrl ? `Agenda: ${schedule.agendaUrl}` : undefined,
      rule: schedule.rule,
      now: this.clock.now(),
    });
    if (!ics.ok) return ics;
    const text = announcement({
      title,
      channel: bare,
      network,
      at: at.value,
      cities,
      agendaUrl: schedule.agendaUrl ?? undefined,
    });
    if (!text.ok) return text;
    return ok({
      at: at.value,
      worldTimes: worldTimes(at.value, cities),
      ics: ics.value,
      announcement: text.value,
    });
  }
}
