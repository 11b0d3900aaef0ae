import type {
  ActionView,
  Agenda,
  AgendaNode,
  MeetingView,
  PersonView,
  TopicView,
} from '../../../shared/ipc/meeting-schemas';
import type { ConnectionStatus } from '../../../shared/ipc/schemas';
import { IDLE_STATUS } from './fake-bridge';

/** Test data for meeting panes: a joined status, and views with sensible defaults. */

/** Gavel joined to `#meet` as `chair`. */
export const JOINED: ConnectionStatus = {
  ...IDLE_STATUS,
  state: 'joined',
  server: 'irc.example.org',
  port: 6667,
  nick: 'chair',
  channel: '#meet',
  since: 1,
};

/** 2024-05-01 13:00:00 in the test's local time. */
export const T0 = new Date(2024, 4, 1, 13, 0, 0).getTime();
export const MIN = 60_000;

export function meetingView(fields: Partial<MeetingView> = {}): MeetingView {
  return {
    id: 'm1',
    channel: '#meet',
    status: 'live',
    mode: 'drive',
    title: 'weekly',
    name: null,
    startedAt: T0,
    endedAt: null,
    startedBy: 'chair',
    chairs: ['chair'],
    botNick: null,
    topics: [],
    actions: [],
    votes: [],
    people: [],
    rollCall: null,
    gaps: [],
    ...fields,
  };
}

export function topicView(fields: Partial<TopicView> = {}): TopicView {
  return {
    title: 'Budget',
    nick: 'chair',
    startedAt: T0,
    endedAt: null,
    seq: null,
    agendaId: null,
    timebox: null,
    items: [],
    ...fields,
  };
}

export function actionView(fields: Partial<ActionView> = {}): ActionView {
  return {
    id: 'act1',
    text: 'alice to write the notes',
    nick: 'chair',
    at: T0,
    seq: null,
    owners: ['alice'],
    due: null,
    done: false,
    source: 'meeting',
    ...fields,
  };
}

export function personView(fields: Partial<PersonView> = {}): PersonView {
  return {
    nick: 'alice',
    aliases: [],
    name: null,
    lines: 1,
    present: true,
    joinedAt: null,
    leftAt: null,
    ...fields,
  };
}

export function agendaNode(
  id: string,
  title: string,
  fields: Partial<AgendaNode> = {},
): AgendaNode {
  return { id, title, owners: [], timebox: null, children: [], ...fields };
}

export function agendaOf(items: AgendaNode[], fields: Partial<Agenda> = {}): Agenda {
  return { channel: '#meet', items, currentId: null, doneIds: [], ...fields };
}

/** The fake's agendas record holding `agenda` for its channel. */
export function agendasWith(agenda: Agenda): Record<string, Agenda> {
  return { [agenda.channel.toLowerCase()]: agenda };
}
