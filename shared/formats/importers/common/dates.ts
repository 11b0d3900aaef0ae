const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

/** 1..12 for a month name or its abbreviation of three letters or more (`Jan`, `Sept`), else 0. */
export function monthIndex(name: string): number {
  if (name.length < 3) return 0;
  const lower = name.toLowerCase();
  return MONTHS.findIndex((m) => m.startsWith(lower)) + 1;
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

const pad2 = (n: number) => (n < 10 ? `0${n}` : `${n}`);

/** `YYYY-MM-DD`, or null when the day does not exist (Feb 30) or the year is implausible. */
export function isoDate(year: number, month: number, day: number): string | null {
  if (!(year >= 1970 && year <= 2200 && month >= 1 && month <= 12 && day >= 1)) return null;
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  const days = month === 2 && leap ? 29 : DAYS_IN_MONTH[month - 1]!;
  if (day > days || !Number.isInteger(day)) return null;
  return `${year}-${pad2(month)}-${pad2(day)}`;
}

let lastChecked = { text: '', ok: false };

/** True for a real calendar date written `YYYY-MM-DD`. */
export function isIsoDate(text: string): boolean {
  // Log lines repeat the same date; remember the last answer.
  if (lastChecked.text === text) return lastChecked.ok;
  const m = /^(\d{4})-(\d\d)-(\d\d)$/.exec(text);
  const ok = m !== null && isoDate(Number(m[1]), Number(m[2]), Number(m[3])) === text;
  lastChecked = { text, ok };
  return ok;
}

let lastShift = { date: '', days: 0, result: '' };

/** The `YYYY-MM-DD` date `days` after (or before) `date`. */
export function addDays(date: string, days: number): string {
  if (days === 0) return date;
  // Importers ask for the same shift line after line; remember the last answer.
  if (lastShift.date === date && lastShift.days === days) return lastShift.result;
  const t = Date.parse(`${date}T00:00:00Z`) + days * 86_400_000;
  const result = new Date(t).toISOString().slice(0, 10);
  lastShift = { date, days, result };
  return result;
}

const ISO_RE = /(\d{4})-(\d\d)-(\d\d)/;
const CLOCK_RE = /\d{1,2}:\d\d(?::\d\d)?/g;
const DAY_RE = /^(\d{1,2})(?:st|nd|rd|th)?$/i;

/**
 * Finds a date in free text: ISO (`2012-01-31`), or a month name with a day and a four-digit
 * year in any order (`Tuesday, January 31, 2012`, `Fri 05 Oct 2007`, `Mon May  8 13:00:44 2017`,
 * `Thu, Dec 8 2022`). Null when the text has no complete date.
 */
export function parseLooseDate(text: string): string | null {
  const iso = ISO_RE.exec(text);
  if (iso) return isoDate(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  let year = 0;
  let month = 0;
  let day = 0;
  for (const token of text.replace(CLOCK_RE, ' ').split(/[\s,.]+/)) {
    if (!year && /^\d{4}$/.test(token)) year = Number(token);
    else if (!day && DAY_RE.test(token)) day = Number(DAY_RE.exec(token)![1]);
    else if (!month && /^[A-Za-z]+$/.test(token)) month = monthIndex(token);
    if (year && month && day) return isoDate(year, month, day);
  }
  return null;
}
