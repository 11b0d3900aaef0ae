import type { BarChart } from '../../../../shared/formats/charts/bar-chart';
import { BEFORE_FIRST_TOPIC } from '../../../../shared/formats/charts/meeting-charts';
import type { MeetingView } from '../../../../shared/ipc/meeting-schemas';

/**
 * A bar chart of a meeting, in the shape the minutes' charts use, with what the window adds:
 * the name of what each row is (`category`), and whether the second series is measured against
 * the first (actual minutes against planned ones), so an overrun can be shown.
 */
export interface ViewChart extends BarChart {
  category: string;
  compare: boolean;
}

/** Minutes to one decimal. */
const minutes = (ms: number) => Math.round(Math.max(0, ms) / 6_000) / 10;

/** Lines said per person who said any, most first (ties keep the meeting's order). */
export function peopleChart(view: Pick<MeetingView, 'people'>): ViewChart {
  const said = view.people.filter((p) => p.lines > 0);
  const rows = [...said]
    .sort((a, b) => b.lines - a.lines)
    .map((p) => ({ label: p.nick, values: [p.lines] }));
  return {
    title: 'Lines said per person',
    category: 'Person',
    series: ['lines'],
    unit: 'lines',
    rows,
    compare: false,
  };
}

/**
 * Each topic's planned minutes (its agenda entry's timebox, when it has one) and actual ones
 * (from its start to the next topic's, or the end; to `now` for the topic still under way).
 */
export function topicChart(view: Pick<MeetingView, 'topics'>, now: number): ViewChart {
  const rows = view.topics.map((topic) => {
    const actual =
      topic.startedAt === null ? null : minutes((topic.endedAt ?? now) - topic.startedAt);
    return { label: topic.title ?? BEFORE_FIRST_TOPIC, values: [topic.timebox, actual] };
  });
  return {
    title: 'Topic durations',
    category: 'Topic',
    series: ['planned', 'actual'],
    unit: 'min',
    rows,
    compare: true,
  };
}

/** How far the actual value of a compared row runs over the planned one, or null when it does not. */
export function overrun(chart: ViewChart, values: readonly (number | null)[]): number | null {
  if (!chart.compare) return null;
  const [planned, actual] = values;
  if (planned == null || actual == null || actual <= planned) return null;
  return Math.round((actual - planned) * 10) / 10;
}
