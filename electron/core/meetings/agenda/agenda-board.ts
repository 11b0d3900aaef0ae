import type { Agenda, AgendaNode } from '../../../../shared/ipc/meeting-schemas';
import { ok, type Result } from '../../../../shared/ipc/result';
import { groupTopics } from '../../../../shared/meeting/topics';
import { channelKey, type LibraryStore } from '../../store/library-store';
import { agendaState, matchAgendaTopics } from './agenda';
import type { LiveMeeting } from '../live/live-meeting';
import type { MeetingPorts } from '../ports';

/**
 * Each channel's agenda (kept in the library) with where its live meeting is in it. Changes
 * made while a meeting is live are also journaled, so the meeting's record says which agenda
 * its topics followed. `agenda:state` is sent whenever what the chair sees of it changes.
 */
export class AgendaBoard {
  private readonly sent = new Map<string, string>();

  constructor(
    private readonly library: LibraryStore,
    private readonly liveIn: (channel: string) => LiveMeeting | null,
    private readonly emit: MeetingPorts['emit'],
  ) {}

  /** The channel's agenda; `currentId`/`doneIds` follow its live meeting's topics. */
  state(channel: string): Agenda {
    const meeting = this.liveIn(channel);
    const items = this.library.agenda(channel);
    if (!meeting) return agendaState(channel, items, [], false);
    const { fold } = meeting;
    const titles = groupTopics(fold.engine.items).map((t) => t.title);
    return agendaState(
      channel,
      items,
      matchAgendaTopics(titles, fold.agendaTopics, fold.agenda),
      true,
    );
  }

  /** Replaces the channel's agenda; returns it with where the meeting is in it. */
  async set(channel: string, items: AgendaNode[]): Promise<Result<Agenda>> {
    const saved = this.library.setAgenda(channel, items);
    if (!saved.ok) return saved;
    await this.liveIn(channel)?.record({ t: 'agenda', items });
    this.publish(channel);
    return ok(this.state(channel));
  }

  /** Sends `agenda:state` for the channel if it changed since the last one sent. */
  publish(channel: string): void {
    const state = this.state(channel);
    const text = JSON.stringify(state);
    const key = channelKey(channel);
    if (this.sent.get(key) === text) return;
    this.sent.set(key, text);
    this.emit('agenda:state', state);
  }
}
