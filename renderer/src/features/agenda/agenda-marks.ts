import type { Agenda, AgendaNode, MeetingView } from '../../../../shared/ipc/meeting-schemas';

/** Where the meeting is in the agenda: the entry under way and the entries taken. */
export interface AgendaMarks {
  currentId: string | null;
  doneIds: readonly string[];
}

/**
 * The agenda's marks: the core's while a meeting is live; once the channel's meeting has ended
 * (the core then marks nothing), every entry its topics stood for stays ticked.
 */
export function agendaMarks(agenda: Agenda | null, meeting: MeetingView | null): AgendaMarks {
  const marks = { currentId: agenda?.currentId ?? null, doneIds: agenda?.doneIds ?? [] };
  if (!agenda || meeting?.status !== 'ended' || meeting.channel !== agenda.channel) return marks;
  if (marks.currentId !== null || marks.doneIds.length > 0) return marks;
  const taken = meeting.topics.map((t) => t.agendaId).filter((id): id is string => id !== null);
  return { currentId: null, doneIds: [...new Set(taken)] };
}

/** The minutes all timeboxed entries add up to, nested ones included (0 when none is). */
export function plannedMinutes(items: readonly AgendaNode[]): number {
  return items.reduce((sum, item) => sum + (item.timebox ?? 0) + plannedMinutes(item.children), 0);
}
