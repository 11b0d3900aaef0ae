import { htmlText } from './common/html-text';
import { dateInAddress, emptyMinutes, labelled, type MinutesDoc } from './minutes-doc';

const TITLE_RE = /<h1>([^<]*)<\/h1>/;
// MeetBot writes the time (`at 12:02:26 UTC`); HCoop Meetbot the date, time and offset
// (`at 2021-04-12 21:06:12-0500`).
const STARTED_RE =
  /Meeting started by (\S+) at (?:(\d{4}-\d\d-\d\d) )?(\d\d:\d\d(?::\d\d)?)([+-]\d{4})?/;
const ENDED_RE = /Meeting ended at (?:\d{4}-\d\d-\d\d )?(\d\d:\d\d(?::\d\d)?)/;
// HCoop's attendees: `pronovic (aka Pronovici) - 24 lines (28%)`.
const ATTENDEE_RE = /^(\S+)(?: \(aka ([^()]*)\))? - (\d+) lines? \(/;
const DETAILS_RE = / \(([^\s(),]+), (\d\d:\d\d(?::\d\d)?)\)$/;
const PERSON_RE = /^(.+) \((\d+)\)$/;
const URL_START_RE = /^(?:https?|ftp|irc|mailto|ssh):/;

/** The part of the page under the first of `headings` it has (`<h3>…</h3>`), up to the next `<h3>`. */
function section(page: string, ...headings: string[]): string {
  const heading = headings.find((h) => page.includes(`<h3>${h}</h3>`));
  if (heading === undefined) return '';
  const from = page.indexOf(`<h3>${heading}</h3>`);
  const start = from + heading.length + 9;
  const end = page.indexOf('<h3>', start);
  return page.slice(start, end < 0 ? page.length : end);
}

const text = (html: string) => htmlText(html).replace(/ +/g, ' ').trim();

function readSummary(doc: MinutesDoc, html: string): void {
  const summary = html.split('Meeting ended at')[0]!;
  for (const chunk of summary.split('<li>').slice(1)) {
    const entry = text(chunk);
    const m = DETAILS_RE.exec(entry);
    if (!m) continue;
    const body = entry.slice(0, m.index).trim();
    const [nick, time] = [m[1]!, m[2]!];
    if (chunk.includes('class="TOPIC"') || chunk.includes('class="topic"')) {
      doc.topics.push({ title: body, nick, time, items: [] });
      continue;
    }
    // HTML2 writes a link item as its first word linked, then the rest, with no label.
    const linked = chunk.trimStart().startsWith('<a ') || URL_START_RE.test(body);
    const item = linked ? { type: 'link' as const, text: body } : labelled(body);
    const topic = doc.topics[doc.topics.length - 1];
    if (topic) topic.items.push({ ...item, nick, time });
    else doc.topics.push({ title: null, nick: '', time: '', items: [{ ...item, nick, time }] });
  }
}

function readByPerson(doc: MinutesDoc, html: string): void {
  for (const chunk of html.split('<li>').slice(1)) {
    const nested = chunk.indexOf('<ol>');
    if (nested >= 0) doc.actionsByPerson.push({ nick: text(chunk.slice(0, nested)), actions: [] });
    else {
      // HCoop follows each action with a `(link)` to it.
      const action = text(chunk.split('</li>')[0]!).replace(/ \(link\)$/, '');
      if (action !== '(none)')
        doc.actionsByPerson[doc.actionsByPerson.length - 1]?.actions.push(action);
    }
  }
  doc.actionsByPerson = doc.actionsByPerson.filter((p) => p.actions.length > 0);
}

/**
 * Reads MeetBot's `.html` minutes (the HTML2 writer's page, as Fedora, Debian and OpenStack
 * publish it, and HCoop Meetbot's page with its date and offset): the `<h1>` banner, who started the meeting and when, the summary by topic (items
 * with their label, links by their URL), the actions by person and the people present. Markup is
 * removed and character references decoded; it never throws.
 */
export function readHtmlMinutes(page: string): MinutesDoc {
  const doc = emptyMinutes();
  const flat = page.replace(/\s+/g, ' ');
  const title = TITLE_RE.exec(flat);
  if (title) {
    const banner = text(title[1]!);
    const colon = /^(#\S+?): (.*)$/.exec(banner);
    doc.channel = colon ? colon[1]! : (/^(#\S+)/.exec(banner)?.[1] ?? null);
    doc.title = colon ? colon[2]! : banner;
  }
  const head = text(flat.split('<h3>')[0]!);
  const started = STARTED_RE.exec(head);
  if (started) [doc.owner, doc.started] = [started[1]!, started[3]!];
  doc.date = started?.[2] ?? dateInAddress(flat);
  if (flat.includes('HCoop Meetbot')) doc.bot = 'hcoop';
  doc.offset = started?.[4] ? `${started[4].slice(0, 3)}:${started[4].slice(3)}` : null;
  doc.ended = ENDED_RE.exec(text(flat))?.[1] ?? null;
  readSummary(doc, section(flat, 'Meeting summary', 'Meeting Summary'));
  readByPerson(doc, section(flat, 'Action items, by person', 'Action Items by Attendee'));
  const people = section(flat, 'People present (lines said)', 'Attendees');
  for (const chunk of people.split('<li>').slice(1)) {
    const entry = text(chunk.split('</li>')[0]!);
    const person = PERSON_RE.exec(entry);
    const attendee = person ? null : ATTENDEE_RE.exec(entry);
    if (person) doc.people.push({ nick: person[1]!, lines: Number(person[2]) });
    else if (attendee) {
      const [, nick, alias, lines] = attendee;
      doc.people.push({ nick: nick!, lines: Number(lines), ...(alias ? { alias } : {}) });
    }
  }
  return doc;
}
