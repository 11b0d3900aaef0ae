import type { GavelBridge } from '../../../shared/ipc/bridge';
import type {
  Agenda,
  AgendaNode,
  ChairCommand,
  MeetingMode,
  MeetingView,
} from '../../../shared/ipc/meeting-schemas';
import { fail, ok, type Result } from '../../../shared/ipc/result';
import { channelProblem } from '../../../shared/irc/validate';
import type { Res } from '../../../shared/ipc/schemas';
import type { AgendaTemplate } from './meeting-slice';
import { lastAgendaEdit } from './agenda-undo-slice';
import { channelInFront } from './notice';
import type { AppStore } from './store';
import { practiceChannel } from './ui-slice';

/** A change to an action item: any of its owners, due date (`YYYY-MM-DD` or null) and state. */
export interface ActionChange {
  owners?: string[];
  due?: string | null;
  done?: boolean;
}

/**
 * What the chair can do to the followed channel's meeting. Each resolves to the core's answer;
 * a failure is also shown to the chair as the window's notice, and a success clears it.
 */
export interface MeetingActions {
  startMeeting(title: string, mode: MeetingMode): Promise<Result<MeetingView>>;
  endMeeting(): Promise<Result<MeetingView>>;
  command(command: ChairCommand): Promise<Result<MeetingView>>;
  setMode(mode: MeetingMode): Promise<Result<MeetingView>>;
  /**
   * Replaces the agenda's entries; the window shows the change at once. Every change can be
   * taken back with {@link undoAgenda}; one with a `note` ("Removed “Budget”") also shows the
   * agenda's "Undo" notice.
   */
  saveAgenda(items: AgendaNode[], note?: string): Promise<Result<Agenda>>;
  /**
   * Takes back the newest agenda change the window made in this channel (Ctrl+Z, "Undo"); null
   * when there is none (the notice says so).
   */
  undoAgenda(): Promise<Result<Agenda> | null>;
  /**
   * Shows the agenda of `channel` to prepare it while no connection is up; refuses a name that
   * is no channel's, saying why. The window then follows that channel.
   */
  prepareAgenda(channel: string): Result<string>;
  /** Reads a Markdown outline or a meeting page into agenda entries (nothing is saved). */
  importAgenda(text: string): Promise<Result<AgendaNode[]>>;
  loadTemplates(): Promise<Result<AgendaTemplate[]>>;
  /** Saves the current agenda as the channel's template `name`. */
  saveTemplate(name: string): Promise<Result<AgendaTemplate[]>>;
  updateAction(actionId: string, change: ActionChange): Promise<Result<MeetingView>>;
  setPersonName(nick: string, name: string): Promise<Result<Res<'people:setName'>>>;
}

const NO_CHANNEL = 'Connect to a channel first.';
const NO_MEETING = 'No meeting is under way in this channel.';
/** Why a practice offers no drive mode. */
export const PRACTICE_QUIET = 'A practice stays in quiet mode: nothing in it is sent anywhere.';

