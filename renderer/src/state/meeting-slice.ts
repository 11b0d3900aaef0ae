import type { StateCreator } from 'zustand/vanilla';
import type { Agenda, MeetingView } from '../../../shared/ipc/meeting-schemas';
import type { AppState } from './store';

/** A saved agenda a channel can start from. */
export interface AgendaTemplate {
  name: string;
  items: Agenda['items'];
}

/** The followed channel's meeting and agenda, as the core last reported them. */
export interface MeetingSlice {
  /** The channel's live meeting, or its last one once ended; null when it has had none. */
  meeting: MeetingView | null;
  /** The channel's agenda; null until it has been read. */
  agenda: Agenda | null;
  /** The channel's saved agenda templates, as last listed. */
  templates: AgendaTemplate[];
  /**
   * The channel whose agenda the chair prepares while no connection is up (picked in the agenda
   * pane); null when none was picked. A connection's channel comes first once one is up.
   */
  preparing: string | null;
  setPreparing(channel: string | null): void;
  setMeeting(meeting: MeetingView | null): void;
  setAgenda(agenda: Agenda | null): void;
  setTemplates(templates: AgendaTemplate[]): void;
}

/** The meeting slice of the app store. */
export const createMeetingSlice: StateCreator<AppState, [], [], MeetingSlice> = (set) => ({
  meeting: null,
  agenda: null,
  templates: [],
  preparing: null,
  setPreparing: (preparing) => set({ preparing }),
  setMeeting: (meeting) => set({ meeting }),
  setAgenda: (agenda) => set({ agenda }),
  setTemplates: (templates) => set({ templates }),
});
