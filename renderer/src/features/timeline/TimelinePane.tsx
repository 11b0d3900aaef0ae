import { useLayoutEffect, useRef } from 'react';
import { useAppState } from '../../app/AppContext';
import { EmptyState } from '../../components/EmptyState';
import { Pane } from '../../components/Pane';
import { keepInView } from './keep-in-view';
import { LiveTopicSpan } from './LiveTopicSpan';
import { TopicSpan } from './TopicSpan';

/**
 * The topics the meeting has gone through, in order, each planned against actual; the current
 * one grows live and is kept in view. Clicking a span or an item shows its line in the transcript.
 */
export function TimelinePane() {
  const topics = useAppState((s) => s.meeting?.topics);
  const live = useAppState((s) => s.meeting?.status === 'live');
  const list = useRef<HTMLOListElement>(null);
  const count = topics?.length ?? 0;
  // Each new topic comes into view in the pane, however long the timeline has grown.
  useLayoutEffect(() => {
    const current = list.current?.querySelector<HTMLElement>('[aria-current="step"]');
    const pane = list.current?.closest<HTMLElement>('.pane-body');
    if (current && pane) keepInView(pane, current);
  }, [count, live]);
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
