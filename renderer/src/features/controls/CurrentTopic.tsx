import type { TopicView } from '../../../../shared/ipc/meeting-schemas';
import { useAppState } from '../../app/AppContext';
import { useNow } from '../../time/use-now';
import { spanModel } from '../timeline/timeline-model';
import { UNTITLED_TOPIC } from '../timeline/TopicSpan';

const TICK_MS = 1000;
const pad = (n: number) => String(n).padStart(2, '0');

/** Elapsed time as `m:ss`, or `h:mm:ss` past an hour. */
export function elapsedClock(ms: number): string {
  const s = Math.floor(ms / 1000);
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  return h > 0 ? `${h}:${pad(m)}:${pad(s % 60)}` : `${m}:${pad(s % 60)}`;
}

function Ticking({ topic }: { topic: TopicView }) {
  const now = useNow(TICK_MS);
  const model = spanModel(topic, now);
  return (
    <span className={`current-topic span-${model.state}`} data-testid="current-topic">
      <span className="current-topic-label">Topic:</span>{' '}
      <bdi className="current-topic-title">{topic.title ?? UNTITLED_TOPIC}</bdi>{' '}
      <span className="current-topic-clock" title={model.summary}>
        <time>{elapsedClock(model.elapsedMs)}</time>
        {topic.timebox !== null && <span className="current-topic-of"> / {topic.timebox} min</span>}
      </span>
    </span>
  );
}

/** The topic under way in the live meeting, with a clock that ticks against its timebox. */
export function CurrentTopic() {
  const topic = useAppState((s) => {
    const m = s.meeting;
    if (m?.status !== 'live') return null;
    const last = m.topics[m.topics.length - 1];
    return last && last.endedAt === null ? last : null;
  });
  return topic ? <Ticking topic={topic} /> : null;
}
