import type { Meeting } from '../../domain/meeting';
import type { BarChart } from './bar-chart';
import { linesPerPerson, topicDurations, type PlannedTimes } from './chart-data';

/** Label of the section before the first `#topic`. */
export const BEFORE_FIRST_TOPIC = '(before the first topic)';

/** Lines said per person, most first. */
export function peopleChart(meeting: Meeting): BarChart {
  return {
    title: 'Lines said per person',
    series: ['lines'],
    unit: 'lines',
    rows: linesPerPerson(meeting).map((p) => ({ label: p.nick, values: [p.lines] })),
  };
}

/**
 * Minutes per topic; with `planned`, planned and actual side by side (agenda entries never
 * reached come last, without an actual bar).
 */
export function topicChart(meeting: Meeting, planned?: PlannedTimes): BarChart {
  const rows = topicDurations(meeting, planned).map((t) => ({
    label: t.title ?? BEFORE_FIRST_TOPIC,
    values: planned ? [t.plannedMin, t.actualMin] : [t.actualMin],
  }));
  return {
    title: planned ? 'Topic time, planned and actual' : 'Topic time',
    series: planned ? ['planned', 'actual'] : ['actual'],
    unit: 'min',
    rows,
  };
}
