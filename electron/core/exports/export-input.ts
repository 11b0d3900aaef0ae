import type { AgendaItem, ImportedLog } from '../../../shared/domain/imported';
import type { Meeting } from '../../../shared/domain/meeting';
import type { AgendaNode } from '../../../shared/ipc/meeting-schemas';
import { DEFAULT_NETWORK } from '../../../shared/ipc/schemas';
import { finish } from '../../../shared/meeting/index';
import type { City } from '../../../shared/time/world-times';
import { parseAddress } from '../irc/channel-address';
import type { MeetingFold } from '../meetings/fold/meeting-fold';
import { actionId } from '../meetings/fold/project-view';

/** The meeting as the minutes writers take it, and what they need to know besides. */
export interface ExportInput {
  meeting: Meeting;
  /** The network the channel is on, when it is not the default one (MeetBot's `%(network)s`). */
  network?: string;
  /** What an imported log said about its meeting (title, place, agenda, participants). */
  imported?: ImportedLog;
  /** The agenda whose timeboxes are the planned minutes of the charts. */
  planned?: AgendaItem[];
  cities?: readonly City[];
  /** True for a recorded meeting not yet ended: its minutes are the minutes so far. */
  soFar?: boolean;
}

function agendaItems(nodes: readonly AgendaNode[]): AgendaItem[] {
  return nodes.map((n) => ({
    title: n.title,
    owners: n.owners,
    timebox: n.timebox,
    items: agendaItems(n.children),
  }));
}

/**
 * A transcript without clock times (a wiki page) starts when its page says the meeting was
 * scheduled, so its files are named and dated by that time rather than by midnight.
 */
function withScheduledStart(meeting: Meeting, scheduledAt: number | null): Meeting {
  const start = meeting.start;
  if (!start || start.at !== null || start.time !== '' || scheduledAt === null) return meeting;
  return { ...meeting, start: { ...start, at: scheduledAt } };
}

/**
 * The owners the chair gave an action in the window replace the ones read from its words, so the
 * minutes ("Action items, by person") say who the chair said will do it.
 */
function withOwnerEdits(meeting: Meeting, fold: MeetingFold): Meeting {
  if (fold.edits.size === 0) return meeting;
  const actions = meeting.actions.map((action) => {
    const owners = fold.edits.get(actionId(fold, action.line))?.owners;
    return owners === undefined ? action : { ...action, owners };
  });
  return { ...meeting, actions };
}

/**
 * What the writers need from a meeting's fold: the engine's meeting named by its bare channel
 * (`#meet`, not `oftc:#meet`, so file names and titles read as the channel does), the
 * imported source, and the meeting's agenda for planned times (the source's when it had one
 * and the meeting none).
 */
export function exportInput(fold: MeetingFold, cities?: readonly City[]): ExportInput {
  const address = parseAddress(fold.start.channel);
  const source = fold.source;
  const meeting = withOwnerEdits(
    withScheduledStart(
      { ...finish(fold.engine), channel: address.channel },
      source?.scheduledAt ?? null,
    ),
    fold,
  );
  const imported: ImportedLog | undefined = source
    ? {
        format: source.format,
        lines: [],
        channel: address.channel,
        date: fold.start.date ?? null,
        timeZone: fold.start.timeZone ?? null,
        title: source.title,
        scheduledAt: source.scheduledAt,
        place: source.place,
        agenda: source.agenda,
        participants: source.participants,
      }
    : undefined;
  const agenda = fold.agenda.length > 0 ? agendaItems(fold.agenda) : (source?.agenda ?? []);
  return {
    meeting,
    network: address.network === DEFAULT_NETWORK ? undefined : address.network,
    imported,
    planned: agenda.length > 0 ? agenda : undefined,
    cities,
    // An imported log without #endmeeting is as its source left it, not a meeting under way.
    soFar: !meeting.ended && !source,
  };
}
