import type { MeetingView } from '../../../../shared/ipc/meeting-schemas';
import { fail, ok, type Result } from '../../../../shared/ipc/result';
import type { MeetingFold } from '../fold/meeting-fold';
import { MeetingJournal, journalPath } from '../record/meeting-journal';
import type { MeetingService } from '../live/meeting-service';
import type { MeetingPorts } from '../ports';
import { projectView } from '../fold/project-view';
import type { RecordBody } from '../record/records';

/** Called after an ended meeting's journal took an edit (live meetings report through `meeting:state`). */
export type MeetingChanged = (meetingId: string, channel: string) => void;

/**
 * Journals the chair's edits of any recorded meeting. A live meeting takes them as it takes
 * everything; an ended (or imported) meeting's journal is reopened, the record appended after
 * its last one and synced, then folded into the copy the library hands out, so every later
 * read sees it. Edits of one ended meeting are written one at a time.
 */
export class MeetingEditor {
  private readonly queues = new Map<string, Promise<unknown>>();

  constructor(
    private readonly service: MeetingService,
    private readonly ports: Pick<MeetingPorts, 'clock' | 'dataDir' | 'library' | 'log'>,
    private readonly changed: MeetingChanged = () => {},
  ) {}

  /** Meeting `id` as its journal folds it, live or ended; `no-such-meeting` when unknown. */
  fold(id: string): Result<MeetingFold> {
    const live = this.service.liveById(id);
    if (!live.ok && live.error.code === 'no-such-meeting') return live;
    return this.service.fold(id);
  }

  /** The view of a meeting's fold, with the names the library remembers for its channel. */
  view(id: string, fold: MeetingFold): MeetingView {
    return projectView(fold, id, this.ports.library.names(fold.start.channel));
  }

  /** Journals `body` to meeting `id` and returns the meeting's view after it. */
  async record(id: string, body: RecordBody): Promise<Result<MeetingView>> {
    const live = this.service.liveById(id);
    if (live.ok) {
      await live.value.record(body);
      return ok(this.service.view(live.value));
    }
    if (live.error.code !== 'meeting-ended') return live;
    const previous = this.queues.get(id) ?? Promise.resolve();
    const next = previous.then(() => this.append(id, body));
    this.queues.set(id, next);
    try {
      return await next;
    } finally {
      if (this.queues.get(id) === next) this.queues.delete(id);
    }
  }

  private async append(id: string, body: RecordBody): Promise<Result<MeetingView>> {
    const fold = this.fold(id);
    if (!fold.ok) return fold;
    const opened = MeetingJournal.open(
      journalPath(this.ports.dataDir, id),
      fold.value.lastRecord + 1,
    );
    if (!opened.ok) return opened;
    const { record, written } = opened.value.append(body, this.ports.clock.now());
    opened.value.close();
    try {
      await written;
    } catch (err) {
      this.ports.log('error', `The journal of meeting ${id} could not be written`, err);
      return fail(
        'meeting-not-saved',
        `Gavel could not save the change: ${(err as Error).message}`,
      );
    }
    fold.value.apply(record);
    this.changed(id, fold.value.start.channel);
    return ok(this.view(id, fold.value));
  }
}
