import type { LogLine, TranscriptLine } from '../../../shared/domain/line';
import type { ConnectRequest, Payload } from '../../../shared/ipc/schemas';
import type { Result } from '../../../shared/ipc/result';
import type { Clock } from '../clock';
import type { LibraryStore } from '../store/library-store';
import type { CoreDeps } from '../types';

/**
 * What the meeting service needs of the IRC side, per channel. create-core adapts the
 * IrcService and the transcript store to it, so the service never depends on how connections
 * are organised.
 */
export interface ChannelPort {
  /** Gavel's nick in `channel` while it is joined there, else null. */
  nickIn(channel: string): string | null;
  /** Who is in `channel` now (NAMES, then joins, parts and nick changes), or null if unknown. */
  membersIn(channel: string): string[] | null;
  /** Sends the chair's line to `channel` (rate-limited); the echo comes back as a line. */
  say(channel: string, text: string): Result<{ lines: number }>;
  /**
   * Adds a line Gavel made itself (a quiet-mode command, a gap note) or a line replayed from a
   * journal to the channel's transcript, and returns it numbered.
   */
  transcribe(channel: string, line: LogLine & { local?: boolean }, self: boolean): TranscriptLine;
  /** Keeps Gavel reconnecting to `channel` for as long as a meeting there is live. */
  keepAlive(channel: string, on: boolean): void;
  /** Connects to `request` (used to rejoin a resumed meeting's channel). */
  connect(request: ConnectRequest): Promise<Result<unknown>>;
}

/** The meeting events the service pushes to every shell. */
export type MeetingEvent = 'meeting:state' | 'agenda:state';

/** Everything the meeting service is built from. */
export interface MeetingPorts {
  clock: Clock;
  /** Meeting journals go to `<dataDir>/meetings/<id>/journal.jsonl`. */
  dataDir: string;
  library: LibraryStore;
  channels: ChannelPort;
  emit<E extends MeetingEvent>(event: E, payload: Payload<E>): void;
  log: CoreDeps['log'];
}
