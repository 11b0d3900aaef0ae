import type { TranscriptLine } from '../../../../shared/domain/line';
import type { MeetingMode, MeetingView } from '../../../../shared/ipc/meeting-schemas';
import { fail, ok, type Result } from '../../../../shared/ipc/result';
import type { ConnectionStatus } from '../../../../shared/ipc/schemas';
import { oneLine } from '../../../../shared/irc/one-line';
import { chairLines, MAX_MESSAGE_BYTES } from '../../irc/outgoing';
import { channelKey } from '../../store/library-store';
import { AgendaBoard } from '../agenda/agenda-board';
import { botNews } from './bot-detect';
import { carriedActions } from './carried';
import { meetbotLine, type MeetbotLine } from './chair-lines';
import { ChannelWatch, type ChannelStart } from './channel-watch';
import { LiveMeeting, type LiveMeetingHooks } from './live-meeting';
import type { MeetingFold } from '../fold/meeting-fold';
import { quietLine, resumedGapLine } from './local-lines';
import { MeetingJournal, journalPath } from '../record/meeting-journal';
import { newMeetingId } from './meeting-id';
import { MeetingIndex } from '../record/meeting-index';
import type { MeetingPorts } from '../ports';
import type { StartBody } from '../record/records';

/** How long `meeting:end` waits for the channel to echo `#endmeeting` before closing the record itself. */
export const END_WAIT_MS = 10_000;

/** How a meeting opens: who opened it, and what Gavel knows of the channel's bot. */
type Opening = Omit<StartBody, 't' | 'id' | 'channel'>;

/**
 * One live meeting per channel, fed by every line of the channel and by the chair's actions.
 * A meeting opens when the chair starts one (`#startmeeting` sent in drive mode, recorded
 * locally in quiet mode) or when the channel shows one starting (someone's `#startmeeting`, a
 * meeting bot's "Meeting started" reply): Gavel then follows it and never starts a second.
 * Everything is journaled before it is folded; `meeting:state` follows each change (at most
 * every 100 ms). A meeting ends with `#endmeeting` or with the chair's end.
 */
export class MeetingService {
  readonly agendas: AgendaBoard;
  readonly library: MeetingIndex;
  private readonly live = new Map<string, LiveMeeting>();
  private readonly watch = new ChannelWatch();
  private readonly hooks: LiveMeetingHooks;
  private lastNick: string | null = null;
  private closed = false;

  constructor(private readonly ports: MeetingPorts) {
    this.agendas = new AgendaBoard(ports.library, (channel) => this.liveIn(channel), ports.emit);
    this.library = new MeetingIndex(ports.dataDir, ports.library, ports.log);
    this.hooks = {
      clock: ports.clock,
      changed: (meeting) => this.publish(meeting),
      writeFailed: (meeting, err) =>
        ports.log('error', `The journal of meeting ${meeting.id} could not be written`, err),
    };
  }

  /** The live meeting in `channel`, or null. */
  liveIn(channel: string): LiveMeeting | null {
    return this.live.get(channelKey(channel)) ?? null;
  }

  /** Every live meeting. */
  liveMeetings(): LiveMeeting[] {
    return [...this.live.values()];
  }

  /** The live meeting `id`, or an error value saying it has ended or does not exist. */
  liveById(id: string): Result<LiveMeeting> {
    const meeting = [...this.live.values()].find((m) => m.id === id);
    if (meeting) return ok(meeting);
    return this.library.entry(id)
      ? fail('meeting-ended', 'This meeting has ended.')
      : fail('no-such-meeting', 'There is no such meeting.');
  }

  /**
   * Meeting `id` (live or ended) as its journal folds it: `finish(fold.engine)` gives the minutes'
   * model, `fold.lines` its transcript lines.
   */
  fold(id: string): Result<MeetingFold> {
    const live = [...this.live.values()].find((m) => m.id === id);
    return live ? ok(live.fold) : this.library.fold(id);
  }

  /** The meeting as the chair sees it. */
  view(meeting: LiveMeeting): MeetingView {
    return meeting.view(this.ports.library.names(meeting.channel));
  }

