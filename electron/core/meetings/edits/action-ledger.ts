import type { ActionView } from '../../../../shared/ipc/meeting-schemas';
import { channelKey, type LibraryStore } from '../../store/library-store';
import type { ActionEdits } from '../fold/meeting-fold';
import type { MeetingEditor } from './meeting-editor';

/** The id an action goes by in the meetings that carried it from meeting `meetingId` (see carried.ts). */
export function carriedId(meetingId: string, action: Pick<ActionView, 'id' | 'source'>): string {
  return action.source === 'carried' ? action.id : `c-${meetingId}-${action.id}`;
}

/**
 * Keeps a channel's action ledger whole when the chair edits an action after its meeting: the
 * same edit is journaled in every later meeting of the channel that carried the action, so the
 * next meeting carries it as it now stands (done actions are no longer carried).
 */
export class ActionLedger {
  constructor(
    private readonly library: LibraryStore,
    private readonly editor: MeetingEditor,
  ) {}

  /** Applies `edits` of `action` (of meeting `meetingId`) to its carried copies; returns how many. */
  async carryForward(meetingId: string, action: ActionView, edits: ActionEdits): Promise<number> {
    const entry = this.library.meetings().find((m) => m.id === meetingId);
    if (!entry) return 0;
    const key = channelKey(entry.channel);
    const id = carriedId(meetingId, action);
    const later = this.library
      .meetings()
      .filter((m) => m.id !== meetingId && channelKey(m.channel) === key)
      .filter((m) => m.startedAt >= entry.startedAt)
      .sort((a, b) => a.startedAt - b.startedAt);
    let changed = 0;
    for (const meeting of later) {
      const fold = this.editor.fold(meeting.id);
      if (!fold.ok) continue;
      if (!this.editor.view(meeting.id, fold.value).actions.some((a) => a.id === id)) continue;
      const edited = await this.editor.record(meeting.id, { t: 'action', actionId: id, ...edits });
      if (edited.ok) changed++;
    }
    return changed;
  }
}
