import { memo } from 'react';
import type { TopicView } from '../../../../shared/ipc/meeting-schemas';
import { useAppState } from '../../app/AppContext';
import { clockTime } from '../../time/format-time';
import { spanModel } from './timeline-model';

/** The words for a topic without a title: the stretch before the first `#topic`. */
export const UNTITLED_TOPIC = 'Before the first topic';

/**
 * One topic as a span: its title and times, actual time against the timebox as a bar with the
 * planned length marked, and its items. The span and each item bring their line into view.
 */
export const TopicSpan = memo(function TopicSpan({
  topic,
  now,
  live,
  announcement,
}: {
  topic: TopicView;
  /** The time the span is drawn at; only the live topic's changes. */
  now: number;
  live: boolean;
  /** For the live topic: what to announce politely (it changes only when the timebox state does). */
  announcement?: string;
}) {
  const jumpTo = useAppState((s) => s.jumpTo);
  const model = spanModel(topic, now);
  const title = topic.title ?? UNTITLED_TOPIC;
  const seq = topic.seq;
  const times =
    topic.startedAt === null
      ? ''
      : `${clockTime(topic.startedAt)}${topic.endedAt !== null ? `–${clockTime(topic.endedAt)}` : ''}`;
  return (
    <li
      className={`topic-span span-${model.state}${live ? ' span-live' : ''}`}
      aria-current={live ? 'step' : undefined}
      data-testid="topic-span"
      data-state={model.state}
    >
      <button
        type="button"
        className="span-head"
        disabled={seq === null}
        onClick={() => seq !== null && jumpTo(seq)}
        title="Show in the transcript"
      >
        <bdi className="span-title">{title}</bdi>
        <span className="span-times">
          {times}
          {live && ' (now)'}
        </span>
        <span className="span-summary">{model.summary}</span>
        <span className="span-track" aria-hidden="true">
          <span className="span-actual" style={{ width: `${model.actualPct}%` }} />
          {model.plannedPct !== null && (
            <span className="span-planned" style={{ left: `${model.plannedPct}%` }} />
          )}
        </span>
      </button>
      {live && (
        <span className="visually-hidden" aria-live="polite">
          {announcement}
        </span>
      )}
      {topic.items.length > 0 && (
        <ul className="topic-items" aria-label={`Items of ${title}`}>
          {topic.items.map((item, i) => (
            <li key={i}>
              <button
                type="button"
                disabled={item.seq === null}
                onClick={() => item.seq !== null && jumpTo(item.seq)}
              >
                <span className={`item-type item-${item.type}`}>{item.type}</span>{' '}
                <bdi>{item.text}</bdi>
              </button>
            </li>
          ))}
        </ul>
      )}
    </li>
  );
});
