import type { ImportedLog } from '../domain/imported';
import { minutesJson, type MinutesJson } from '../formats/json/minutes-json';
import type { DigestedMeeting } from './digested-meeting';

/** What marks a digested topic, item or action in the JSON minutes. */
export interface SuggestedMark {
  /** 1-based line of the source file the point was made on. */
  line: number;
  suggested: true;
  confidence: number;
  reason: string;
}

/**
 * The `gavel.minutes/1` JSON of a digested meeting: every digested topic, item and action also
 * carries `line` (the source file's line, from `fileLine` given a line's index among the
 * imported lines), `suggested: true`, `confidence` and `reason` (DESIGN.md, "JSON minutes").
 */
export function digestedJson(
  digested: DigestedMeeting,
  imported: ImportedLog,
  fileLine: (index: number) => number,
): MinutesJson {
  const { meeting, sources, lineIndex } = digested;
  const json = minutesJson(meeting, imported);
  const markOf = (item: (typeof meeting.items)[number]): SuggestedMark | null => {
    const s = sources.get(item);
    if (!s) return null;
    return {
      line: fileLine(lineIndex.get(s)!),
      suggested: true,
      confidence: s.confidence,
      reason: s.reason,
    };
  };
  // groupTopics makes one titled topic per topic item, in order (a null-titled one may come first).
  const openings = meeting.items.filter((i) => i.type === 'topic');
  const untitled = meeting.topics[0]?.title === null ? 1 : 0;
  json.topics = json.topics.map((topic, k) => {
    const source = meeting.topics[k]!;
    const mark = k >= untitled ? markOf(openings[k - untitled]!) : null;
    const items = topic.items.map((item, j) => ({ ...item, ...markOf(source.items[j]!) }));
    const { title, nick, time } = topic;
    return { title, nick, time, ...mark, items };
  });
  const actionItems = meeting.items.filter((i) => i.type === 'action');
  json.actions.forEach((action, i) => {
    const m = markOf(actionItems[i]!);
    if (m) Object.assign(action, m);
  });
  return json;
}

/** {@link digestedJson} as a file: two-space indented, ending with a newline. */
export function digestedJsonText(...args: Parameters<typeof digestedJson>): string {
  return `${JSON.stringify(digestedJson(...args), null, 2)}\n`;
}
