import type { LogLine } from '../../../domain/line';
import type { Meeting } from '../../../domain/meeting';
import { meetingFromLog, type MeetingOptions } from '../../../meeting';

/** The meeting the engine makes of `lines`; throws when the options are wrong (a test's mistake). */
export function meetingOf(lines: readonly LogLine[], options: MeetingOptions): Meeting {
  const result = meetingFromLog(lines, options);
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}
