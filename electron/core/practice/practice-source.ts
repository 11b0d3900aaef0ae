import type { LogLine } from '../../../shared/domain/line';
import type { AgendaNode } from '../../../shared/ipc/meeting-schemas';
import { fail, ok, type Result } from '../../../shared/ipc/result';
import { importLog } from '../../../shared/formats/importers/import-log';
import { meetingFromLog } from '../../../shared/meeting/index';
import { isStartLine } from '../meetings/live/bot-detect';
import type { MeetingEditor } from '../meetings/edits/meeting-editor';
import { SAMPLE_AGENDA, SAMPLE_DATE, SAMPLE_LOG } from './sample-meeting';

/** What a practice run replays: the lines after the meeting's start, and how it was run. */
export interface PracticeSource {
  title: string;
  /** Who chaired it: the chair practises as them, so the replayed chair's commands count. */
  chair: string | null;
  agenda: AgendaNode[];
  /** The line the replay starts after (the `#startmeeting`), for the first pause. */
  startLine: LogLine | undefined;
  lines: LogLine[];
}

const plain = ({ at, time, kind, nick, text }: LogLine): LogLine => ({
  at,
  time,
  kind,
  nick,
  text,
});

function fromLines(
  lines: readonly LogLine[],
  title: string,
  agenda: AgendaNode[],
): Result<PracticeSource> {
  const said = lines.filter((l) => l.kind !== 'gap').map(plain);
  if (said.length === 0) return fail('nothing-to-replay', 'That meeting has no lines to replay.');
  const start = said.findIndex(isStartLine);
  const meeting = meetingFromLog(said, { channel: '#practice' });
  return ok({
    title,
    chair: meeting.ok ? meeting.value.startedBy : null,
    agenda,
    startLine: start >= 0 ? said[start] : undefined,
    lines: start >= 0 ? said.slice(start + 1) : said,
  });
}

/** The bundled sample meeting, ready to replay. */
export function sampleSource(): Result<PracticeSource> {
  const log = importLog(SAMPLE_LOG, { format: 'meetbot', date: SAMPLE_DATE, channel: '#tern' });
  if (!log.ok) return log;
  return fromLines(log.value.lines, 'Tern weekly (practice)', SAMPLE_AGENDA);
}

/** A recorded meeting, ready to replay (its own lines, its agenda, its title). */
export function meetingSource(editor: MeetingEditor, meetingId: string): Result<PracticeSource> {
  const fold = editor.fold(meetingId);
  if (!fold.ok) return fold;
  const view = editor.view(meetingId, fold.value);
  const title = `${view.title ?? view.name ?? view.channel} (practice)`;
  return fromLines(
    fold.value.lines.map((l) => l.line),
    title,
    fold.value.agenda,
  );
}
