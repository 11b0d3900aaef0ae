import { memo } from 'react';
import type { TranscriptLine } from '../../../../shared/domain/line';
import { FormattedText } from './FormattedText';
import { lineMark } from './line-mark';
import { viewLine } from './line-view';
import { nickColorClass } from './nick-color';

/** How a row is shown besides its line: the chair's nick matcher, find's query, a flash. */
export interface RowOptions {
  /** Finds the chair's nick as a whole word; null when not connected. */
  mention: RegExp | null;
  /** Find's query while find is open, else ''. */
  query: string;
  /** True for the row a jump or find just brought into view. */
  flash: boolean;
  /** Why the meeting ignored this command line (it is then drawn as talk), or null. */
  ignored?: string | null;
}

const SAID = new Set(['message', 'action', 'notice']);

/**
 * One transcript line. Text from the channel goes only into text nodes (formatting as styled
 * spans, web addresses as safe links); `<bdi>` keeps right-to-left or bidi-override characters
 * in a nick or text from reordering the rest of the row. Commands, decisions, actions and links
 * are marked as the engine reads them; a line naming the chair is highlighted; events are dim; a
line Gavel recorded without saying it (quiet mode) says so.
 */
export const TranscriptRow = memo(function TranscriptRow({
  line,
  mention,
  query,
  flash,
  ignored = null,
}: { line: TranscriptLine } & RowOptions) {
  const view = viewLine(line);
  const said = SAID.has(line.kind);
  const mark = said && !ignored ? lineMark(line.text) : null;
  const mentioned = said && !line.self && mention !== null && mention.test(view.text);
  const classes = [
    'line',
    `line-${line.kind === 'gap' ? 'gap' : view.tone}`,
    line.self && 'line-self',
    line.local && line.kind !== 'gap' && 'line-local',
    mark && `line-mark-${mark}`,
    mentioned && 'line-mention',
    flash && 'line-flash',
  ]
    .filter(Boolean)
    .join(' ');
  return (
    <div
      className={classes}
      data-testid="transcript-line"
      data-seq={line.seq}
      data-mark={mark ?? undefined}
    >
      <time className="line-time">{view.time}</time>
      <span className="line-content">
        {view.tone === 'action' && <span className="line-mark">* </span>}
        {view.nick && (
          <bdi className={`line-nick ${said ? nickColorClass(view.nick) : ''}`}>
            {view.tone === 'notice' ? `-${view.nick}-` : view.nick}
          </bdi>
        )}
        {view.nick && ' '}
        <bdi className="line-text">
          {said ? <FormattedText text={line.text} query={query} /> : view.text}
        </bdi>
        {mentioned && <span className="visually-hidden"> (mentions you)</span>}
        {ignored && <span className="ignored-hint"> — {ignored}</span>}
        {line.local && line.kind !== 'gap' && (
          <span
            className="local-mark"
            title="Recorded in Gavel only (quiet mode); not said in the channel"
          >
            {' '}
            not sent
          </span>
        )}
      </span>
    </div>
  );
});
