import { unescapeMarkdown as unpublished } from '../../formats/importers/meetingology-page';
import { squash, type Structure } from './structure';

// cloud-init publishes meetingology's MoinMoin minutes (written with the full log) as a Pelican
// Markdown page through its `tools/get-minutes`, which applies, in this order: `<` → "`<",
// `>` → ">`", each URL → `[url](url)`, `#` → `\#`, `== h ==` → `h` over a dashed line,
// `=== h ===` → `### h`, `''LINK:''`/`''ACTION:''` → `**LINK**:`/`**ACTION**:`, `* *` → `*`.
const URL = String.raw`https?:\/\/[-a-zA-Z0-9@:%._+~#=/]+`;
const URL_RE = new RegExp(`(${URL})`, 'g');
const RULE = '----------------';

/** What `tools/get-minutes` makes of one line of text (headings and labels aside). */
export function published(raw: string): string {
  return raw
    .replace(/</g, '`<')
    .replace(/>/g, '>`')
    .replace(URL_RE, '[$1]($1)')
    .replace(/#/g, '\\#')
    .replace(/\* \*/g, '*');
}

function sections(page: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  const lines = page.split('\n');
  let current: string[] = [];
  lines.forEach((line, i) => {
    if (lines[i + 1] === RULE) out.set(line, (current = []));
    else if (line !== RULE) current.push(line);
  });
  return out;
}

/** The lines of a cloud-init page's "Full Log" section, as the page has them. */
export function pageLogLines(page: string): string[] {
  const parts = sections(page);
  const section = parts.get('Full Log') ?? parts.get('Full log') ?? [];
  return section.filter((l) => /^ \d\d:\d\d /.test(l));
}

const ITEM_RE = /^\s*\*?\s*\*\*([A-Z]+)\*\*: ?(.*?)(?: {2,}\(\S+, \d\d:\d\d\))?$/;

/**
 * The structure a cloud-init minutes page shows: topics (`### title`) with their `**LINK**:`
 * and `**ACTION**:` items (0.4.0 adds `  (nick, HH:MM)`), actions by person, and lines said.
 */
export function structureOfPage(page: string): Structure {
  const parts = sections(page);
  const topics: Structure['topics'] = [];
  for (const line of parts.get('Meeting summary') ?? []) {
    const heading = /^### (.*)$/.exec(line);
    if (heading) {
      topics.push({ title: squash(unpublished(heading[1]!)), items: [] });
      continue;
    }
    const item = ITEM_RE.exec(line);
    if (!item) continue;
    if (topics.length === 0) topics.push({ title: null, items: [] });
    topics[topics.length - 1]!.items.push([item[1]!.toLowerCase(), squash(unpublished(item[2]!))]);
  }
  const actionsByOwner: Record<string, string[]> = {};
  let owner: string | null = null;
  for (const line of parts.get('Action items, by person') ?? []) {
    const person =
      /^ \* (\S+)$/.exec(line) ?? (/^ \*\*UNASSIGNED\*\*$/.test(line) && [line, 'UNASSIGNED']);
    const action = /^ {2}\* (.*)$/.exec(line);
    if (person) owner = person[1]!;
    else if (action && owner) (actionsByOwner[owner] ??= []).push(squash(unpublished(action[1]!)));
  }
  const people: Record<string, number> = {};
  for (const line of parts.get('People present (lines said)') ?? []) {
    const m = /^ \* (.+) \((\d+)\)$/.exec(line);
    if (m) people[unpublished(m[1]!)] = Number(m[2]);
  }
  return { topics, actionsByOwner, people };
}
