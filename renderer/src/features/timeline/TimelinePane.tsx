import { useRef } from 'react';
import { useAppState } from '../../app/AppContext';
import { EmptyState } from '../../components/EmptyState';
import { Pane } from '../../components/Pane';
import { LiveTopicSpan } from './LiveTopicSpan';
import { TopicSpan } from './TopicSpan';
import { useKeepCurrentInView } from './use-keep-current-in-view';

/**
 * The topics the meeting has gone through, in order, each planned against actual; the current
 * one grows live and is kept in view. Clicking a span or an item shows its line in the transcript.
 */
export function TimelinePane() {
  const topics = useAppState((s) => s.meeting?.topics);
  const live = useAppState((s) => s.meeting?.status === 'live');
  const list = useRef<HTMLOListElement>(null);
  const count = topics?.length ?? 0;
  const items = topics?.at(-1)?.items.length ?? 0;
  // Each new topic, and the current one as it grows, stays wholly in view in the pane.
  useKeepCurrentInView(list, `${count}:${items}:${live}`);
  return (
    <Pane id="timeline" title="Topic timeline">
      {!topics || topics.length === 0 ? (
        <EmptyState title="No topics yet.">
          Topics appear here as the meeting moves through them.
        </EmptyState>
      ) : (
        <ol className="timeline" aria-label="Topics" ref={list}>
          {topics.map((topic, i) =>
            live && topic.endedAt === null && i === topics.length - 1 ? (
              <LiveTopicSpan key={i} topic={topic} />
            ) : (
              <TopicSpan
                key={i}
                topic={topic}
                now={topic.endedAt ?? topic.startedAt ?? 0}
                live={false}
              />
            ),
          )}
        </ol>
      )}
    </Pane>
  );
}
