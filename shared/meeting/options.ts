import type { PresetId } from '../domain/meeting';
import type { Generation } from './bot';
import { fail, ok, type Result } from '../ipc/result';
import { isPresetId, PRESET_IDS, presetFor, type Preset } from './presets';
import { zoneProblem } from './zone';

/** What the engine needs to know that the lines do not say. */
export interface MeetingOptions {
  /** The channel, with its `#`. */
  channel: string;
  /** `YYYY-MM-DD` of the first line, when known. */
  date?: string | null;
  /** IANA zone (`Europe/Berlin`) or fixed offset (`-04:00`) the times are in; default UTC. */
  timeZone?: string | null;
  /** Whose behaviour to follow; default `meetbot`. */
  preset?: PresetId;
  /** The meeting bot's nick, when known: its lines are logged but never read as commands. */
  botNick?: string | null;
  /**
   * Which meetingology kept the log, when known and the log does not show it (no banner): its
   * votes enter the minutes as that version's did. Default: the preset's.
   */
  generation?: Generation | null;
  /**
   * Whether the bot's own lines count among the people present, when known. Default: as the
   * preset's bot does, and always for meetingology 0.1.5; meetingology 0.4.0 counted itself
   * until July 2021 (a deployment of that time needs `true`).
   */
  botCounted?: boolean | null;
  /**
   * The meeting spans every line, without waiting for `#startmeeting` (a log that has none).
   * Nobody was made chair, so chair-only commands are taken from anyone.
   */
  implicitStart?: boolean;
}

/** Options with defaults applied and the preset looked up. */
export interface ResolvedOptions {
  channel: string;
  date: string | null;
  timeZone: string | null;
  preset: Preset;
  botNick: string | null;
  generation: Generation | null;
  botCounted: boolean | null;
  implicitStart: boolean;
}

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

function dateProblem(date: string): string | null {
  const m = DATE_RE.exec(date);
  if (!m) return `The date "${date}" is not in the form YYYY-MM-DD.`;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const t = new Date(Date.UTC(y, mo - 1, d));
  if (t.getUTCFullYear() !== y || t.getUTCMonth() !== mo - 1 || t.getUTCDate() !== d) {
    return `The date "${date}" does not exist.`;
  }
  return null;
}

/**
 * Checks options a user typed (CLI flags, a form) and fills in defaults. Fails with
 * `bad-option` and a sentence naming the value when a date, zone, preset or channel is wrong.
 */
export function resolveOptions(options: MeetingOptions): Result<ResolvedOptions> {
  if (options.channel.trim() === '') return fail('bad-option', 'A channel is required.');
  if (options.date != null) {
    const problem = dateProblem(options.date);
    if (problem) return fail('bad-option', problem);
  }
  if (options.timeZone != null) {
    const problem = zoneProblem(options.timeZone);
    if (problem) return fail('bad-option', problem);
  }
  const preset = options.preset ?? 'meetbot';
  if (!isPresetId(preset)) {
    return fail(
      'bad-option',
      `Unknown preset "${String(options.preset)}"; use one of ${PRESET_IDS.join(', ')}.`,
    );
  }
  return ok({
    channel: options.channel,
    date: options.date ?? null,
    timeZone: options.timeZone ?? null,
    preset: presetFor(preset),
    botNick: options.botNick ?? null,
    generation: options.generation ?? null,
    botCounted: options.botCounted ?? null,
    implicitStart: options.implicitStart ?? false,
  });
}
