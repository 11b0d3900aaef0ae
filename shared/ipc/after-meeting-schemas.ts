import { z } from 'zod';
import { TranscriptLine } from '../domain/line';
import { ItemType, PresetId } from '../domain/meeting';
import { MINUTES_FORMATS } from '../formats/minutes-files';
import { channelProblem, hostProblem } from '../irc/validate';
import { SearchQuery } from '../search/types';
import { ScheduleRule } from '../time/schedule';
import { AgendaNode, MeetingView } from './meeting-schemas';
import { isBytes } from './ws-binary';

const Id = z.string().min(1).max(100);
/** A channel as transcripts name it: `#meet`, or `oftc:#meet` on another network. */
const Channel = z.string().min(1).max(200);
/** A channel name as IRC writes it (no network prefix). */
const IrcChannel = z
  .string()
  .trim()
  .superRefine((value, ctx) => {
    const problem = channelProblem(value);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  });
const Empty = z.object({}).strict();

/** Where a meeting Gavel keeps came from. */
export const MeetingSource = z.enum(['live', 'imported', 'practice']);
export type MeetingSource = z.infer<typeof MeetingSource>;

/** One past (or live) meeting as the history lists it. */
export const HistoryEntry = z.object({
  id: Id,
  channel: z.string(),
  title: z.string().nullable(),
  status: z.enum(['live', 'ended']),
  source: MeetingSource,
  /** Epoch ms. */
  startedAt: z.number(),
  endedAt: z.number().nullable(),
  /** Whole minutes from start to end; null while live or when the end is unknown. */
  durationMin: z.number().int().nullable(),
  /** People who said at least one line. */
  people: z.number().int(),
  actions: z.number().int(),
  /** Actions not marked done (carried ones included). */
  openActions: z.number().int(),
  /** The importer that read an imported log (`irssi`, `kamailio-page`…), else null. */
  format: z.string().nullable(),
});
export type HistoryEntry = z.infer<typeof HistoryEntry>;

/** What the chair can mark on a transcript line after the fact. */
export const MarkKind = z.enum(['topic', 'info', 'agreed', 'action', 'link']);
export type MarkKind = z.infer<typeof MarkKind>;

/** A structure mark: line `seq` starts a topic, or is an item of kind `as`, with `text`. */
export const MarkView = z.object({
  id: z.string(),
  seq: z.number().int(),
  as: MarkKind,
  text: z.string(),
});
export type MarkView = z.infer<typeof MarkView>;

/** A file of the minutes: its format, where it goes (MeetBot naming, relative) and its text. */
export const ExportFile = z.object({
  format: z.string(),
  path: z.string(),
  /** `text/html`, `text/plain`, `text/markdown` or `application/json`, for a download. */
  mime: z.string(),
  text: z.string(),
});

/** Every minutes format, as `export:render` names them. */
export const ExportFormat = z.enum(MINUTES_FORMATS);

/**
 * Which minutes to make of a meeting. `preset` picks a deployment's file-name pattern and URL
 * prefix (MeetBot's by default); `pattern` and `urlPrefix` override them. `charts` adds the
 * SVG charts to the `.html` minutes (the Markdown page always has its text charts).
 */
const ExportRequest = z.object({
  meetingId: Id,
  formats: z
    .array(ExportFormat)
    .min(1, 'Pick at least one format.')
    .max(ExportFormat.options.length),
  preset: PresetId.optional(),
  pattern: z.string().trim().min(1, 'The file name pattern is empty.').max(300).optional(),
  urlPrefix: z.string().trim().max(500).optional(),
  charts: z.boolean().optional(),
});

/**
 * Most bytes one `import:chunk` carries: few round trips for a 64 MiB log, and one part fits a
 * bridge message with room to spare.
 */
export const IMPORT_CHUNK_BYTES = 2 * 1024 * 1024;
/** Largest log Gavel imports. */
export const IMPORT_MAX_BYTES = 64 * 1024 * 1024;

// A part travels as bytes: a Uint8Array over Electron's IPC, a binary frame over the browser
// host's socket (ws-binary.ts), never as base64 text, which is a third larger and slower to send.
const Part = z
  .custom<Uint8Array>(isBytes, 'A part of an upload is bytes.')
  .refine(
    (bytes) => bytes.length <= IMPORT_CHUNK_BYTES,
    `A part of an upload is at most ${IMPORT_CHUNK_BYTES / (1024 * 1024)} MiB.`,
  );
const Zone = z.string().trim().min(1).max(64);
const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'A date is YYYY-MM-DD.');

/** How an import ended: the meeting it made, or what Gavel must be told before it can. */
export const ImportOutcome = z.discriminatedUnion('status', [
  z.object({
    status: z.literal('imported'),
    meetingId: Id,
    /** The channel and title the history lists the meeting by. */
    channel: z.string(),
    title: z.string().nullable(),
    /** The transcript lines the meeting was given (one per line of the log). */
    lines: z.number().int(),
    /** The importer that read the log (`irssi`, `meetbot`…), as the history names it. */
    format: z.string(),
  }),
  z.object({
    status: z.literal('needs-input'),
    /** The log's times carry no zone: ask for one, then call `import:finish` with `timeZone`. */
    needsTimeZone: z.boolean(),
    /** Nothing in the log says the day: ask for one, then call `import:finish` with `date`. */
    needsDate: z.boolean(),
    /** Neither the log nor the upload names the channel: ask, then call `import:finish` with it. */
    needsChannel: z.boolean(),
    detectedFormat: z.string(),
    /** The channel the log names, or null. */
    channel: z.string().nullable(),
    lines: z.number().int(),
  }),
]);
export type ImportOutcome = z.infer<typeof ImportOutcome>;

