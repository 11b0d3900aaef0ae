import { useMemo } from 'react';
import type { MeetingView } from '../../../../shared/ipc/meeting-schemas';
import { useNow } from '../../time/use-now';
import { BarChartFigure } from './BarChartFigure';
import { peopleChart, topicChart } from './view-charts';

// A live meeting's current topic grows; a redraw every half minute keeps its bar honest.
const LIVE_REFRESH_MS = 30_000;

/**
 * A meeting's charts: lines said per person, and each topic's minutes against its timebox
 * (overruns shown). Works for an ended meeting and for a live one (the current topic counts to
 * now).
 */
export function MeetingCharts({
  view,
}: {
  view: Pick<MeetingView, 'people' | 'topics' | 'status'>;
}) {
  const now = useNow(LIVE_REFRESH_MS, view.status === 'live');
  const people = useMemo(() => peopleChart(view), [view]);
  const topics = useMemo(() => topicChart(view, now), [view, now]);
  return (
    <div className="meeting-charts">
      <BarChartFigure chart={people} empty="Nobody said anything in this meeting." />
      <BarChartFigure chart={topics} empty="This meeting has no topics." />
    </div>
  );
}
