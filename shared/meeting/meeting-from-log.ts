import type { LogLine } from '../domain/line';
import { LINE_KINDS } from '../domain/line-kinds';
import type { LineTable } from '../domain/line-table';
import type { Meeting } from '../domain/meeting';
import type { Result } from '../ipc/result';
import { finish } from './finish';
import { resolveOptions, type MeetingOptions } from './options';
import { isStartCommand } from './parse';
import type { Dialect } from './presets';
import { initialState, type MeetingState } from './state';
import { step } from './step';

/** True when some channel message of `lines` would open a meeting. */
function hasStartMeeting(lines: readonly LogLine[], dialect: Dialect): boolean {
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
  const state = startFold(options, (dialect) => hasStartMeeting(lines, dialect));
  if (!state.ok) return state;
  for (const line of lines) step(state.value, line);
  return { ok: true, value: finish(state.value) };
}

/**
 * {@link meetingFromLog} for a log read into columns: each line is made into a `LogLine` only as
 * it is folded, and let go after, so only what the meeting keeps of it outlives its step; the
 * meeting log keeps a line's row of the table rather than its text.
 */
export function meetingFromTable(table: LineTable, options: MeetingOptions): Result<Meeting> {
  const state = startFold(options, (dialect) => tableHasStart(table, dialect));
  if (!state.ok) return state;
  const log = state.value.log;
  for (let i = 0; i < table.length; i++) {
    const line = table.line(i);
    log.readFrom(table, i, line.text);
    step(state.value, line);
  }
  return { ok: true, value: finish(state.value) };
}

const HASH = 0x23;

/**
 * {@link hasStartMeeting} for a table; classic MeetBot reads `#startmeeting` only at the very
 * start of a line, so only lines starting with `#` need their text cut.
 */
export function tableHasStart(table: LineTable, dialect: Dialect): boolean {
  const message = LINE_KINDS.indexOf('message');
  const kinds = table.columns.kinds;
  for (let i = 0; i < table.length; i++) {
    if (kinds[i] !== message) continue;
    if (dialect !== 'meetingology' && table.textCode(i, 0) !== HASH) continue;
    if (isStartCommand(table.text(i), dialect)) return true;
  }
  return false;
}

function startFold(
  options: MeetingOptions,
  hasStart: (dialect: Dialect) => boolean,
): Result<MeetingState> {
  const resolved = resolveOptions(options);
  if (!resolved.ok) return resolved;
  const opts = resolved.value;
  const implicitStart = options.implicitStart ?? !hasStart(opts.preset.dialect);
  return { ok: true, value: initialState({ ...opts, implicitStart }) };
}
