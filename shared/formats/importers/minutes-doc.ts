import type { ItemType } from '../../domain/meeting';

/** One item of published minutes: its kind, text, who recorded it and when (as printed). */
export interface MinutesItem {
  type: ItemType;
  /** The command that recorded it, when the label names one other than the type (`motion`). */
  command?: string;
  text: string;
  nick: string;
  time: string;
}

/** A topic of published minutes; the part before the first topic has a null title. */
export interface MinutesTopic {
  title: string | null;
  nick: string;
  time: string;
  items: MinutesItem[];
}

/**
 * What a MeetBot minutes file says, read back: the meeting's title and channel, who started it,
 * its date (from the log's address), the topics with their items, the actions by person (owner
 * `UNASSIGNED` for those nobody was found in) and the people present with their lines said.
 */
export interface MinutesDoc {
  channel: string | null;
  title: string | null;
  owner: string | null;
  date: string | null;
  /** `hcoop` when HCoop Meetbot wrote the page (its commands differ), else null. */
  bot: 'hcoop' | null;
  /** The UTC offset the times are in (`-05:00`) when the minutes say it; UTC otherwise. */
  offset: string | null;
  started: string | null;
  ended: string | null;
  topics: MinutesTopic[];
  actionsByPerson: { nick: string; actions: string[] }[];
  /** `alias`: the name HCoop's `#here Name` gave (`pronovic (aka Pronovici)`). */
  people: { nick: string; lines: number; alias?: string }[];
}

/** A minutes file with nothing read yet. */
export function emptyMinutes(): MinutesDoc {
  return {
    channel: null,
    title: null,
    owner: null,
    date: null,
    bot: null,
    offset: null,
    started: null,
    ended: null,
    topics: [],
    actionsByPerson: [],
    people: [],
  };
}

// Item labels as MeetBot prints them (`ACTION: …`); INFO has none.
const LABELS: Record<string, ItemType> = {
  INFO: 'info',
  MOTION: 'vote',
  FAILED: 'rejected',
  INCONCLUSIVE: 'info',
  ACTION: 'action',
  AGREED: 'agreed',
  ACCEPTED: 'accepted',
  REJECTED: 'rejected',
  IDEA: 'idea',
  HELP: 'help',
  LINK: 'link',
  DONE: 'done',
  VOTE: 'vote',
};
const LABEL_RE = /^([A-Z]+): ?/;

/**
 * An item's type from its printed label, the text after the label (INFO when there is none), and
 * the command that recorded it when that is not the type's own (`MOTION:` is `#motion`).
 */
export function labelled(text: string): { type: ItemType; text: string; command?: string } {
  const m = LABEL_RE.exec(text);
  const type = m ? LABELS[m[1]!] : undefined;
  if (!type) return { type: 'info', text };
  const command = m![1]!.toLowerCase();
  const rest = text.slice(m![0].length);
  return command === type ? { type, text: rest } : { type, text: rest, command };
}

/** The `YYYY-MM-DD` in a MeetBot file name such as `…/magazine.2020-06-10-12.02.log.html`. */
export function dateInAddress(text: string): string | null {
  return /(\d{4}-\d\d-\d\d)-\d\d\.\d\d\b/.exec(text)?.[1] ?? null;
}
