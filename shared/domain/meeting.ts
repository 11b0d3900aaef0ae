import { z } from 'zod';

/**
 * The kind of a minutes item: the lower-case MeetBot command that made it (aliases folded:
 * `#agree` is `agreed`, `#halp` is `help`). `progress` is meetingology's synonym of `subtopic`,
 * kept apart so the minutes can say which was used. `topic` items start a new section.
 */
export const ItemType = z.enum([
  'topic',
  'subtopic',
  'progress',
  'info',
  'idea',
  'agreed',
  'accepted',
  'rejected',
  'action',
  'link',
  'help',
  'done',
  'vote',
]);
export type ItemType = z.infer<typeof ItemType>;

/**
 * One entry of the minutes, in the order it was recorded. `line` is the 1-based number of the
 * meeting log line it came from (the `#l-N` anchor of the `.log.html`); `text` is the command's
 * argument as said (for a link: the URL and whatever follows it).
 */
export const MeetingItem = z.object({
  type: ItemType,
  nick: z.string(),
  text: z.string(),
  time: z.string(),
  at: z.number().nullable(),
  line: z.number().int().nonnegative(),
});
export type MeetingItem = z.infer<typeof MeetingItem>;

/** A line of the meeting log (only what MeetBot logs: channel messages and `/me` actions). */
export const MeetingLogLine = z.object({
  /** 1-based position in the meeting log. */
  n: z.number().int().positive(),
  time: z.string(),
  at: z.number().nullable(),
  kind: z.enum(['message', 'action']),
  nick: z.string(),
  text: z.string(),
});
export type MeetingLogLine = z.infer<typeof MeetingLogLine>;

/**
 * A stretch of the meeting the recorder missed (it was not connected): the note it recorded
 * when it was back (`Gavel was not connected from … to … UTC; …`), stamped with its end, and
 * the meeting log line it comes before (one past the last line when nothing followed).
 */
export const MeetingGap = z.object({
  time: z.string(),
  at: z.number().nullable(),
  line: z.number().int().positive(),
  text: z.string(),
});
export type MeetingGap = z.infer<typeof MeetingGap>;

/** When something happened: the stamp as logged, its instant when known, and its log line. */
export const Stamp = z.object({
  nick: z.string(),
  time: z.string(),
  at: z.number().nullable(),
  line: z.number().int().nonnegative(),
  /** Whole days after the meeting's first line (a log crossing midnight). */
  day: z.number().int().nonnegative(),
});
export type Stamp = z.infer<typeof Stamp>;

/** A section of the minutes. The section before the first `#topic` has a null title. */
export const Topic = z.object({
  title: z.string().nullable(),
  nick: z.string().nullable(),
  time: z.string().nullable(),
  line: z.number().int().nullable(),
  items: z.array(MeetingItem),
});
export type Topic = z.infer<typeof Topic>;

/** An `#action` with the people it names (whole words, case-insensitive). */
export const Action = z.object({
  text: z.string(),
  nick: z.string(),
  time: z.string(),
  line: z.number().int().nonnegative(),
  owners: z.array(z.string()),
});
export type Action = z.infer<typeof Action>;

/**
 * A vote: the question, the valid choices, each voter's last choice (one of the options), what
 * voters said along with it (`+1 great` → choice `+1`, comment `great`), and the result line the
 * bot would have recorded (null while the vote is still open).
 */
export const Vote = z.object({
  question: z.string(),
  options: z.array(z.string()),
  votes: z.record(z.string(), z.string()),
  comments: z.record(z.string(), z.string()).optional(),
  result: z.string().nullable(),
  nick: z.string(),
  time: z.string(),
  line: z.number().int().nonnegative(),
});
export type Vote = z.infer<typeof Vote>;

/** Someone present, with the number of log lines they said. */
export const Person = z.object({ nick: z.string(), lines: z.number().int().nonnegative() });
export type Person = z.infer<typeof Person>;

/**
 * The ids of the deployments whose behaviour Gavel reproduces, plus `gavel`: what Gavel records
 * when it runs a meeting with no bot in the channel, `w3c`: a W3C group's scribe log, and
 * `hcoop`: HCoop Meetbot on Limnoria.
 */
export const PresetId = z.enum([
  'meetbot',
  'fedora',
  'ubuntu',
  'openstack',
  'debian',
  'gavel',
  'w3c',
  'hcoop',
]);
export type PresetId = z.infer<typeof PresetId>;

/**
 * A meeting as the engine leaves it: everything the minutes writers need, in MeetBot's order.
 * `people` is in the order the minutes list them; `nickOrder` is the order in which the bot's
 * attendee table would be iterated (ties in both lists follow it).
 */
export const Meeting = z.object({
  preset: PresetId,
  channel: z.string(),
  /** `YYYY-MM-DD` of the meeting's first line, when known. */
  date: z.string().nullable(),
  /** IANA zone or `±HH:MM` the log's times are in; null means UTC. */
  timeZone: z.string().nullable(),
  /** `#meetingname` (MeetBot's file-name slug), or null when never set. */
  name: z.string().nullable(),
  /** `#meetingtopic` (the title of the minutes), or null. */
  title: z.string().nullable(),
  startedBy: z.string().nullable(),
  chairs: z.array(z.string()),
  start: Stamp.nullable(),
  /** The `#endmeeting` line, or the last logged line when the meeting was never ended. */
  end: Stamp.nullable(),
  ended: z.boolean(),
  startedAt: z.string().nullable(),
  endedAt: z.string().nullable(),
  items: z.array(MeetingItem),
  topics: z.array(Topic),
  actions: z.array(Action),
  votes: z.array(Vote),
  people: z.array(Person),
  nickOrder: z.array(z.string()),
  log: z.array(MeetingLogLine),
  /** The stretches the recorder missed, in order; absent when there were none. */
  gaps: z.array(MeetingGap).optional(),
  /** How many lines the engine was given (the meeting's and any others). */
  sourceLines: z.number().int().nonnegative(),
});
export type Meeting = z.infer<typeof Meeting>;
