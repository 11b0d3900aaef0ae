import { dateInAddress, emptyMinutes, labelled, type MinutesDoc } from './minutes-doc';

const TITLE_RE = /^(#\S+?):? (.*)$/;
const STARTED_RE = /Meeting started by (\S+) at (\d\d:\d\d(?::\d\d)?) /;
const ENDED_RE = /^Meeting ended at (\d\d:\d\d(?::\d\d)?) /;
// One space before it: `\s+` here would make a long run of spaces quadratic.
const DETAILS_RE = / \(([^\s(),]+),? (\d\d:\d\d(?::\d\d)?)\)$/;
const PERSON_RE = /^\* (.+) \((\d+)\)$/;
const NAME_ONLY_RE = /^\* (\S+)$/;
const RULE_RE = /^[-=]{3,}$/;

type Section = 'head' | 'summary' | 'actions' | 'by-person' | 'people' | 'other';

function sectionOf(heading: string): Section {
  const h = heading.toLowerCase();
  if (h === 'meeting summary') return 'summary';
  if (h === 'action items') return 'actions';
  if (h === 'action items, by person') return 'by-person';
  if (h === 'people present (lines said)' || h === 'people present') return 'people';
  return 'other';
}

// True when a line ends in a word's hyphen (textwrap may break after it).
function hyphenated(text: string): boolean {
  return text.endsWith('-') && /\w/.test(text.charAt(text.length - 2));
}

// Joins the lines of one wrapped entry: textwrap broke them at spaces (or after a hyphen).
function joinWrapped(parts: string[]): string {
  let out = '';
  for (const part of parts) out += out === '' || hyphenated(out) ? part : ` ${part}`;
  return out;
}

/**
 * The entries of a section: a line starting with `* ` (or `  * ` one level down) begins one,
 * deeper-indented lines continue it. Returns [depth, text] pairs.
 */
function entries(lines: readonly string[]): [number, string][] {
  const out: [number, string[]][] = [];
  for (const line of lines) {
    const m = /^( *)\* (.*)$/.exec(line);
    if (m) out.push([m[1]!.length >= 2 ? 1 : 0, [m[2]!]]);
    else if (line.trim() !== '' && out.length > 0) out[out.length - 1]![1].push(line.trim());
  }
  return out.map(([depth, parts]) => [depth, joinWrapped(parts)]);
}

function readSummary(doc: MinutesDoc, lines: readonly string[]): void {
  for (const [depth, text] of entries(lines)) {
    const m = DETAILS_RE.exec(text);
    const topic = doc.topics[doc.topics.length - 1];
    // Minutes written by hand in MeetBot's shape may leave out who and when: the topic's (or
    // the meeting starter's) stand in, so the item still has someone who recorded it.
    const body = m ? text.slice(0, m.index).trimEnd() : text.trim();
    const nick = m ? m[1]! : topic?.nick || doc.owner || '';
    const time = m ? m[2]! : (topic?.time ?? '');
    if (body === '') continue;
    const item = labelled(body);
    if (depth === 0 && !(topic === undefined && item.type !== 'info')) {
      doc.topics.push({ title: body, nick, time, items: [] });
    } else if (topic) topic.items.push({ ...item, nick, time });
    else doc.topics.push({ title: null, nick: '', time: '', items: [{ ...item, nick, time }] });
  }
}

function readByPerson(doc: MinutesDoc, lines: readonly string[]): void {
  for (const [depth, text] of entries(lines)) {
    if (depth === 0)
      doc.actionsByPerson.push({ nick: text.replace(/^\*\*(.*)\*\*$/, '$1'), actions: [] });
    else if (text !== '(none)')
      doc.actionsByPerson[doc.actionsByPerson.length - 1]?.actions.push(text);
  }
  doc.actionsByPerson = doc.actionsByPerson.filter((p) => p.actions.length > 0);
}

/**
 * Reads MeetBot's `.txt` minutes (Fedora's 2009 layout and the 2010 one, which differ in case and
 * spacing): the `#chan: Title` banner, who started it and when, the meeting summary by topic
 * (wrapped entries joined again), the actions by person and the people present. Lines it does
 * not understand are skipped; it never throws.
 */
export function readTextMinutes(text: string): MinutesDoc {
  const doc = emptyMinutes();
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const sections: Record<Section, string[]> = {
    head: [],
    summary: [],
    actions: [],
    'by-person': [],
    people: [],
    other: [],
  };
  let section: Section = 'head';
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (RULE_RE.test(lines[i + 1] ?? '') && line.trim() !== '' && !RULE_RE.test(line)) {
      if (section !== 'head' || doc.title !== null) section = sectionOf(line.trim());
      else {
        const m = TITLE_RE.exec(line.trim());
        doc.channel = m ? m[1]! : null;
        doc.title = m ? m[2]! : line.trim();
      }
      i++;
      continue;
    }
    if (RULE_RE.test(line)) continue;
    const ended = ENDED_RE.exec(line);
    if (ended) {
      doc.ended = ended[1]!;
      section = 'other';
      continue;
    }
    sections[section].push(line);
  }
  const head = sections.head.join(' ');
  const started = STARTED_RE.exec(head);
  if (started) [doc.owner, doc.started] = [started[1]!, started[2]!];
  doc.date = dateInAddress(head);
  readSummary(doc, sections.summary);
  readByPerson(doc, sections['by-person']);
  for (const line of sections.people) {
    // Minutes written by hand may list people without their lines said.
    const m = PERSON_RE.exec(line) ?? NAME_ONLY_RE.exec(line);
    if (m) doc.people.push({ nick: m[1]!, lines: m[2] === undefined ? 0 : Number(m[2]) });
  }
  return doc;
}
