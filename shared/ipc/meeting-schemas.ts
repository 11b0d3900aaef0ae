import { z } from 'zod';
import { ItemType } from '../domain/meeting';
import { AGENDA_TEXT_MAX_CHARS } from './limits';

const Text = z.string().trim().min(1, 'Text is required.').max(2000, 'That text is too long.');
const Channel = z.string().min(1).max(200);
const Nick = z.string().min(1).max(64);
const Id = z.string().min(1).max(100);

/** An agenda entry as the chair edits it: ids are stable so the UI can move and nest entries. */
export interface AgendaNode {
  id: string;
  title: string;
  owners: string[];
  /** Minutes planned, or null. */
  timebox: number | null;
  children: AgendaNode[];
  /** True for a group: a label holding entries (a page's "Kamailio related:"), never a topic. */
  group?: boolean;
}
export const AgendaNode: z.ZodType<AgendaNode> = z.lazy(() =>
  z.object({
    id: Id,
    title: z.string().max(500),
    owners: z.array(z.string().max(64)).max(20),
    timebox: z.number().int().min(1).max(600).nullable(),
    children: z.array(AgendaNode).max(200),
    group: z.boolean().optional(),
  }),
);

/** A channel's agenda and where the meeting is in it. */
export const Agenda = z.object({
  channel: Channel,
  items: z.array(AgendaNode).max(200),
  /** The entry the meeting is on now, or null before the first topic. */
  currentId: Id.nullable(),
  /** Entries already taken as topics, in order; never the current one. */
  doneIds: z.array(Id),
});
export type Agenda = z.infer<typeof Agenda>;

export const MeetingMode = z.enum(['drive', 'quiet']);
export type MeetingMode = z.infer<typeof MeetingMode>;

/** A minutes item with the transcript line it came from (`seq`), for "jump to line". */
export const ItemView = z.object({
  type: ItemType,
  nick: z.string(),
  text: z.string(),
  at: z.number().nullable(),
  seq: z.number().int().nullable(),
});
export type ItemView = z.infer<typeof ItemView>;

/** A topic as the timeline shows it: planned (timebox) against actual (start to end or now). */
export const TopicView = z.object({
  title: z.string().nullable(),
  nick: z.string().nullable(),
  startedAt: z.number().nullable(),
  /** When the next topic began or the meeting ended; null for the current topic. */
  endedAt: z.number().nullable(),
  seq: z.number().int().nullable(),
  agendaId: Id.nullable(),
  timebox: z.number().nullable(),
  items: z.array(ItemView),
});
export type TopicView = z.infer<typeof TopicView>;

/** An action item: from `#action` lines (owners by MeetBot's rules), the UI, or carried over. */
export const ActionView = z.object({
  id: Id,
  text: z.string(),
  nick: z.string(),
  at: z.number().nullable(),
  seq: z.number().int().nullable(),
  owners: z.array(z.string()),
  /** `YYYY-MM-DD`, or null. */
  due: z.string().nullable(),
  done: z.boolean(),
  source: z.enum(['meeting', 'carried']),
});
export type ActionView = z.infer<typeof ActionView>;

export const VoteView = z.object({
  question: z.string(),
  options: z.array(z.string()),
  votes: z.record(z.string(), z.string()),
  tally: z.record(z.string(), z.number().int()),
  open: z.boolean(),
  result: z.string().nullable(),
});
export type VoteView = z.infer<typeof VoteView>;

export const PersonView = z.object({
  /** The nick the person has now. */
  nick: z.string(),
  /** Nicks the person had earlier in the meeting (`ibc` for `ibc_away`). */
  aliases: z.array(z.string()),
  name: z.string().nullable(),
  lines: z.number().int(),
  present: z.boolean(),
  joinedAt: z.number().nullable(),
  leftAt: z.number().nullable(),
});
export type PersonView = z.infer<typeof PersonView>;

/** The meeting's last roll call: when, by whom, and the nicks (as they are now) who answered. */
export const RollCallView = z.object({
  at: z.number().nullable(),
  by: z.string(),
  answered: z.array(z.string()),
});
export type RollCallView = z.infer<typeof RollCallView>;

/** A stretch when Gavel was not connected; lines said then are missing from the record. */
export const GapView = z.object({ from: z.number(), to: z.number().nullable() });

