import type { ImportedLog } from '../../domain/imported';
import type { City } from '../../time/world-times';
import type { PlannedTimes } from '../charts/index';

/** What the Markdown meeting page needs besides the meeting itself. */
export interface MarkdownPageOptions {
  /** What the source said about the meeting: title, place, agenda, participants. */
  imported?: ImportedLog;
  /** Cities whose local time of the meeting the page lists; default `DEFAULT_CITIES`. */
  cities?: readonly City[];
  /** The IRC network or server (`irc.libera.chat`); default the imported page's place. */
  network?: string;
  /** Address of the full log, linked from the Place block when given. */
  logUrl?: string;
  /** Planned minutes per topic for the charts: an agenda with timeboxes; default the imported page's agenda. */
  planned?: PlannedTimes;
}
