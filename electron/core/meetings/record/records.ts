import { z } from 'zod';
import { TranscriptLine } from '../../../../shared/domain/line';
import { PresetId } from '../../../../shared/domain/meeting';
import type { AgendaItem } from '../../../../shared/domain/imported';
import { MarkKind } from '../../../../shared/ipc/after-meeting-schemas';
import { ActionView, AgendaNode, MeetingMode } from '../../../../shared/ipc/meeting-schemas';

/**
 * The first record of every journal: which meeting this is. `origin` says who opened it: the
 * chair through Gavel, someone's `#startmeeting` in the channel that Gavel follows, or an
 * imported log. `implicitStart` is set when Gavel saw a bot's "Meeting started" reply but not
 * the command (or an imported log has no `#startmeeting`). `date` and `timeZone` are what an
 * imported log's times are read in (absent for live meetings, whose lines carry instants).
 */
const Start = z.object({
  t: z.literal('start'),
  id: z.string(),
  channel: z.string(),
  title: z.string(),
  mode: MeetingMode,
  preset: PresetId,
  botNick: z.string().nullable(),
  implicitStart: z.boolean(),
  origin: z.enum(['chair', 'channel', 'import']),
  date: z.string().nullable().optional(),
  timeZone: z.string().nullable().optional(),
  /** The journal's format (`journal-format.ts`); journals of format 1 have none. */
  v: z.number().int().positive().optional(),
});

/** A channel line received (or, in quiet mode, recorded locally) while the meeting was live. */
const Line = z.object({ t: z.literal('line'), line: TranscriptLine });
/** A meeting bot identified in the channel: its lines are not commands, its preset applies. */
const Bot = z.object({ t: z.literal('bot'), nick: z.string(), preset: PresetId });
const Mode = z.object({ t: z.literal('mode'), mode: MeetingMode });
/**
 * The chair took an agenda entry as the next topic, sent as `#topic <title>` (format 2 and
 * earlier called this record `link`).
 */
const AgendaTopic = z.object({
  t: z.literal('agenda-topic'),
  agendaId: z.string(),
  title: z.string(),
});
/** A chair's edit of an action; absent fields are unchanged. */
const ActionEdit = z.object({
  t: z.literal('action'),
  actionId: z.string(),
  owners: z.array(z.string()).optional(),
  due: z.string().nullable().optional(),
  done: z.boolean().optional(),
});
/** The open actions of the channel's previous meeting, as they stood when this one started. */
const Carried = z.object({ t: z.literal('carried'), actions: z.array(ActionView) });
const Name = z.object({ t: z.literal('name'), nick: z.string(), name: z.string() });
/** Who was in the channel when the meeting started (the server's member list, Gavel included). */
const Members = z.object({ t: z.literal('members'), nicks: z.array(z.string()) });
/** The channel's agenda: at the start, then after each change while the meeting is live. */
const Agenda = z.object({ t: z.literal('agenda'), items: z.array(AgendaNode) });
/** Gavel lost the channel (`open`) or is back in it (`close`). */
const Gap = z.object({ t: z.literal('gap'), state: z.enum(['open', 'close']) });
/** The chair ended the meeting although no `#endmeeting` took effect (e.g. while offline). */
const End = z.object({ t: z.literal('end') });
/**
 * Structure the chair marked after the fact: `#<as> <text>` said by `nick` just before
 * transcript line `seq`, as a local line (its id is `m` and the record number).
 */
const Mark = z.object({
  t: z.literal('mark'),
  seq: z.number().int().positive(),
  as: MarkKind,
  text: z.string(),
  nick: z.string(),
});
/** A mark taken back. */
const Unmark = z.object({ t: z.literal('unmark'), markId: z.string() });
const AgendaItemSchema: z.ZodType<AgendaItem> = z.lazy(() =>
  z.object({
    title: z.string(),
    owners: z.array(z.string()),
    timebox: z.number().nullable(),
    items: z.array(AgendaItemSchema),
  }),
);
/** What an imported log said about its meeting besides its lines (for the minutes). */
const Source = z.object({
  t: z.literal('source'),
  format: z.string(),
  name: z.string(),
  title: z.string().nullable(),
  place: z.string().nullable(),
  scheduledAt: z.number().nullable(),
  agenda: z.array(AgendaItemSchema),
  participants: z.array(
    z.object({ nick: z.string(), name: z.string(), alias: z.string().optional() }),
  ),
});

export type StartBody = z.infer<typeof Start>;
export type MarkBody = z.infer<typeof Mark>;
export type SourceBody = z.infer<typeof Source>;

// Each kind is checked together with the fields every record carries, in one object schema:
// far faster to parse than an intersection, which matters when a long meeting is replayed.
const envelope = { i: z.number().int().positive(), at: z.number() };

/**
 * One line of a meeting's journal: `i` numbers records from 1 in the order they were written
 * (ids derived from it survive restarts), `at` is when it was written (epoch ms).
 */
export const MeetingRecord = z.discriminatedUnion('t', [
  Start.extend(envelope),
  Line.extend(envelope),
  Bot.extend(envelope),
  Mode.extend(envelope),
  AgendaTopic.extend(envelope),
  ActionEdit.extend(envelope),
  Carried.extend(envelope),
  Name.extend(envelope),
  Members.extend(envelope),
  Agenda.extend(envelope),
  Gap.extend(envelope),
  End.extend(envelope),
  Mark.extend(envelope),
  Unmark.extend(envelope),
  Source.extend(envelope),
]);
export type MeetingRecord = z.infer<typeof MeetingRecord>;

/** What a record says, before it is numbered and stamped. */
export type RecordBody = MeetingRecord extends infer R
  ? R extends unknown
    ? Omit<R, 'i' | 'at'>
    : never
  : never;