/** Everything the chair's window shows about a meeting, rebuilt from its journal at any time. */
export const MeetingView = z.object({
  id: Id,
  channel: z.string(),
  status: z.enum(['live', 'ended']),
  mode: MeetingMode,
  title: z.string().nullable(),
  name: z.string().nullable(),
  startedAt: z.number(),
  endedAt: z.number().nullable(),
  startedBy: z.string().nullable(),
  chairs: z.array(z.string()),
  /** A meeting bot seen in the channel (its "Meeting started" reply), or null. */
  botNick: z.string().nullable(),
  topics: z.array(TopicView),
  actions: z.array(ActionView),
  votes: z.array(VoteView),
  people: z.array(PersonView),
  rollCall: RollCallView.nullable(),
  gaps: z.array(GapView),
});
export type MeetingView = z.infer<typeof MeetingView>;

/** What a chair can do to a meeting; drive mode sends it as the MeetBot line, quiet mode records it. */
export const ChairCommand = z.discriminatedUnion('type', [
  z.object({ type: z.literal('topic'), text: Text }),
  z.object({ type: z.literal('next-topic') }),
  z.object({
    type: z.enum([
      'info',
      'idea',
      'agreed',
      'accepted',
      'rejected',
      'link',
      'action',
      'help',
      'subtopic',
      'done',
    ]),
    text: Text,
  }),
  z.object({ type: z.enum(['chair', 'unchair', 'nick']), nicks: z.array(Nick).min(1).max(20) }),
  z.object({
    type: z.literal('vote-start'),
    question: Text,
    options: z.array(z.string().trim().min(1).max(50)).max(10),
  }),
  z.object({ type: z.literal('vote-end') }),
  z.object({ type: z.literal('undo') }),
  z.object({ type: z.literal('meetingname'), text: Text }),
]);
export type ChairCommand = z.infer<typeof ChairCommand>;

/** Request and response schemas of the meeting, agenda, action and people channels. */
export const meetingInvokeSchemas = {
  'meeting:start': {
    req: z.object({ channel: Channel, title: z.string().trim().max(200), mode: MeetingMode }),
    res: MeetingView,
  },
  'meeting:end': { req: z.object({ meetingId: Id }), res: MeetingView },
  'meeting:get': { req: z.object({ channel: Channel }), res: MeetingView.nullable() },
  'meeting:command': { req: z.object({ meetingId: Id, command: ChairCommand }), res: MeetingView },
  'meeting:setMode': { req: z.object({ meetingId: Id, mode: MeetingMode }), res: MeetingView },
  'agenda:get': { req: z.object({ channel: Channel }), res: Agenda },
  'agenda:set': {
    req: z.object({ channel: Channel, items: z.array(AgendaNode).max(200) }),
    res: Agenda,
  },
  /** Reads a Markdown outline or a Kamailio-style meeting page into agenda entries. */
  'agenda:import': {
    req: z.object({
      text: z
        .string()
        .max(
          AGENDA_TEXT_MAX_CHARS,
          `An agenda is at most ${AGENDA_TEXT_MAX_CHARS / 1024} KiB of text.`,
        ),
    }),
    res: z.array(AgendaNode),
  },
  'agenda:templates': {
    req: z.object({ channel: Channel }),
    res: z.array(z.object({ name: z.string(), items: z.array(AgendaNode) })),
  },
  'agenda:saveTemplate': {
    req: z.object({ channel: Channel, name: Text, items: z.array(AgendaNode).max(200) }),
    res: z.array(z.object({ name: z.string(), items: z.array(AgendaNode) })),
  },
  'actions:update': {
    req: z.object({
      meetingId: Id,
      actionId: Id,
      owners: z.array(Nick).max(20).optional(),
      due: z
        .string()
        .regex(/^\d{4}-\d{2}-\d{2}$/, 'A due date is YYYY-MM-DD.')
        .nullable()
        .optional(),
      done: z.boolean().optional(),
    }),
    res: MeetingView,
  },
  'people:setName': {
    req: z.object({ channel: Channel, nick: Nick, name: z.string().trim().max(100) }),
    res: z.object({ nick: z.string(), name: z.string() }),
  },
} as const;

/** Payloads of the meeting events. */
export const meetingEventSchemas = {
  /** The meeting in `channel` changed (sent at most every 100 ms while lines arrive). */
  'meeting:state': MeetingView,
  'agenda:state': Agenda,
} as const;
