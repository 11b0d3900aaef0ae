import type { LogLine } from '../../../shared/domain/line';
import type { PracticeState } from '../../../shared/ipc/after-meeting-schemas';
import type { MeetingView } from '../../../shared/ipc/meeting-schemas';
import { fail, ok, type Result } from '../../../shared/ipc/result';
import type { Clock } from '../clock';
import { chairLines } from '../irc/outgoing';
import { utcTime } from '../meetings/live/local-lines';
import type { MeetingEditor } from '../meetings/edits/meeting-editor';
import type { MeetingService } from '../meetings/live/meeting-service';
import type { LibraryStore } from '../store/library-store';
import { isPracticeChannel, nextPracticeChannel } from './practice-channel';
import { PRACTICE_NICK, type PracticeSeats } from './practice-port';
import type { PracticeSeal } from './practice-seal';
import { meetingSource, sampleSource, type PracticeSource } from './practice-source';
import { Replay } from './replay';
import { replayPlan } from './replay-plan';

/** What practice mode is built on. */
export interface PracticeDeps {
  meetings: MeetingService;
  editor: MeetingEditor;
  /** The meeting index, to give each run a channel of its own. */
  library: LibraryStore;
  clock: Clock;
  seats: PracticeSeats;
  /** Keeps the chair inside the practice while one runs. */
  seal: PracticeSeal;
  /** Takes a line as if said in `channel` (by the chair when `self`): transcript and meeting. */
  hear: (channel: string, line: LogLine & { local?: boolean }, self?: boolean) => void;
  /** Reports where the replay is (`practice:state`). */
  report: (state: PracticeState) => void;
}

/** Where to replay from: a recorded meeting, or the bundled sample. */
export type PracticeFrom = { meetingId: string } | { sample: true };

const NONE = () => fail<never>('no-practice', 'No practice meeting is running.');

/**
 * Practice mode: a recorded meeting (or the bundled sample) replayed as a live meeting in a
 * channel of the practice network (`practice:#practice-3`, a new one each run), at 1–20× its
 * pace, in quiet mode and never connected, so the chair
 * drives it with the normal controls and nothing is sent anywhere. The chair practises as the
 * replayed meeting's chair, so its chair's commands count as they replay, and what the chair
 * types is said there as that chair. From start to stop the practice is sealed (see
 * {@link PracticeSeal}). One practice runs at a time; starting another stops the first.
 */
export class PracticeService {
  private replay: Replay | null = null;
  private meetingId: string | null = null;
  private channel = '';

  constructor(private readonly deps: PracticeDeps) {}

  /** Starts replaying `from` at `speed`; returns the practice and its meeting. */
  async start(
    from: PracticeFrom,
    speed: number,
  ): Promise<Result<{ practice: PracticeState; view: MeetingView }>> {
    const source =
      'sample' in from ? sampleSource() : meetingSource(this.deps.editor, from.meetingId);
    if (!source.ok) return source;
    this.replay?.stop();
    this.deps.seal.leave();
    await this.endAll();
    const begun = await this.begin(source.value);
    if (!begun.ok) return begun;
    const replay = new Replay(
      replayPlan(source.value.lines, source.value.startLine),
      this.deps.clock,
      speed,
      (line) => this.play(line),
      () => this.report(),
    );
    this.replay = replay;
    this.meetingId = begun.value.id;
    const channel = this.channel;
    this.deps.seal.enter({
      channel,
      meetingId: begun.value.id,
      speak: (text) => this.speak(channel, text),
      remind: () => this.report(),
    });
    replay.play();
    this.report();
    return ok({ practice: this.state()!, view: begun.value });
  }

  /** Changes the pace of the replay. */
  setSpeed(speed: number): Result<PracticeState> {
    if (!this.replay) return NONE();
    this.replay.setSpeed(speed);
    return this.reported();
  }

  /** Pauses or resumes the replay. */
  pause(paused: boolean): Result<PracticeState> {
    if (!this.replay) return NONE();
    if (paused) this.replay.pause();
    else this.replay.play();
    return this.reported();
  }

  /** Stops the replay and ends the practice meeting. */
  async stop(): Promise<Result<PracticeState>> {
    if (!this.replay) return NONE();
    this.replay.stop();
    this.deps.seal.leave();
    await this.endAll();
    return this.reported();
  }

  /** Ends practice meetings left live by an earlier run of Gavel. */
  async tidy(): Promise<void> {
    await this.endAll();
  }

  /** Stops the replay's timer (the core is closing). */
  close(): void {
    this.replay?.stop();
    this.deps.seal.leave();
  }

  private async begin(source: PracticeSource): Promise<Result<MeetingView>> {
    const channel = nextPracticeChannel(this.deps.library.meetings().map((m) => m.channel));
    this.deps.seats.seat(channel, source.chair ?? PRACTICE_NICK);
    const agenda = await this.deps.meetings.agendas.set(channel, source.agenda);
    if (!agenda.ok) return agenda;
    this.channel = channel;
    return this.deps.meetings.start(channel, source.title, 'quiet');
  }

  // Plays one line, stamped now as if said now; false once the practice meeting is over.
  private play(line: LogLine): boolean {
    const live = this.meetingId === null ? null : this.deps.meetings.liveById(this.meetingId);
    if (!live?.ok) return false;
    const at = this.deps.clock.now();
    this.deps.hear(this.channel, { ...line, at, time: utcTime(at) });
    return true;
  }

  // The chair's typed line, said in the practice as its chair (`/me` as an action) and marked as
  // recorded without being sent, as it is.
  private speak(channel: string, text: string): Result<{ lines: number }> {
    if (channel !== this.channel) return NONE();
    const lines = chairLines(text);
    if (lines.length === 0) return fail('empty', 'Nothing to send.');
    const nick = this.deps.seats.nickIn(channel);
    for (const { kind, text: said } of lines) {
      const at = this.deps.clock.now();
      const line = { at, time: utcTime(at), kind, nick, text: said, local: true };
      this.deps.hear(channel, line, true);
    }
    return ok({ lines: lines.length });
  }

  private async endAll(): Promise<void> {
    for (const meeting of this.deps.meetings.liveMeetings()) {
      if (isPracticeChannel(meeting.channel)) await this.deps.meetings.end(meeting.id);
    }
  }

  private state(): PracticeState | null {
    if (!this.replay || this.meetingId === null) return null;
    const status = this.replay.status;
    return {
      channel: this.channel,
      meetingId: this.meetingId,
      speed: this.replay.pace,
      status:
        status === 'running' && !this.deps.meetings.liveById(this.meetingId).ok ? 'done' : status,
      position: this.replay.position,
      total: this.replay.total,
    };
  }

  private report(): void {
    const state = this.state();
    if (state) this.deps.report(state);
  }

  private reported(): Result<PracticeState> {
    this.report();
    return ok(this.state()!);
  }
}
