import type { LogLine } from './line';
import type { LineTable } from './line-table';
import type { PresetId } from './meeting';

/** One agenda entry; `timebox` in minutes or null, `items` nest to any depth. */
export interface AgendaItem {
  title: string;
  owners: string[];
  timebox: number | null;
  items: AgendaItem[];
  /** True for a heading or a label on its own line (`Kamailio related:`): it may hold items. */
  label?: boolean;
}

/**
 * Someone listed on a meeting page: the nick they use and their name, and the short name the
 * page also writes them as (agenda owners such as `(dcm)`), when it gives one besides the nick.
 */
export interface Participant {
  nick: string;
  name: string;
  alias?: string;
}

/**
 * What an importer makes of a file: the lines, plus what the source says about the meeting.
 * Fields the source does not carry are null (or empty lists).
 */
export interface ImportedLog {
  /** Id of the importer that read it, e.g. `meetbot`, `irssi`, `kamailio-page`. */
  format: string;
  lines: LogLine[];
  channel: string | null;
  /** `YYYY-MM-DD` of the meeting (or of the first line) when known. */
  date: string | null;
  /** IANA zone (`Europe/Berlin`) or fixed offset (`-04:00`) the times are in, when stated. */
  timeZone: string | null;
  title: string | null;
  /** When the source says the meeting was scheduled to start (epoch ms), e.g. a page's "15:00 UTC". */
  scheduledAt?: number | null;
  place: string | null;
  agenda: AgendaItem[];
  participants: Participant[];
  /**
   * The preset whose rules read the log's structure, when the format itself implies one and no
   * meeting bot's reply says otherwise (a W3C scribe log: `w3c`).
   */
  preset?: PresetId;
}

/**
 * An {@link ImportedLog} with its lines as a {@link LineTable} (columns, texts kept as offsets
 * into the source) instead of one object per line: what an importer that offers
 * `parseTable` gives, for a caller that reads a large log once.
 */
export type ImportedTable = Omit<ImportedLog, 'lines'> & { table: LineTable };
