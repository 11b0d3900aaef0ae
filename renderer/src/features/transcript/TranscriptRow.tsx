import { memo } from 'react';
import type { TranscriptLine } from '../../../../shared/domain/line';
import { viewLine } from './line-view';

/**
 * One transcript line. Text from the channel goes only into text nodes; `<bdi>` keeps
 * right-to-left or bidi-override characters in a nick or text from reordering the rest of the row.
 */
export const TranscriptRow = memo(function TranscriptRow({ line }: { line: TranscriptLine }) {
  const view = viewLine(line);
  return (
    <div
      className={`line line-${view.tone}${line.self ? ' line-self' : ''}`}
      data-testid="transcript-line"
      data-seq={line.seq}
    >
      <time className="line-time">{view.time}</time>
      <span className="line-content">
        {view.tone === 'action' && <span className="line-mark">* </span>}
        {view.nick && (
          <bdi className="line-nick">{view.tone === 'notice' ? `-${view.nick}-` : view.nick}</bdi>
        )}
        {view.nick && ' '}
        <bdi className="line-text">{view.text}</bdi>
      </span>
    </div>
  );
});
