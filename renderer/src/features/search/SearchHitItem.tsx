import { memo, useId } from 'react';
import type { SearchHit } from '../../../../shared/search/types';
import { useAppState } from '../../app/AppContext';
import { FormattedText } from '../transcript/FormattedText';
import { plainText } from '../transcript/line-view';
import { HitText } from './HitText';
import { meetingDate, typeBadge } from './result-text';
import { SearchLineRow } from './SearchLineRow';

/**
 * One hit: the meeting it is in (title, channel, local date), the lines before it dimmed, the
 * line itself with its matches marked, the lines after, the minutes item it made if any, and a
 * button that opens the meeting in the history view at that line.
 */
export const SearchHitItem = memo(function SearchHitItem({ hit }: { hit: SearchHit }) {
  const openReading = useAppState((s) => s.openReading);
  const date = meetingDate(hit.startedAt);
  const badge = typeBadge(hit.type);
  const lineId = useId();
  return (
    <li className="search-hit" data-meeting={hit.meetingId} data-seq={hit.seq}>
      <div className="search-hit-head">
        <h3 className="search-hit-title">
          <bdi>{plainText(hit.title)}</bdi>
        </h3>
        <bdi className="search-hit-channel">{hit.channel}</bdi>
        <time className="search-hit-date" dateTime={date.iso}>
          {date.label}
        </time>
        {badge && <span className={`badge search-badge search-badge-${badge}`}>{badge}</span>}
      </div>
      <div className="search-hit-lines">
        {hit.before.map((line) => (
          <SearchLineRow key={line.seq} line={line}>
            <FormattedText text={line.text} />
          </SearchLineRow>
        ))}
        <SearchLineRow line={hit} hit id={lineId}>
          <HitText text={hit.text} marks={hit.marks} />
        </SearchLineRow>
        {hit.after.map((line) => (
          <SearchLineRow key={line.seq} line={line}>
            <FormattedText text={line.text} />
          </SearchLineRow>
        ))}
      </div>
      <button
        type="button"
        className="search-open"
        aria-describedby={lineId}
        onClick={() => openReading(hit.meetingId, hit.seq)}
      >
        Open at this line
      </button>
    </li>
  );
});
