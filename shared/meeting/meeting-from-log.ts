import type { LogLine } from '../domain/line';
import type { Meeting } from '../domain/meeting';
import type { Result } from '../ipc/result';
import { finish } from './finish';
import { resolveOptions, type MeetingOptions } from './options';
import { isStartCommand } from './parse';
import type { Dialect } from './presets';
import { initialState } from './state';
import { step } from './step';

/** True when some channel message of `lines` would open a meeting. */
export function hasStartMeeting(lines: readonly LogLine[], dialect: Dialect): boolean {
  return lines.some((l) => l.kind === 'message' && isStartCommand(l.text, dialect));
}

/**
 * Folds a whole log into a meeting: `initialState`, `step` for each line, `finish`. A log with
 * no `#startmeeting` is one meeting over the whole file (unless `implicitStart` says otherwise);
 * with one, the meeting runs from it to `#endmeeting` (the first meeting, if there are several).
 * Fails with `bad-option` when an option is wrong.
 */
export function meetingFromLog(
  lines: readonly LogLine[],
  options: MeetingOptions,
): Result<Meeting> {
  const resolved = resolveOptions(options);
  if (!resolved.ok) return resolved;
  const opts = resolved.value;
  const implicitStart = options.implicitStart ?? !hasStartMeeting(lines, opts.preset.dialect);
  const state = initialState({ ...opts, implicitStart });
  for (const line of lines) step(state, line);
  return { ok: true, value: finish(state) };
}
