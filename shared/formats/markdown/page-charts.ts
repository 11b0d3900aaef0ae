import type { AgendaItem } from '../../domain/imported';
import type { Meeting } from '../../domain/meeting';
import { peopleChart, textBarChart, topicChart, type PlannedTimes } from '../charts/index';

function anyTimebox(items: readonly AgendaItem[]): boolean {
  return items.some((item) => item.timebox !== null || anyTimebox(item.items));
}

/** True when `planned` gives minutes for at least one topic. */
function hasPlan(planned: PlannedTimes | undefined): planned is PlannedTimes {
  if (planned === undefined) return false;
  return planned instanceof Map ? planned.size > 0 : anyTimebox(planned as readonly AgendaItem[]);
}

/**
 * A text chart as a fenced code block with no info string (so no attribute reaches the HTML),
 * fenced with more backticks than any run in it.
 */
function fenced(chart: string): string {
  const longest = Math.max(0, ...[...chart.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = '`'.repeat(Math.max(3, longest + 1));
  return `${fence}\n${chart}${fence}`;
}

/**
 * `## Charts`: lines said per person, and minutes per topic (planned against actual when an
 * agenda gives timeboxes), each as a text chart in a code block. Left out when there is
 * nothing to draw.
 */
export function chartsSection(meeting: Meeting, planned: PlannedTimes | undefined): string[][] {
  const charts: string[] = [];
  if (meeting.people.length > 0) charts.push(fenced(textBarChart(peopleChart(meeting))));
  if (meeting.topics.length > 0 || hasPlan(planned)) {
    charts.push(fenced(textBarChart(topicChart(meeting, hasPlan(planned) ? planned : undefined))));
  }
  if (charts.length === 0) return [];
  return [['## Charts'], ...charts.map((chart) => [chart])];
}
