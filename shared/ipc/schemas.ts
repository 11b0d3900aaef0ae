import { z } from 'zod';
import { TranscriptLine } from '../domain/line';
import { channelProblem, hostProblem, nickProblem } from '../irc/validate';
import type { EventChannel, InvokeChannel } from './channels';
import { meetingEventSchemas, meetingInvokeSchemas } from './meeting-schemas';

const fromProblem = (problem: (s: string) => string | null) =>
  z.string().superRefine((value, ctx) => {
    const message = problem(value);
    if (message) ctx.addIssue({ code: 'custom', message });
  });

/** Where and as whom to connect: one network, one channel. */
export const ConnectRequest = z.object({
  server: z.string().trim().pipe(fromProblem(hostProblem)),
  port: z.number().int().min(1, 'A port is 1 to 65535.').max(65535, 'A port is 1 to 65535.'),
  tls: z.boolean(),
  nick: z.string().trim().pipe(fromProblem(nickProblem)),
  channel: z.string().trim().pipe(fromProblem(channelProblem)),
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

/** The one connection's state, as the UI shows it. `error` explains `failed`/`disconnected`. */
export const ConnectionStatus = z.object({
  state: ConnectionState,
  server: z.string().nullable(),
  port: z.number().int().nullable(),
  tls: z.boolean(),
  nick: z.string().nullable(),
  channel: z.string().nullable(),
  error: z.object({ code: z.string(), message: z.string() }).nullable(),
  since: z.number(),
});
export type ConnectionStatus = z.infer<typeof ConnectionStatus>;

export const Theme = z.enum(['system', 'light', 'dark']);

/** Settings kept between runs (electron-store in Electron, conf in the browser host). */
export const Settings = z.object({
  lastConnection: ConnectRequest.nullable(),
  theme: Theme,
});
export type Settings = z.infer<typeof Settings>;

const Empty = z.object({}).strict();

/** Request and response schema of every invoke channel. */
export const invokeSchemas = {
  'app:info': {
    req: Empty,
    res: z.object({ name: z.string(), version: z.string(), shell: z.enum(['electron', 'browser']) }),
  },
  'irc:connect': { req: ConnectRequest, res: ConnectionStatus },
  'irc:disconnect': { req: Empty, res: ConnectionStatus },
  'irc:say': {
    req: z.object({ text: z.string().min(1, 'Nothing to send.').max(4000, 'That line is too long.') }),
    res: z.object({ lines: z.number().int() }),
  },
  'irc:getStatus': { req: Empty, res: ConnectionStatus },
  'transcript:since': {
    req: z.object({ channel: z.string().max(200), afterSeq: z.number().int().min(0) }),
    res: z.object({
      channel: z.string(),
      lines: z.array(TranscriptLine),
      lastSeq: z.number().int(),
    }),
  },
  'settings:get': { req: Empty, res: Settings },
  'settings:set': { req: Settings.partial().strict(), res: Settings },
  ...meetingInvokeSchemas,
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
} satisfies Record<EventChannel, z.ZodType>;

/** What a caller passes on `C`. */
export type Req<C extends InvokeChannel> = z.input<(typeof invokeSchemas)[C]['req']>;
/** What a handler of `C` receives, after parsing. */
export type ParsedReq<C extends InvokeChannel> = z.output<(typeof invokeSchemas)[C]['req']>;
/** What `C` resolves to on success. */
export type Res<C extends InvokeChannel> = z.output<(typeof invokeSchemas)[C]['res']>;
/** What event `E` carries. */
export type Payload<E extends EventChannel> = z.output<(typeof eventSchemas)[E]>;
