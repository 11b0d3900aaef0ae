import { z } from 'zod';
import { LINE_KINDS } from './line-kinds';

/**
 * What happened on one line of a channel. `message`, `action` (CTCP ACTION, `/me`) and `notice`
 * are said by someone; the rest are channel events kept for the transcript but never parsed as
 * meeting commands. `gap` marks a stretch where the app was not connected; `heading` is a section
 * heading of a wiki transcript (`### Topic`), which starts a topic.
 */
export const LineKind = z.enum(LINE_KINDS);
export type LineKind = z.infer<typeof LineKind>;

/**
 * One line of a log, as imported from a file or received live.
 * `time` is the stamp as the log shows it (`HH:MM:SS`, or `HH:MM` when the source has no
 * seconds, or '' when it has none); `at` is the instant in epoch milliseconds when known.
 */
export const LogLine = z.object({
  at: z.number().nullable(),
  time: z.string(),
  kind: LineKind,
  nick: z.string(),
  text: z.string(),
});
export type LogLine = z.infer<typeof LogLine>;

/** A live transcript line: a log line numbered by `seq` (monotonic per channel, from 1). */
export const TranscriptLine = LogLine.extend({
  seq: z.number().int().positive(),
  channel: z.string(),
  /** True when the line was said by this app's own user. */
  self: z.boolean(),
  /** True when Gavel recorded the line without sending it (quiet mode, a gap note). */
  local: z.boolean().optional(),
});
export type TranscriptLine = z.infer<typeof TranscriptLine>;
