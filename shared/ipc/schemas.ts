import { z } from 'zod';
import { TranscriptLine } from '../domain/line';
import { channelProblem, hostProblem, nickProblem } from '../irc/validate';
import type { EventChannel, InvokeChannel } from './channels';
import { afterMeetingEventSchemas, afterMeetingInvokeSchemas } from './after-meeting-schemas';
import { meetingEventSchemas, meetingInvokeSchemas } from './meeting-schemas';
import { storageEventSchemas } from './storage-schemas';
import {
  TRANSCRIPT_FIND_MAX_CHARS,
  TRANSCRIPT_FIND_MAX_HITS,
  TRANSCRIPT_PAGE_MAX_LINES,
} from './limits';
import { MENU_COMMANDS } from './menu-commands';

const fromProblem = (problem: (s: string) => string | null) =>
  z.string().superRefine((value, ctx) => {
    const message = problem(value);
    if (message) ctx.addIssue({ code: 'custom', message });
  });

/** The network a request means when it names none; its lines and status keep their plain shape. */
export const DEFAULT_NETWORK = 'main';

/** A network's id: short, chosen by the app or the user (`main`, `oftc`, `libera-2`). */
export const NetworkId = z
  .string()
  .regex(/^[A-Za-z0-9][A-Za-z0-9_-]{0,31}$/, 'A network id is 1 to 32 letters, digits, - or _.');

// CR, LF and NUL would end the IRC line a password travels in (PASS, NickServ IDENTIFY).
const Secret = z
  .string()
  .min(1, 'A password cannot be empty.')
  .max(300, 'That password is too long.')
  .refine((s) => !/[\r\n\0]/.test(s), 'A password cannot contain line breaks or NUL.');

const Nick = z.string().trim().pipe(fromProblem(nickProblem));
const Channel = z.string().trim().pipe(fromProblem(channelProblem));

/**
 * Where and as whom to connect. `channel` is joined first and is the connection's own; the
 * optional fields add a server password (PASS), a SASL PLAIN login, a NickServ IDENTIFY after
 * sign-in, nicks to fall back on when the nick is taken, more channels, and the SHA-256
 * fingerprint of a certificate the user chose to trust although it does not verify.
 * Secrets are never stored in settings nor shown in a status.
 */
export const ConnectRequest = z.object({
  server: z.string().trim().pipe(fromProblem(hostProblem)),
  port: z.number().int().min(1, 'A port is 1 to 65535.').max(65535, 'A port is 1 to 65535.'),
  tls: z.boolean(),
  nick: Nick,
  channel: Channel,
  network: NetworkId.optional(),
  password: Secret.optional(),
  sasl: z
    .object({
      account: z
        .string()
        .trim()
        .min(1, 'A SASL account is required.')
        .max(100, 'That account name is too long.')
        .refine((s) => !/[\s\0]/.test(s), 'An account name has no spaces.'),
      password: Secret,
    })
    .optional(),
  nickservPassword: Secret.optional(),
  trustFingerprint: z
    .string()
    .trim()
    .regex(/^([0-9A-Fa-f]{2}:){31}[0-9A-Fa-f]{2}$/, 'A fingerprint is 32 hex pairs, e.g. AB:CD:…')
    .transform((s) => s.toUpperCase())
    .optional(),
  altNicks: z.array(Nick).max(5, 'At most 5 other nicks.').optional(),
  channels: z.array(Channel).max(20, 'At most 20 more channels.').optional(),
});
export type ConnectRequest = z.infer<typeof ConnectRequest>;

export const ConnectionState = z.enum([
  'idle',
  'connecting',
  'registered',
  'joined',
  'reconnecting',
  'disconnected',
  'failed',
]);
export type ConnectionState = z.infer<typeof ConnectionState>;

/** The certificate a server presented when it did not verify, so the user can choose to trust it. */
export const CertificateInfo = z.object({
  /** SHA-256 of the DER certificate, as `AB:CD:…` (what `trustFingerprint` takes). */
  fingerprint256: z.string(),
  subject: z.string(),
  issuer: z.string(),
  validTo: z.string(),
});
export type CertificateInfo = z.infer<typeof CertificateInfo>;

/** Where a lost connection is in getting back: attempt `attempt`, next try at `nextAt` (null: trying now). */
export const ReconnectInfo = z.object({
  attempt: z.number().int().positive(),
  nextAt: z.number().nullable(),
  /** When the connection was lost. */
  since: z.number(),
  /** True while a live meeting keeps Gavel retrying without limit. */
  keepAlive: z.boolean(),
});
export type ReconnectInfo = z.infer<typeof ReconnectInfo>;

/**
 * One network connection's state, as the UI shows it. `error` explains `failed`/`disconnected`
 * (and, while `reconnecting`, why the last attempt failed). The optional fields are set by the
 * core on every status: `network` names the connection, `channels` lists the channels joined now,
 * `reconnect` describes a reconnection under way, and `certificate` is the untrusted certificate
 * of a `tls-untrusted` failure.
 */
export const ConnectionStatus = z.object({
  state: ConnectionState,
  server: z.string().nullable(),
  port: z.number().int().nullable(),
  tls: z.boolean(),
  nick: z.string().nullable(),
  channel: z.string().nullable(),
  error: z.object({ code: z.string(), message: z.string() }).nullable(),
  since: z.number(),
  network: z.string().optional(),
  channels: z.array(z.string()).optional(),
  reconnect: ReconnectInfo.nullable().optional(),
  certificate: CertificateInfo.nullable().optional(),
});
export type ConnectionStatus = z.infer<typeof ConnectionStatus>;

