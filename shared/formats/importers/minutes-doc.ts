import type { ItemType } from '../../domain/meeting';

/** One item of published minutes: its kind, text, who recorded it and when (as printed). */
export interface MinutesItem {
  type: ItemType;
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
  started: string | null;
  ended: string | null;
  topics: MinutesTopic[];
  actionsByPerson: { nick: string; actions: string[] }[];
  people: { nick: string; lines: number }[];
}

/** A minutes file with nothing read yet. */
export function emptyMinutes(): MinutesDoc {
  return {
    channel: null,
    title: null,
    owner: null,
    date: null,
    started: null,
    ended: null,
    topics: [],
    actionsByPerson: [],
    people: [],
  };
}

// Item labels as MeetBot prints them (`ACTION: …`); INFO has none.
const LABELS: Record<string, ItemType> = {
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

/** An item's type from its printed label, and the text after the label; INFO when none. */
export function labelled(text: string): { type: ItemType; text: string } {
  const m = LABEL_RE.exec(text);
  const type = m ? LABELS[m[1]!] : undefined;
  return type ? { type, text: text.slice(m![0].length) } : { type: 'info', text };
}

/** The `YYYY-MM-DD` in a MeetBot file name such as `…/magazine.2020-06-10-12.02.log.html`. */
export function dateInAddress(text: string): string | null {
  return /(\d{4}-\d\d-\d\d)-\d\d\.\d\d\b/.exec(text)?.[1] ?? null;
}
