import type { AgendaNode } from '../../../../shared/ipc/meeting-schemas';
import type { AgendaTemplate } from '../../state/meeting-slice';
import { newAgendaId } from './agenda-tree';

/** A built-in template's entries: title and minutes planned. */
type Plan = readonly (readonly [title: string, minutes: number | null])[];

const PLANS: readonly { name: string; plan: Plan }[] = [
  {
    name: 'Weekly meeting',
    plan: [
      ['Roll call', 5],
      ['Actions from last meeting', 10],
      ['Status updates', 20],
      ['Open floor', 10],
    ],
  },
  {
    name: 'Short check-in',
    plan: [
      ['Actions from last meeting', 10],
      ['Open floor', 10],
    ],
  },
  {
    name: 'Release planning',
    plan: [
      ['Roll call', 5],
      ['Actions from last meeting', 10],
      ['Blockers', 15],
      ['Release date and owner', 10],
      ['Open floor', 10],
    ],
  },
];

/**
 * The templates every channel is offered besides its own saved ones. Each call gives entries
 * fresh ids, so an agenda started from one never shares ids with another.
 */
export function builtinTemplates(): AgendaTemplate[] {
  return PLANS.map(({ name, plan }) => ({
    name,
    items: plan.map(([title, timebox]): AgendaNode => ({
      id: newAgendaId(),
      title,
      owners: [],
      timebox,
      children: [],
    })),
  }));
}
