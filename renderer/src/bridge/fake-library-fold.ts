import type { AgendaItem } from '../../../shared/domain/imported';
import type { TranscriptLine } from '../../../shared/domain/line';
import type { PresetId } from '../../../shared/domain/meeting';
import type { MarkKind, MarkView, MeetingSource } from '../../../shared/ipc/after-meeting-schemas';
import type { ActionView, MeetingView } from '../../../shared/ipc/meeting-schemas';
import { fail, ok, type Result } from '../../../shared/ipc/result';
import { stripFormatting } from '../../../shared/irc/format';
import { oneLine } from '../../../shared/irc/one-line';
import { commandFor } from '../../../shared/meeting/command-table';
import {
  finish,
  initialState,
  presetFor,
  resolveOptions,
  step,
  type MeetingState,
} from '../../../shared/meeting/index';
import { isChair } from '../../../shared/meeting/state';

/** A structure mark as the fake keeps it: the request, and who says its command. */
export interface StoredMark extends MarkView {
  nick: string;
}

/** A chair's edits of one action. */
export interface ActionEdits {
  owners?: string[];
  due?: string | null;
  done?: boolean;
}

/** A meeting of the fake's library with lines: what its journal would hold. */
export interface StoredMeeting {
  id: string;
  channel: string;
  title: string | null;
  source: MeetingSource;
  format: string | null;
  startedAt: number;
  date: string | null;
  timeZone: string | null;
  preset: PresetId;
  implicitStart: boolean;
  agenda: AgendaItem[];
  lines: TranscriptLine[];
  marks: StoredMark[];
  edits: Map<string, ActionEdits>;
}

const key = (title: string) => title.trim().replace(/\s+/g, ' ').toLowerCase();

function timeboxes(items: readonly AgendaItem[], into = new Map<string, number>()) {
  for (const item of items) {
    if (item.timebox !== null && !into.has(key(item.title)))
      into.set(key(item.title), item.timebox);
    timeboxes(item.items, into);
  }
  return into;
}

/** The engine over the meeting's lines, each mark said (locally) just before its line. */
function engineOf(m: StoredMeeting, marks: readonly StoredMark[]) {
  const options = resolveOptions({
    channel: m.channel,
    date: m.date,
    timeZone: m.timeZone,
    preset: m.preset,
    implicitStart: m.implicitStart,
  });
  if (!options.ok) throw new Error(options.error.message);
  const engine = initialState(options.value);
  const logSeqs: number[] = [];
  for (const line of m.lines) {
    for (const mark of marks.filter((k) => k.seq === line.seq))
      step(engine, {
        ...line,
        nick: mark.nick,
        kind: 'message',
        text: `#${mark.as} ${mark.text}`,
        local: true,
      });
    const before = engine.log.length;
    step(engine, line);
    if (engine.log.length > before) logSeqs.push(line.seq);
  }
  return { engine, logSeqs };
}

/** When the meeting ended: its `#endmeeting`, else its last stamped line (imports end there). */
function endOf(m: StoredMeeting, engine: MeetingState): number {
  if (engine.ended && engine.end?.at != null) return engine.end.at;
  return m.lines.reduce((at, line) => line.at ?? at, m.startedAt);
}

/** The meeting as the core projects it: topics, items and actions point back at their lines. */
export function viewOf(m: StoredMeeting): MeetingView {
  const { engine, logSeqs } = engineOf(m, m.marks);
  const meeting = finish(engine);
  const seqOf = (n: number | null) => (n === null ? null : (logSeqs[n - 1] ?? null));
  const atOf = (n: number) => meeting.log[n - 1]?.at ?? null;
  const endedAt = endOf(m, engine);
  const planned = timeboxes(m.agenda);
  const starts = meeting.topics.map((t) => (t.line === null ? m.startedAt : atOf(t.line)));
  const actions: ActionView[] = meeting.actions.map((a) => {
    const id = `a${seqOf(a.line) ?? `l${a.line}`}`;
    const action: ActionView = {
      id,
      text: a.text,
      nick: a.nick,
      at: atOf(a.line),
      seq: seqOf(a.line),
      owners: a.owners,
      due: null,
      done: false,
      source: 'meeting',
    };
    return { ...action, ...m.edits.get(id) };
  });
  return {
    id: m.id,
    channel: m.channel,
    status: 'ended',
    mode: 'quiet',
    title: meeting.title ?? m.title,
    name: meeting.name,
    startedAt: m.startedAt,
    endedAt,
    startedBy: meeting.startedBy,
    chairs: meeting.chairs,
    botNick: null,
    topics: meeting.topics.map((t, i) => ({
      title: t.title,
      nick: t.nick,
      startedAt: starts[i] ?? null,
      endedAt: i + 1 < starts.length ? (starts[i + 1] ?? null) : endedAt,
      seq: seqOf(t.line),
      agendaId: null,
      timebox: t.title === null ? null : (planned.get(key(t.title)) ?? null),
      items: t.items.map((item) => ({
        type: item.type,
        nick: item.nick,
        text: item.text,
        at: item.at,
        seq: seqOf(item.line),
      })),
    })),
    actions,
    votes: meeting.votes.map((v) => ({
      question: v.question,
      options: v.options,
      votes: v.votes,
      tally: Object.fromEntries(
        v.options.map((o) => [o, Object.values(v.votes).filter((c) => c === o).length]),
      ),
      open: false,
      result: v.result,
    })),
    people: meeting.people.map((p) => ({
      nick: p.nick,
      aliases: [],
      name: null,
      lines: p.lines,
      present: true,
      joinedAt: null,
      leftAt: null,
    })),
    rollCall: null,
    gaps: [],
  };
}

/** The words a mark takes from its line when the chair gives none (a command's argument). */
function lineWords(line: TranscriptLine): string {
  return oneLine(stripFormatting(line.text))
    .replace(/^#[A-Za-z]+\s+/, '')
    .trim();
}

/**
 * The mark `meeting:mark` would journal on line `seq`, or why it cannot: the same checks, in the
 * same order and words, as the core's structure marks.
 */
export function newMark(
  m: StoredMeeting,
  request: { seq: number; as: MarkKind; text?: string },
  id: string,
): Result<StoredMark> {
  const line = m.lines.find((l) => l.seq === request.seq);
  if (!line) return fail('no-such-line', 'That line is not part of this meeting.');
  if (line.kind !== 'message' && line.kind !== 'action')
    return fail('not-said', 'Only lines someone said can be marked.');
  const text = request.text === undefined ? lineWords(line) : oneLine(request.text);
  if (text === '') return fail('no-text', 'That line has no words to use; type the text.');
  const view = viewOf(m);
  const there =
    request.as === 'topic'
      ? view.topics.some((t) => t.seq === request.seq)
      : view.topics.some((t) =>
          t.items.some((i) => i.seq === request.seq && i.type === request.as),
        );
  if (there) {
    const what = request.as === 'topic' ? 'starts a topic' : `is an ${request.as} item`;
    return fail('already-marked', `That line already ${what}.`);
  }
  const { engine } = engineOf(m, m.marks);
  const command = commandFor(presetFor(m.preset).dialect, request.as);
  const nick =
    !command?.chairOnly || isChair(engine, line.nick) ? line.nick : (engine.owner ?? line.nick);
  const mark: StoredMark = { id, seq: request.seq, as: request.as, text, nick };
  if (engineOf(m, [...m.marks, mark]).engine.items.length <= engine.items.length) {
    return fail(
      'outside-meeting',
      'That line is outside the meeting (before it started or after it ended), so nothing marked there reaches the minutes.',
    );
  }
  return ok(mark);
}
