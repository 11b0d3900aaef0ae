import type { ChairCommand, MeetingView } from '../../../../shared/ipc/meeting-schemas';
import { fail, ok, type Result } from '../../../../shared/ipc/result';
import { oneLine } from '../../../../shared/irc/one-line';
import { presetFor } from '../../../../shared/meeting/index';
import type { LibraryStore } from '../../store/library-store';
import type { ActionLedger } from './action-ledger';
import { nextEntry } from '../agenda/agenda';
import { chairLine, meetbotLine } from '../live/chair-lines';
import type { MeetingEditor } from './meeting-editor';
import type { ActionEdits } from '../fold/meeting-fold';
import type { MeetingService } from '../live/meeting-service';

/** An `actions:update` request. */
export interface ActionUpdate extends ActionEdits {
  meetingId: string;
  actionId: string;
}

/**
 * What the chair does to a meeting from the window: MeetBot commands to a live meeting (sent or
 * recorded as the mode says), edits of actions (live or after the meeting), and names for
 * nicks. Each returns the meeting's view.
 */
export class ChairActions {
  constructor(
    private readonly meetings: MeetingService,
    private readonly library: LibraryStore,
    private readonly editor: MeetingEditor,
    private readonly ledger: ActionLedger,
  ) {}

  /** Carries out one chair command; "next topic" takes the next agenda entry not yet taken. */
  async command(meetingId: string, command: ChairCommand): Promise<Result<MeetingView>> {
    const found = this.meetings.liveById(meetingId);
    if (!found.ok) return found;
    const meeting = found.value;
    if (command.type === 'next-topic') {
      const agenda = this.meetings.agendas.state(meeting.channel);
      const taken = agenda.currentId ? [...agenda.doneIds, agenda.currentId] : agenda.doneIds;
      const entry = nextEntry(agenda.items, taken);
      if (!entry)
        return fail(
          'agenda-done',
          'Every agenda entry has been a topic already; add one, or type the topic.',
        );
      const title = oneLine(entry.title);
      const sent = await this.meetings.deliver(meeting, meetbotLine('topic', title));
      if (!sent.ok) return sent;
      await meeting.record({ t: 'agenda-topic', agendaId: entry.id, title });
      return ok(this.meetings.view(meeting));
    }
    const line = chairLine(command, presetFor(meeting.fold.preset).dialect);
    if (!line.ok) return line;
    const sent = await this.meetings.deliver(meeting, line.value);
    return sent.ok ? ok(this.meetings.view(meeting)) : sent;
  }

  /**
   * Changes an action's owners, due date or done flag, during the meeting or after it. After
   * it, the later meetings of the channel that carried the action take the same change, so
   * the next meeting carries the ledger as it now stands.
   */
  async updateAction(update: ActionUpdate): Promise<Result<MeetingView>> {
    const fold = this.editor.fold(update.meetingId);
    if (!fold.ok) return fold;
    const action = this.editor
      .view(update.meetingId, fold.value)
      .actions.find((a) => a.id === update.actionId);
    if (!action) {
      return fail(
        'no-such-action',
        'That action is no longer in the meeting (it may have been undone).',
      );
    }
    const { owners, due, done } = update;
    const edited = await this.editor.record(update.meetingId, {
      t: 'action',
      actionId: update.actionId,
      owners,
      due,
      done,
    });
    if (edited.ok && edited.value.status === 'ended') {
      await this.ledger.carryForward(update.meetingId, action, { owners, due, done });
    }
    return edited;
  }

  /** Remembers a person's name for a nick in the channel (an empty name forgets it). */
  async setName(
    channel: string,
    nick: string,
    name: string,
  ): Promise<Result<{ nick: string; name: string }>> {
    const saved = this.library.setName(channel, nick, name);
    if (!saved.ok) return saved;
    await this.meetings.liveIn(channel)?.record({ t: 'name', nick, name });
    return ok({ nick, name });
  }
}
