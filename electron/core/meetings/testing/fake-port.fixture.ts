import type { LogLine, TranscriptLine } from '../../../../shared/domain/line';
import { fail, ok, type Result } from '../../../../shared/ipc/result';
import type { ConnectRequest } from '../../../../shared/ipc/schemas';
import { ircLower } from '../../../../shared/irc/casemap';
import { TranscriptStore } from '../../transcript/transcript-store';
import type { ChannelPort } from '../ports';

/**
 * A ChannelPort for unit tests: channels are "joined" by setting a nick, what is said is kept,
 * and (like a server without echo-message) the chair's line is heard back at once.
 */
export class FakePort implements ChannelPort {
  readonly transcript = new TranscriptStore();
  readonly sent: { channel: string; text: string }[] = [];
  readonly keptAlive = new Map<string, boolean>();
  readonly connects: ConnectRequest[] = [];
  private readonly nicks = new Map<string, string>();
  /** Who else is in each channel, as a NAMES reply would list them. */
  readonly others = new Map<string, string[]>();
  /** Receives every line the channel "echoes" back (the service's onLine). */
  hear: (line: TranscriptLine) => void = () => {};

  constructor(private readonly now: () => number) {}

  /** A line as the channel carries it, stamped now. */
  line(nick: string, text: string, kind: LogLine['kind'] = 'message'): LogLine {
    const at = this.now();
    return { at, time: new Date(at).toISOString().slice(11, 19), kind, nick, text };
  }

  join(channel: string, nick: string): void {
    this.nicks.set(ircLower(channel), nick);
  }

  leave(channel: string): void {
    this.nicks.delete(ircLower(channel));
  }

  nickIn(channel: string): string | null {
    return this.nicks.get(ircLower(channel)) ?? null;
  }

  membersIn(channel: string): string[] | null {
    const nick = this.nickIn(channel);
    return nick === null ? null : [nick, ...(this.others.get(ircLower(channel)) ?? [])];
  }

  say(channel: string, text: string): Result<{ lines: number }> {
    const nick = this.nickIn(channel);
    if (nick === null) return fail('not-connected', `Gavel is not in ${channel}.`);
    this.sent.push({ channel, text });
    this.hear(this.transcript.append(channel, this.line(nick, text), true));
    return ok({ lines: 1 });
  }

  transcribe(channel: string, line: LogLine & { local?: boolean }, self: boolean): TranscriptLine {
    return this.transcript.append(channel, line, self);
  }

  keepAlive(channel: string, on: boolean): void {
    this.keptAlive.set(ircLower(channel), on);
  }

  async connect(request: ConnectRequest): Promise<Result<unknown>> {
    this.connects.push(request);
    return ok(null);
  }
}