/** The meeting actions over `bridge`, keeping `store` up to date with every answer. */
export function createMeetingActions(bridge: GavelBridge, store: AppStore): MeetingActions {
  // A practice replay takes the window over: the chair drives its channel with the usual controls.
  const channel = () => channelInFront(store.getState());

  /** Shows a failure as the notice (a success clears an error notice) and passes the result on. */
  const report = <T>(result: Result<T>): Result<T> => {
    const { notice, setNotice } = store.getState();
    if (!result.ok)
      setNotice({
        tone: 'error',
        message: result.error.message,
        code: result.error.code,
        channel: channel(),
      });
    else if (notice?.tone === 'error') setNotice(null);
    return result;
  };
  const withView = (result: Result<MeetingView>) => {
    if (result.ok) store.getState().setMeeting(result.value);
    return report(result);
  };
  const onChannel = async <T>(run: (channel: string) => Promise<Result<T>>) => {
    const name = channel();
    return report(name ? await run(name) : fail<T>('no-channel', NO_CHANNEL));
  };
  // Saves `items` as `name`'s agenda, shown at once and put back if the core refuses them.
  const setAgenda = async (name: string, items: AgendaNode[]) => {
    const before = store.getState().agenda;
    if (before) store.getState().setAgenda({ ...before, items });
    const saved = await bridge.invoke('agenda:set', { channel: name, items });
    if (saved.ok) store.getState().setAgenda(saved.value);
    else if (before) store.getState().setAgenda(before);
    return saved.ok
      ? { ok: true as const, saved, before: before?.items ?? null }
      : { ok: false as const, saved };
  };
  const onMeeting = async (run: (meetingId: string) => Promise<Result<MeetingView>>) => {
    const meeting = store.getState().meeting;
    if (meeting?.status !== 'live') return report(fail<MeetingView>('no-meeting', NO_MEETING));
    return withView(await run(meeting.id));
  };

  return {
    startMeeting: async (title, wanted) => {
      const name = channel();
      if (!name) return report(fail('no-channel', NO_CHANNEL));
      const practising = practiceChannel(store.getState()) !== null;
      const mode = practising ? 'quiet' : wanted;
      if (!practising) store.getState().setPreferredMode(mode);
      return withView(await bridge.invoke('meeting:start', { channel: name, title, mode }));
    },
    endMeeting: () => onMeeting((meetingId) => bridge.invoke('meeting:end', { meetingId })),
    command: (command) =>
      onMeeting((meetingId) => bridge.invoke('meeting:command', { meetingId, command })),
    setMode: async (mode) => {
      if (mode === 'drive' && practiceChannel(store.getState()))
        return report(fail('practice-quiet', PRACTICE_QUIET));
      store.getState().setPreferredMode(mode);
      if (store.getState().meeting?.status !== 'live') return fail('no-meeting', NO_MEETING);
      return onMeeting((meetingId) => bridge.invoke('meeting:setMode', { meetingId, mode }));
    },
    saveAgenda: (items, note) =>
      onChannel(async (name) => {
        const result = await setAgenda(name, items);
        const before = result.ok ? result.before : null;
        if (before)
          store
            .getState()
            .pushAgendaEdit(
              { channel: name, before, what: note ?? 'Changed the agenda' },
              note !== undefined,
            );
        return result.saved;
      }),
    undoAgenda: async () => {
      const name = channel();
      const edit = name ? lastAgendaEdit(store.getState(), name) : null;
      if (!name || !edit) {
        store.getState().setAgendaNote({ text: 'Nothing in the agenda to undo.', undoable: false });
        return null;
      }
      const result = await setAgenda(name, edit.before);
      if (!result.ok) return report(result.saved);
      store.getState().dropAgendaEdit(edit);
      store.getState().setAgendaNote({ text: `Undone: ${edit.what}`, undoable: false });
      return report(result.saved);
    },
    prepareAgenda: (text) => {
      const name = text.trim();
      const problem = channelProblem(name);
      if (problem) return fail('bad-channel', problem);
      store.getState().setPreparing(name);
      return ok(name);
    },
    importAgenda: async (text) => report(await bridge.invoke('agenda:import', { text })),
    loadTemplates: () =>
      onChannel(async (name) => {
        const result = await bridge.invoke('agenda:templates', { channel: name });
        if (result.ok) store.getState().setTemplates(result.value);
        return result;
      }),
    saveTemplate: (templateName) =>
      onChannel(async (name) => {
        const items = store.getState().agenda?.items ?? [];
        const result = await bridge.invoke('agenda:saveTemplate', {
          channel: name,
          name: templateName,
          items,
        });
        if (result.ok) store.getState().setTemplates(result.value);
        return result;
      }),
    // Owners, due dates and done marks stay editable after the meeting has ended.
    updateAction: async (actionId, change) => {
      const meeting = store.getState().meeting;
      if (!meeting) return report(fail<MeetingView>('no-meeting', NO_MEETING));
      const meetingId = meeting.id;
      return withView(await bridge.invoke('actions:update', { meetingId, actionId, ...change }));
    },
    setPersonName: (nick, name) =>
      onChannel((channelName) =>
        bridge.invoke('people:setName', { channel: channelName, nick, name }),
      ),
  };
}