/** Which network a request is about; without one, the default network. */
const OnNetwork = z.object({ network: NetworkId.optional() }).strict();
/** A channel of a network, for `irc:join` and `irc:part`. */
const ChannelOnNetwork = z.object({ network: NetworkId.optional(), channel: Channel }).strict();

export const Theme = z.enum(['system', 'light', 'dark']);

/** The fields of a {@link ConnectRequest} that are secrets, never kept in settings. */
export const CONNECTION_SECRETS = ['password', 'sasl', 'nickservPassword'] as const;

/** Why a secret in settings is refused. */
export const NO_SECRETS_IN_SETTINGS =
  'Passwords are never kept in settings; Gavel asks for them or keeps them in the system keychain.';

/** The connection settings remember: a {@link ConnectRequest} refused if it carries a secret. */
export const SavedConnection = ConnectRequest.superRefine((value, ctx) => {
  for (const key of CONNECTION_SECRETS) {
    if (value[key] !== undefined)
      ctx.addIssue({ code: 'custom', path: [key], message: NO_SECRETS_IN_SETTINGS });
  }
});

/** Settings kept between runs (electron-store in Electron, conf in the browser host). */
export const Settings = z.object({
  lastConnection: SavedConnection.nullable(),
  theme: Theme,
});
export type Settings = z.infer<typeof Settings>;

const Empty = z.object({}).strict();

/** Request and response schema of every invoke channel. */
export const invokeSchemas = {
  'app:info': {
    req: Empty,
    res: z.object({
      name: z.string(),
      version: z.string(),
      shell: z.enum(['electron', 'browser']),
    }),
  },
  'irc:connect': { req: ConnectRequest, res: ConnectionStatus },
  'irc:disconnect': { req: OnNetwork, res: ConnectionStatus },
  'irc:say': {
    req: z.object({
      text: z.string().min(1, 'Nothing to send.').max(4000, 'That line is too long.'),
      network: NetworkId.optional(),
      /** One of the connection's channels; its own channel when left out. */
      channel: Channel.optional(),
    }),
    res: z.object({ lines: z.number().int() }),
  },
  'irc:getStatus': { req: OnNetwork, res: ConnectionStatus },
  'irc:join': { req: ChannelOnNetwork, res: ConnectionStatus },
  'irc:part': { req: ChannelOnNetwork, res: ConnectionStatus },
  'irc:networks': { req: Empty, res: z.array(ConnectionStatus) },
  'transcript:since': {
    req: z.object({ channel: z.string().max(200), afterSeq: z.number().int().min(0) }),
    res: z.object({
      channel: z.string(),
      lines: z.array(TranscriptLine),
      lastSeq: z.number().int(),
    }),
  },
  /** The newest `limit` lines of `channel` numbered below `beforeSeq`, in order (older ones paged in). */
  'transcript:before': {
    req: z.object({
      channel: z.string().max(200),
      beforeSeq: z.number().int().min(1),
      limit: z
        .number()
        .int()
        .min(1)
        .max(TRANSCRIPT_PAGE_MAX_LINES, `A page holds at most ${TRANSCRIPT_PAGE_MAX_LINES} lines.`),
    }),
    res: z.object({ channel: z.string(), lines: z.array(TranscriptLine) }),
  },
  /**
   * The seqs of the lines of `channel` whose nick or text holds `query` (`shared/irc/find-text.ts`),
   * over the whole transcript the core has, oldest first; at most `limit` (the newest), `more`
   * when there were others. Lines after `lastSeq` had not come yet.
   */
  'transcript:find': {
    req: z.object({
      channel: z.string().max(200),
      query: z
        .string()
        .trim()
        .min(1, 'Nothing to find.')
        .max(
          TRANSCRIPT_FIND_MAX_CHARS,
          `Find looks for at most ${TRANSCRIPT_FIND_MAX_CHARS} characters.`,
        ),
      limit: z
        .number()
        .int()
        .min(1)
        .max(TRANSCRIPT_FIND_MAX_HITS, `Find answers at most ${TRANSCRIPT_FIND_MAX_HITS} lines.`),
    }),
    res: z.object({
      channel: z.string(),
      seqs: z.array(z.number().int()),
      lastSeq: z.number().int(),
      more: z.boolean(),
    }),
  },
  'settings:get': { req: Empty, res: Settings },
  'settings:set': { req: Settings.partial().strict(), res: Settings },
  ...meetingInvokeSchemas,
  ...afterMeetingInvokeSchemas,
} satisfies Record<InvokeChannel, { req: z.ZodType; res: z.ZodType }>;

/** Payload schema of every event channel. */
export const eventSchemas = {
  'irc:status': ConnectionStatus,
  /** Lines `fromSeq`… in order; a receiver that sees a gap asks `transcript:since`. */
  'transcript:append': z.object({
    channel: z.string(),
    fromSeq: z.number().int().positive(),
    lines: z.array(TranscriptLine),
  }),
  ...meetingEventSchemas,
  ...afterMeetingEventSchemas,
  ...storageEventSchemas,
  /** A command of the application menu for the window to carry out (Electron only). */
  'app:command': z.object({ command: z.enum(MENU_COMMANDS) }),
} satisfies Record<EventChannel, z.ZodType>;

/** What a caller passes on `C`. */
export type Req<C extends InvokeChannel> = z.input<(typeof invokeSchemas)[C]['req']>;
/** What a handler of `C` receives, after parsing. */
export type ParsedReq<C extends InvokeChannel> = z.output<(typeof invokeSchemas)[C]['req']>;
/** What `C` resolves to on success. */
export type Res<C extends InvokeChannel> = z.output<(typeof invokeSchemas)[C]['res']>;
/** What event `E` carries. */
export type Payload<E extends EventChannel> = z.output<(typeof eventSchemas)[E]>;