/** Where a replay is and how fast it goes. */
export const PracticeState = z.object({
  channel: z.string(),
  meetingId: Id,
  speed: z.number(),
  status: z.enum(['running', 'paused', 'done', 'stopped']),
  /** Lines replayed so far, out of `total`. */
  position: z.number().int(),
  total: z.number().int(),
});
export type PracticeState = z.infer<typeof PracticeState>;
const Speed = z.number().min(1, 'The speed is 1× to 20×.').max(20, 'The speed is 1× to 20×.');

const City = z.object({ name: z.string().trim().min(1).max(80), zone: Zone });
const Host = z
  .string()
  .trim()
  .superRefine((value, ctx) => {
    const problem = hostProblem(value);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  });

/** A channel's recurring meeting, the cities its time is shown in, and how it is announced. */
export const Schedule = z.object({
  channel: z.string(),
  rule: ScheduleRule,
  cities: z.array(City).max(30),
  durationMin: z.number().int().min(1).max(1440),
  title: z.string().nullable(),
  /** The IRC server people join (`irc.libera.chat`); the last connection's when null. */
  network: z.string().nullable(),
  agendaUrl: z.string().nullable(),
});
export type Schedule = z.infer<typeof Schedule>;

const Mark = z.object({ start: z.number().int(), end: z.number().int() });
const SearchLine = z.object({
  seq: z.number().int(),
  at: z.number().nullable(),
  nick: z.string(),
  text: z.string(),
  kind: TranscriptLine.shape.kind,
});
/** A matching line with the lines around it; `meetingId` and `seq` say where to jump. */
export const SearchHit = SearchLine.extend({
  meetingId: z.string(),
  channel: z.string(),
  title: z.string(),
  startedAt: z.number(),
  type: ItemType.nullable(),
  marks: z.array(Mark),
  before: z.array(SearchLine),
  after: z.array(SearchLine),
});

