import type { Meeting, MeetingLogLine, Topic } from '../../domain/meeting';
import { mdCodeText, mdItem } from './markdown-escape';

/** A transcript line as on the Kamailio pages: `nick: text`, or `• nick text` for `/me`. */
function transcriptLine(line: MeetingLogLine): string {
  const nick = mdCodeText(line.nick);
  const text = mdCodeText(line.text);
  return line.kind === 'action' ? `    • ${nick} ${text}` : `    ${nick}: ${text}`;
}

/** Index of the first log line numbered `n` or more (the log is in line order). */
function firstAtOrAfter(log: readonly MeetingLogLine[], n: number): number {
  let lo = 0;
  let hi = log.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (log[mid]!.n < n) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The log lines from `from` (inclusive) to `to` (exclusive), as an indented code block, with
 * the recorder's gap notes that fall among them (`• Gavel was not connected …`).
 */
function block(meeting: Meeting, from: number, to: number): string[][] {
  const { log } = meeting;
  const lines = log.slice(firstAtOrAfter(log, from), firstAtOrAfter(log, to)).map(transcriptLine);
  const gaps = (meeting.gaps ?? []).filter((g) => g.line >= from && g.line < to);
  // Each gap goes before the first line at or after its place; later gaps first, so the
  // positions of earlier ones still hold.
  for (const gap of [...gaps].reverse()) {
    const at = firstAtOrAfter(log, gap.line) - firstAtOrAfter(log, from);
    lines.splice(at, 0, `    • ${mdCodeText(gap.text)}`);
  }
  return lines.length > 0 ? [lines] : [];
}

/**
 * `## Transcripts of Discussed Topics`: the log split at each topic (a `### Topic` heading, then
 * the topic's lines indented four spaces), exactly as the Kamailio pages lay it out, so the page
 * reads back through the Kamailio page importer. Lines before the first topic come first, without
 * a heading. A topic whose log line is unknown gets its heading only.
 */
export function transcriptSection(meeting: Meeting): string[][] {
  const topics = meeting.topics.filter((t): t is Topic & { title: string } => t.title !== null);
  // Where topic i's lines stop: at the next topic (in order) that starts at or after it.
  const stopAfter = (i: number, from: number): number => {
    let stop = Number.POSITIVE_INFINITY;
    for (let j = i + 1; j < topics.length; j++) {
      const line = topics[j]!.line;
      if (line !== null && line >= from && line < stop) stop = line;
    }
    return stop;
  };
  const blocks: string[][] = [
    ['## Transcripts of Discussed Topics'],
    ['This is the IRC discussion, split by topic.'],
    ...block(meeting, Number.NEGATIVE_INFINITY, stopAfter(-1, Number.NEGATIVE_INFINITY)),
  ];
  topics.forEach((topic, i) => {
    blocks.push([`### ${mdItem(topic.title)}`]);
    if (topic.line !== null) blocks.push(...block(meeting, topic.line, stopAfter(i, topic.line)));
  });
  return blocks;
}