  /** Takes one transcript line of a channel: it feeds that channel's live meeting, or may open one. */
  onLine(line: TranscriptLine): void {
    if (this.closed) return;
    if (line.self) this.lastNick = line.nick;
    const meeting = this.liveIn(line.channel);
    if (!meeting) {
      const opened = this.watch.observe(line);
      if (opened) this.follow(line.channel, opened);
      return;
    }
    void meeting.record({ t: 'line', line });
    this.noticeBot(meeting, line);
    if (meeting.fold.ended) this.finish(meeting);
  }

  /**
   * Takes a connection status: a live meeting whose channel Gavel is not in gets a gap, from
   * when the server was last heard (the outage's start, while reconnecting) to the rejoin.
   */
  onStatus(status: ConnectionStatus): void {
    if (this.closed) return;
    for (const meeting of this.live.values()) {
      const inChannel = this.ports.channels.nickIn(meeting.channel) !== null;
      const at = inChannel ? status.since : (status.reconnect?.since ?? status.since);
      const changed = meeting.markGap(!inChannel, at);
      if (changed && inChannel && meeting.resumed) this.noteResumedGap(meeting);
    }
  }

  /** Starts a meeting in `channel`, or returns the one already live there. */
  async start(channel: string, asked: string, mode: MeetingMode): Promise<Result<MeetingView>> {
    const title = oneLine(asked);
    const current = this.liveIn(channel);
    if (current) return ok(this.view(current));
    if (mode === 'drive' && this.ports.channels.nickIn(channel) === null) {
      return fail(
        'not-connected',
        `Gavel is not in ${channel}; connect first, or start in quiet mode to take notes locally.`,
      );
    }
    const bot = this.watch.botIn(channel);
    const begun = this.begin(channel, {
      title,
      mode,
      // With no bot to follow, Gavel's own preset, which records votes.
      preset: bot?.preset ?? 'gavel',
      botNick: bot?.nick ?? null,
      implicitStart: false,
      origin: 'chair',
    });
    if (!begun.ok) return begun;
    const sent = await this.deliver(begun.value, meetbotLine('startmeeting', title));
    if (!sent.ok) {
      await begun.value.record({ t: 'end' });
      this.finish(begun.value);
      return sent;
    }
    return ok(this.view(begun.value));
  }

  /**
   * Ends the meeting: `#endmeeting` goes to the channel (drive) or the record (quiet). When it
   * does not take effect (Gavel is offline, or not a chair of a meeting it follows), the record
   * is closed anyway.
   */
  async end(id: string): Promise<Result<MeetingView>> {
    const found = this.liveById(id);
    if (!found.ok) return found;
    const meeting = found.value;
    const sent = await this.deliver(meeting, meetbotLine('endmeeting'));
    if (sent.ok && meeting.fold.mode === 'drive') await meeting.whenEnded(END_WAIT_MS);
    if (!meeting.fold.ended) await meeting.record({ t: 'end' });
    this.finish(meeting);
    return ok(this.view(meeting));
  }

  /** The live meeting in `channel`, else the channel's latest meeting, else null. */
  get(channel: string): Result<MeetingView | null> {
    const meeting = this.liveIn(channel);
    if (meeting) return ok(this.view(meeting));
    return this.library.latestView(channel);
  }

  /** Switches between sending commands (drive) and recording them locally (quiet). */
  async setMode(id: string, mode: MeetingMode): Promise<Result<MeetingView>> {
    const found = this.liveById(id);
    if (!found.ok) return found;
    if (found.value.fold.mode !== mode) await found.value.record({ t: 'mode', mode });
    return ok(this.view(found.value));
  }

  /**
   * Carries out a MeetBot line as the chair: drive mode sends it (the record is the channel's
   * echo), quiet mode records it as a local line. A line too long for one IRC message is not
   * sent: its tail would reach the channel as a second, plain line.
   */
  async deliver(meeting: LiveMeeting, text: MeetbotLine): Promise<Result<null>> {
    const { channel } = meeting;
    if (meeting.fold.mode === 'drive') {
      if (chairLines(text).length !== 1) {
        return fail(
          'too-long',
          `That command is too long for one IRC message (at most ${MAX_MESSAGE_BYTES} bytes); shorten it, or switch to quiet mode to record it locally.`,
        );
      }
      const sent = this.ports.channels.say(channel, text);
      if (sent.ok) return ok(null);
      return fail(
        sent.error.code,
        `${sent.error.message} Switch to quiet mode to record it locally.`,
      );
    }
    const nick = this.ports.channels.nickIn(channel) ?? this.lastNick ?? 'chair';
    const line = this.ports.channels.transcribe(
      channel,
      quietLine(nick, text, this.ports.clock.now()),
      true,
    );
    await meeting.record({ t: 'line', line });
    if (meeting.fold.ended) this.finish(meeting);
    return ok(null);
  }