/** Request and response schemas of the history, export, import, search, practice and schedule channels. */
export const afterMeetingInvokeSchemas = {
  /** Every recorded meeting (live, ended, imported, practice), newest first; one channel's with `channel`. */
  'history:list': { req: z.object({ channel: Channel.optional() }), res: z.array(HistoryEntry) },
  /**
   * One meeting to read: its view, `readOnly` unless it is live (commands need a live meeting;
   * `actions:update` and `meeting:mark` work on any), its structure marks and line count, and
   * its agenda (an imported page's, or the channel's as the meeting last saw it; empty if none).
   */
  'history:open': {
    req: z.object({ meetingId: Id }),
    res: z.object({
      view: MeetingView,
      readOnly: z.boolean(),
      source: MeetingSource,
      format: z.string().nullable(),
      marks: z.array(MarkView),
      lineCount: z.number().int(),
      lastSeq: z.number().int(),
      agenda: z.array(AgendaNode),
    }),
  },
  /** Up to `limit` transcript lines of a meeting after `afterSeq` (0: from the start), in order. */
  'history:lines': {
    req: z.object({
      meetingId: Id,
      afterSeq: z.number().int().min(0),
      limit: z.number().int().min(1).max(5000),
    }),
    res: z.object({ lines: z.array(TranscriptLine), more: z.boolean() }),
  },
  /** The minutes in each format, named as MeetBot names them. */
  'export:render': { req: ExportRequest, res: z.object({ files: z.array(ExportFile) }) },
  /**
   * Writes the minutes into a folder the user picks (a native dialog), atomically. Fails with
   * `use-download` where there is no dialog (browser mode): render and download instead;
   * `cancelled` when no folder was picked.
   */
  'export:save': {
    req: ExportRequest,
    res: z.object({ folder: z.string(), written: z.array(z.string()) }),
  },
  /**
   * Opens, in the system's file manager, a folder `export:save` saved minutes in during this run
   * (no other path). Fails with `use-download` where there is no file manager to open (browser
   * mode), `unknown-folder` for a folder Gavel did not save in.
   */
  'export:showFolder': {
    req: z.object({ folder: z.string().min(1).max(4096) }),
    res: z.object({}),
  },
  /** A mailing-list draft of the text minutes: an `.eml` file and a `mailto:` link (cut if long). */
  'export:email': {
    req: z.object({
      meetingId: Id,
      to: z.string().trim().min(1, 'Say whom to send it to.').max(2000),
      subject: z.string().trim().max(300).optional(),
    }),
    res: z.object({
      eml: z.string(),
      mailto: z.string(),
      truncated: z.boolean(),
      subject: z.string(),
    }),
  },
  /** Starts an upload of `size` bytes (at most 64 MiB); `format` forces an importer. */
  'import:begin': {
    req: z.object({
      name: z.string().max(300),
      size: z.number().int().min(1, 'The file is empty.'),
      format: z.string().max(40).optional(),
      timeZone: Zone.optional(),
      channel: IrcChannel.optional(),
    }),
    res: z.object({ importId: Id, chunkBytes: z.number().int() }),
  },
  /** Part `index` (0, 1, 2… in order) of the upload: at most 2 MiB of its bytes. */
  'import:chunk': {
    req: z.object({ importId: Id, index: z.number().int().min(0), data: Part }),
    res: z.object({ received: z.number().int() }),
  },
  /** Reads the uploaded log; may ask for a zone or a date first (call again with them). */
  'import:finish': {
    req: z.object({
      importId: Id,
      timeZone: Zone.optional(),
      channel: IrcChannel.optional(),
      date: IsoDate.optional(),
    }),
    res: ImportOutcome,
  },
  /**
   * Drops an upload under way or waiting for details; `cancelled` says whether it was in time.
   * A reading stores its meeting in one go, so a cancel comes before the reading starts (and
   * stops it: true) or after it has ended (false, as for any import already ended: its meeting
   * stored, its file refused). The window offers no Cancel once the reading is asked for.
   */
  'import:cancel': { req: z.object({ importId: Id }), res: z.object({ cancelled: z.boolean() }) },
  /**
   * Marks structure on line `seq` after the fact: a topic starting there (titled `text` or the
   * line's text), or the line as an info, decision, action or link item (`text` replaces its
   * words). Journaled; works on live, ended and imported meetings.
   */
  'meeting:mark': {
    req: z.object({
      meetingId: Id,
      seq: z.number().int().positive(),
      as: MarkKind,
      text: z.string().trim().min(1).max(2000).optional(),
    }),
    res: MeetingView,
  },
  /** Removes the marks on line `seq` (only those of kind `as` when given). */
  'meeting:unmark': {
    req: z.object({ meetingId: Id, seq: z.number().int().positive(), as: MarkKind.optional() }),
    res: MeetingView,
  },
  /** Full-text search across every meeting (practice runs left out); built on first use. */
  'search:query': {
    req: SearchQuery,
    res: z.object({
      hits: z.array(SearchHit),
      total: z.number().int(),
      meetings: z.number().int(),
    }),
  },
  /**
   * Replays a meeting (or the bundled sample) at `speed`× as a live meeting in quiet mode, in a
   * channel of its own on the never-connected `practice` network (`practice:#practice-N`). The
   * chair drives it with the usual `meeting:*` channels; lines come as `transcript:append`, the
   * meeting as `meeting:state`, the replay as `practice:state`. Starting another stops this one.
   */
  'practice:start': {
    req: z.object({
      source: z.union([
        z.object({ meetingId: Id }).strict(),
        z.object({ sample: z.literal(true) }).strict(),
      ]),
      speed: Speed,
    }),
    res: z.object({ practice: PracticeState, view: MeetingView }),
  },
  'practice:setSpeed': { req: z.object({ speed: Speed }), res: PracticeState },
  /** Pauses (`paused: true`) or resumes the replay. */
  'practice:pause': { req: z.object({ paused: z.boolean() }), res: PracticeState },
  /** Stops the replay and ends the practice meeting. */
  'practice:stop': { req: Empty, res: PracticeState },
  'schedule:get': { req: z.object({ channel: Channel }), res: Schedule.nullable() },
  'schedule:set': {
    req: z.object({
      channel: Channel,
      rule: ScheduleRule,
      cities: z.array(City).max(30),
      durationMin: z.number().int().min(1).max(1440),
      title: z.string().trim().max(200).optional(),
      network: Host.optional(),
      agendaUrl: z.string().trim().max(500).optional(),
    }),
    res: Schedule,
  },
  'schedule:clear': {
    req: z.object({ channel: Channel }),
    res: z.object({ cleared: z.boolean() }),
  },
  /** The next meeting: its instant, local times in the cities, an `.ics` file, an announcement. */
  'schedule:next': {
    req: z.object({ channel: Channel }),
    res: z.object({
      at: z.number(),
      worldTimes: z.array(
        z.object({
          city: z.string(),
          zone: z.string(),
          local: z.string(),
          offset: z.string(),
          dayShift: z.number().int(),
        }),
      ),
      ics: z.string(),
      announcement: z.string(),
    }),
  },
} as const;

/** Payloads of the after-meeting events. */
export const afterMeetingEventSchemas = {
  /** An upload or the reading of a log advanced. */
  'import:progress': z.object({
    importId: Id,
    received: z.number().int(),
    size: z.number().int(),
    phase: z.enum(['upload', 'parse', 'done']),
  }),
  /** A meeting Gavel keeps was added or changed (ended, imported, edited). */
  'history:changed': z.object({ meetingId: Id, channel: z.string() }),
  /** The search index is being built: `done` of `total` meetings read. */
  'search:progress': z.object({ done: z.number().int(), total: z.number().int() }),
  'practice:state': PracticeState,
} as const;
