import type { MeetingView } from '../../../../shared/ipc/meeting-schemas';
import type { Clock } from '../../clock';
import { MeetingFold } from '../fold/meeting-fold';
import type { MeetingJournal } from '../record/meeting-journal';
import { projectView } from '../fold/project-view';
import type { MeetingRecord, RecordBody, StartBody } from '../record/records';
import { Throttle } from './throttle';

/** What a live meeting reports to: its changes (throttled) and journal write failures. */
export interface LiveMeetingHooks {
  clock: Clock;
  /** The meeting changed; called at most every 100 ms. */
  changed(meeting: LiveMeeting): void;
  writeFailed(meeting: LiveMeeting, err: unknown): void;
}

/**
 * A meeting being recorded: every record goes to its journal first and is then folded, so the
 * state in memory is always what a replay of the journal would give.
 */
export class LiveMeeting {
  /** Set when the meeting was resumed after Gavel stopped, until Gavel is back in the channel. */
  resumed = false;
  private readonly throttle: Throttle;
  private endWaiters: (() => void)[] = [];
  private closed = false;

  private constructor(
    readonly id: string,
    readonly fold: MeetingFold,
    private readonly journal: MeetingJournal,
    private readonly hooks: LiveMeetingHooks,
  ) {
    this.throttle = new Throttle(() => hooks.changed(this), hooks.clock);
  }

  /** Starts a new meeting: writes its start record to the (new, empty) journal. */
  static begin(
    id: string,
    journal: MeetingJournal,
    start: StartBody,
    hooks: LiveMeetingHooks,
  ): LiveMeeting {
    const { record, written } = journal.append(start, hooks.clock.now());
    const meeting = new LiveMeeting(
      id,
      new MeetingFold(record as MeetingRecord & StartBody),
      journal,
      hooks,
    );
    written.catch((err: unknown) => hooks.writeFailed(meeting, err));
    return meeting;
  }

  /** Picks a meeting up again from its replayed records, appending after the last of them. */
  static resume(
    id: string,
    fold: MeetingFold,
    journal: MeetingJournal,
    hooks: LiveMeetingHooks,
  ): LiveMeeting {
    return new LiveMeeting(id, fold, journal, hooks);
  }

  get channel(): string {
    return this.fold.start.channel;
  }

  /** Journals `body` (stamped now unless `at` is given), folds it, and resolves once it is on disk. */
  record(body: RecordBody, at = this.hooks.clock.now()): Promise<void> {
    if (this.closed) return Promise.resolve();
    const { record, written } = this.journal.append(body, at);
    this.fold.apply(record);
    this.throttle.poke();
    if (this.fold.ended) for (const resolve of this.endWaiters.splice(0)) resolve();
    return written.catch((err: unknown) => this.hooks.writeFailed(this, err));
  }

  /**
   * Journals that Gavel left the channel (`away`) or is back in it, once per change; true when
   * it journaled something.
   */
  markGap(away: boolean, at: number): boolean {
    const open = this.fold.gaps.at(-1)?.to === null;
    if (away === open) return false;
    void this.record({ t: 'gap', state: away ? 'open' : 'close' }, at);
    return true;
  }

  /** The view, with the names the library remembers for the channel. */
  view(names: Record<string, string>): MeetingView {
    return projectView(this.fold, this.id, names);
  }

  /** Resolves true once the meeting has ended, or false after `ms`. */
  whenEnded(ms: number): Promise<boolean> {
    if (this.fold.ended) return Promise.resolve(true);
    return new Promise((resolve) => {
      const timer = this.hooks.clock.setTimeout(() => resolve(this.fold.ended), ms);
      this.endWaiters.push(() => {
        this.hooks.clock.clearTimeout(timer);
        resolve(true);
      });
    });
  }

  /** Drops a pending change report and closes the journal; later records are ignored. */
  close(): void {
    if (this.closed) return;
    this.throttle.cancel();
    this.closed = true;
    this.journal.close();
  }
}
