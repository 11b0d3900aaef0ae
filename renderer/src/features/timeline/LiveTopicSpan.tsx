import type { TopicView } from '../../../../shared/ipc/meeting-schemas';
import { useNow } from '../../time/use-now';
import { spanModel } from './timeline-model';
import { TopicSpan, UNTITLED_TOPIC } from './TopicSpan';

const TICK_MS = 1000;

const SAY: Record<string, (title: string) => string> = {
  nudge: (title) => `“${title}” is nearing the end of its timebox.`,
  over: (title) => `“${title}” is over its timebox.`,
};

/**
 * The topic under way: the only span that ticks (once a second). Reaching 80 % of the timebox
 * and running over are also announced, once each, to assistive technology.
 */
export function LiveTopicSpan({ topic }: { topic: TopicView }) {
  const now = useNow(TICK_MS);
  const { state } = spanModel(topic, now);
  const say = SAY[state];
  return (
    <TopicSpan
      topic={topic}
      now={now}
      live
      announcement={say ? say(topic.title ?? UNTITLED_TOPIC) : ''}
    />
  );
}
