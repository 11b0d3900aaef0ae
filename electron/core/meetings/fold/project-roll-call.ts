import { isRollCall } from '../../../../shared/domain/roll-call';
import type { RollCallView } from '../../../../shared/ipc/meeting-schemas';
import type { JournalLine } from './meeting-fold';

/**
 * The meeting's last roll call: when it was called, by whom, and who has said anything since
 * (under the nick they have now, following nick changes). Null when nobody called one.
 */
export function rollCallOf(lines: readonly JournalLine[]): RollCallView | null {
  let call: { at: number | null; by: string; answered: Set<string> } | null = null;
  for (const { line } of lines) {
    if (line.kind === 'message' && isRollCall(line.text)) {
      call = { at: line.at, by: line.nick, answered: new Set() };
    } else if (call && (line.kind === 'message' || line.kind === 'action')) {
      if (line.nick !== call.by) call.answered.add(line.nick);
    } else if (call && line.kind === 'nick') {
      if (call.answered.delete(line.nick)) call.answered.add(line.text);
      if (call.by === line.nick) call.by = line.text;
    }
  }
  return call && { at: call.at, by: call.by, answered: [...call.answered] };
}
