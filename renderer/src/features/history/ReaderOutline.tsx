import type { MeetingView } from '../../../../shared/ipc/meeting-schemas';
import { BEFORE_FIRST_TOPIC } from '../../../../shared/formats/charts/meeting-charts';
import { plainText } from '../transcript/line-view';
import { itemName } from './reader-model';

/** The meeting's structure, and where a click on it should take the transcript. */
export interface ReaderOutlineProps {
  view: Pick<MeetingView, 'topics'>;
  onJump(seq: number): void;
}

/**
 * The meeting's topics and their items (infos, decisions, actions, links…). Each entry that
 * came from a line brings that line into view in the transcript.
 */
export function ReaderOutline({ view, onJump }: ReaderOutlineProps) {
  return (
    <nav className="reader-outline" aria-labelledby="reader-outline-heading">
      <h3 id="reader-outline-heading">Outline</h3>
      {view.topics.length === 0 ? (
        <p className="muted">No topics or items yet. Mark lines of the transcript to add them.</p>
      ) : (
        <ol className="outline-topics">
          {view.topics.map((topic, t) => (
            <li key={t} className="outline-topic">
              <OutlineEntry
                seq={topic.seq}
                text={topic.title === null ? BEFORE_FIRST_TOPIC : plainText(topic.title)}
                onJump={onJump}
              />
              {topic.items.length > 0 && (
                <ul className="outline-items">
                  {topic.items.map((item, i) => (
                    <li key={i} className={`outline-item outline-item-${item.type}`}>
                      <OutlineEntry
                        seq={item.seq}
                        text={`${itemName(item.type)}: ${plainText(item.text)}`}
                        onJump={onJump}
                      />
                    </li>
                  ))}
                </ul>
              )}
            </li>
          ))}
        </ol>
      )}
    </nav>
  );
}

function OutlineEntry({
  seq,
  text,
  onJump,
}: {
  seq: number | null;
  text: string;
  onJump(seq: number): void;
}) {
  if (seq === null) return <bdi className="outline-text">{text}</bdi>;
  return (
    <button type="button" className="link-button outline-text" onClick={() => onJump(seq)}>
      <bdi>{text}</bdi>
    </button>
  );
}
