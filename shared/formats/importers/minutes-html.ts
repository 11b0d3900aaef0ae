import { htmlText } from './common/html-text';
import { dateInAddress, emptyMinutes, labelled, type MinutesDoc } from './minutes-doc';

const TITLE_RE = /<h1>([^<]*)<\/h1>/;
const STARTED_RE = /Meeting started by (\S+) at (\d\d:\d\d(?::\d\d)?) /;
const ENDED_RE = /Meeting ended at (\d\d:\d\d(?::\d\d)?) /;
const DETAILS_RE = / \(([^\s(),]+), (\d\d:\d\d(?::\d\d)?)\)$/;
const PERSON_RE = /^(.+) \((\d+)\)$/;
const URL_START_RE = /^(?:https?|ftp|irc|mailto|ssh):/;

/** The part of the page under `<h3>heading</h3>`, up to the next `<h3>`. */
function section(page: string, heading: string): string {
  const from = page.indexOf(`<h3>${heading}</h3>`);
  if (from < 0) return '';
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
    if (chunk.includes('class="TOPIC"')) {
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
      const action = text(chunk.split('</li>')[0]!);
      if (action !== '(none)')
        doc.actionsByPerson[doc.actionsByPerson.length - 1]?.actions.push(action);
    }
  }
  doc.actionsByPerson = doc.actionsByPerson.filter((p) => p.actions.length > 0);
}

/**
 * Reads MeetBot's `.html` minutes (the HTML2 writer's page, as Fedora, Debian and OpenStack
 * publish it): the `<h1>` banner, who started the meeting and when, the summary by topic (items
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
  if (started) [doc.owner, doc.started] = [started[1]!, started[2]!];
  doc.date = dateInAddress(flat);
  doc.ended = ENDED_RE.exec(text(flat))?.[1] ?? null;
  readSummary(doc, section(flat, 'Meeting summary'));
  readByPerson(doc, section(flat, 'Action items, by person'));
  for (const chunk of section(flat, 'People present (lines said)').split('<li>').slice(1)) {
    const m = PERSON_RE.exec(text(chunk.split('</li>')[0]!));
    if (m) doc.people.push({ nick: m[1]!, lines: Number(m[2]) });
  }
  return doc;
}
