import type { ReactNode } from 'react';
import type { SearchLine } from '../../../../shared/search/types';
import { clockTime } from '../../time/format-time';
import { plainText } from '../transcript/line-view';
import { nickColorClass } from '../transcript/nick-color';
import { nickLabel } from './result-text';

/**
 * One line of a result: its time, who said it and what (`children`, already made safe). A
 * context line is dimmed; the hit line stands out.
 */
export function SearchLineRow({
  line,
  hit = false,
  id,
  children,
}: {
  line: SearchLine;
  hit?: boolean;
  id?: string;
  children: ReactNode;
}) {
  const nick = nickLabel(line.kind, plainText(line.nick));
  return (
    <div
      id={id}
      className={`search-line ${hit ? 'search-line-hit' : 'search-line-context'}`}
      data-seq={line.seq}
    >
      <time className="search-line-time">{line.at === null ? '' : clockTime(line.at)}</time>
      <span className="search-line-content">
        {nick && <bdi className={`search-line-nick ${nickColorClass(line.nick)}`}>{nick}</bdi>}
        {nick && ' '}
        {line.kind === 'topic' && <span className="muted">set the topic: </span>}
        <bdi className="search-line-text">{children}</bdi>
      </span>
    </div>
  );
}