  /** Sends the meeting's state (and its channel's agenda state, if that changed) now. */
  publish(meeting: LiveMeeting): void {
    this.ports.emit('meeting:state', this.view(meeting));
    this.agendas.publish(meeting.channel);
  }

  /** Puts a meeting replayed from its journal back in its channel (see resume.ts). */
  adopt(meeting: LiveMeeting): void {
    this.live.set(channelKey(meeting.channel), meeting);
    this.watch.forgetLines(meeting.channel);
    this.ports.channels.keepAlive(meeting.channel, true);
  }

  /** The hooks a live meeting reports through. */
  meetingHooks(): LiveMeetingHooks {
    return this.hooks;
  }

  /** Closes every journal; live meetings stay live in the index and resume on the next start. */
  close(): void {
    this.closed = true;
    for (const meeting of this.live.values()) meeting.close();
  }

  // The IRC side notes outages of a running connection; the stretch while Gavel itself was not
  // running is noted here, once Gavel is back in the channel.
  private noteResumedGap(meeting: LiveMeeting): void {
    meeting.resumed = false;
    const gap = meeting.fold.gaps.at(-1);
    if (!gap || gap.to === null) return;
    const line = this.ports.channels.transcribe(
      meeting.channel,
      resumedGapLine(gap.from, gap.to),
      false,
    );
    void meeting.record({ t: 'line', line });
  }

  private follow(channel: string, opened: ChannelStart): void {
    const begun = this.begin(channel, {
      title: '',
      mode: 'drive',
      preset: opened.bot?.preset ?? 'meetbot',
      botNick: opened.bot?.nick ?? null,
      implicitStart: opened.implicitStart,
      origin: 'channel',
    });
    if (!begun.ok) {
      this.ports.log(
        'warn',
        `A meeting started in ${channel} but could not be recorded: ${begun.error.message}`,
      );
      return;
    }
    for (const line of opened.lines) void begun.value.record({ t: 'line', line });
  }

  private begin(channel: string, opening: Opening): Result<LiveMeeting> {
    const at = this.ports.clock.now();
    const id = newMeetingId(channel, at);
    const journal = MeetingJournal.open(journalPath(this.ports.dataDir, id));
    if (!journal.ok) return journal;
    const previous = this.library.latestView(channel);
    const meeting = LiveMeeting.begin(
      id,
      journal.value,
      { t: 'start', id, channel, ...opening },
      this.hooks,
    );
    void meeting.record({ t: 'agenda', items: this.ports.library.agenda(channel) });
    const members = this.ports.channels.membersIn(channel);
    if (members) void meeting.record({ t: 'members', nicks: members });
    if (previous.ok && previous.value) {
      void meeting.record({ t: 'carried', actions: carriedActions(previous.value) });
    }
    const indexed = this.library.index(meeting);
    if (!indexed.ok) this.ports.log('warn', indexed.error.message);
    this.adopt(meeting);
    meeting.markGap(this.ports.channels.nickIn(channel) === null, at);
    return ok(meeting);
  }

  private noticeBot(meeting: LiveMeeting, line: TranscriptLine): void {
    const sighting = botNews(line, meeting.fold);
    if (!sighting) return;
    this.watch.noteBot(meeting.channel, sighting);
    void meeting.record({ t: 'bot', ...sighting });
  }

  private finish(meeting: LiveMeeting): void {
    if (this.live.get(channelKey(meeting.channel)) !== meeting) return;
    this.live.delete(channelKey(meeting.channel));
    this.ports.channels.keepAlive(meeting.channel, false);
    const indexed = this.library.index(meeting);
    if (!indexed.ok) this.ports.log('warn', indexed.error.message);
    meeting.close();
    this.library.remember(meeting);
    this.publish(meeting);
  }
}
