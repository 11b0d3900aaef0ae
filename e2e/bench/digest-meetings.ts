import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AgendaItem, ImportedLog } from '../../shared/domain/imported';
import type { LogLine } from '../../shared/domain/line';
import { isBotNick, plainLines } from '../../shared/digest';
import { importLog } from '../../shared/formats/importers/import-log';
import { meetingFromLog } from '../../shared/meeting';
import { testData } from '../../shared/testdata/index';
import { DEPLOYMENTS } from '../../shared/testdata/meetings/deployments';
import { DIGEST_DEPLOYMENTS } from '../../shared/testdata/digest/deployments';
import type { MeetingOptions } from '../../shared/meeting/options';
import { startReply } from '../../electron/core/meetings/live/bot-detect';

/** A real meeting to digest, with what its chair recorded, as positions in `lines` (1-based). */
export interface GoldMeeting {
  name: string;
  lines: LogLine[];
  agenda: AgendaItem[];
  participants: ImportedLog['participants'];
  topics: number[];
  /** Null where the source records no actions or decisions (a page split by headings only). */
  actions: number[] | null;
  decisions: number[] | null;
}

// Folders holding chaired meetings as MeetBot or W3C scribe logs, found anew on every run.
const LOG_FOLDERS = ['meetbot', 'meetings', 'seeds', 'digest'];
const isLogFile = (name: string) => name.endsWith('log.txt') || name.endsWith('.log');

function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

// The digest's input: the bot's lines and page headings dropped, command words removed; and for
// every imported line kept, its position in that input.
function digestInput(
  lines: readonly LogLine[],
  scribe = false,
): {
  input: LogLine[];
  position: Map<number, number>;
} {
  const position = new Map<number, number>();
  const kept: LogLine[] = [];
  lines.forEach((l, i) => {
    if (l.kind === 'heading' || isBotNick(l.nick)) return;
    kept.push(l);
    position.set(i, kept.length);
  });
  return { input: plainLines(kept, scribe), position };
}

function nameOf(root: string, path: string): string {
  return relative(root, path)
    .replace(/\/(?:log\.txt|irc\.log)$|\.log\.txt$|\.log$|\.md$/, '')
    .replace(/^(?:meetbot|meetings|seeds|digest)\//, '');
}

// How the log's bot was deployed: as the test data records it for the meeting's folder (the
// options under which the fold equals the bot's published minutes), else what the log shows (a
// W3C scribe log, a "Meeting started" banner naming a known bot), else classic MeetBot.
function deployment(path: string, log: ImportedLog): Partial<MeetingOptions> {
  const folder = path.split('/').at(-2)!;
  const known = DEPLOYMENTS[folder] ?? DIGEST_DEPLOYMENTS[folder];
  if (known) return known;
  if (log.preset) return { preset: log.preset };
  const reply = log.lines.slice(0, 200).find((l) => startReply(l, false) !== null);
  const bot = reply && startReply(reply, false);
  return bot ? { preset: bot.preset, botNick: bot.nick } : { preset: 'meetbot' };
}

// A chaired log: the chair's topics, actions, decisions (agreed, accepted; a MeetBot vote; a
// scribe's RESOLVED, whose PROPOSAL lines are questions, not decisions), mapped from the meeting
// log's numbering to the digest input's.
function chairedMeeting(name: string, log: ImportedLog, path: string): GoldMeeting | null {
  const options = deployment(path, log);
  const folded = meetingFromLog(log.lines, { channel: log.channel ?? '#meeting', ...options });
  if (!folded.ok || folded.value.start === null) return null;
  const m = folded.value;
  const scribe = options.preset === 'w3c';
  const { input, position } = digestInput(log.lines, scribe);
  // meeting log line n -> imported line index, walking both in order.
  const imported: number[] = [];
  let i = 0;
  for (const entry of m.log) {
    while (i < log.lines.length) {
      const l = log.lines[i]!;
      i++;
      if (
        (l.kind === 'message' || l.kind === 'action') &&
        l.nick === entry.nick &&
        l.time === entry.time
      ) {
        imported.push(i - 1);
        break;
      }
    }
  }
  const at = (n: number) => {
    // A bot line has no place in the input: take the next line that has one.
    for (let k = imported[n - 1]; k !== undefined && k < log.lines.length; k++) {
      const p = position.get(k);
      if (p !== undefined) return p;
    }
    return input.length;
  };
  const of = (types: string[]) =>
    m.items.filter((x) => types.includes(x.type)).map((x) => at(x.line));
  const topics = of(['topic']);
  const actions = of(['action']);
  const votes = scribe ? [] : m.votes.map((v) => at(v.line));
  const decisions = [...of(['agreed', 'accepted']), ...votes].sort((a, b) => a - b);
  if (topics.length + actions.length + decisions.length === 0) return null;
  return {
    name,
    lines: input,
    agenda: [],
    participants: log.participants,
    topics,
    actions,
    decisions,
  };
}

// A meeting page split by hand under headings: each heading starts a topic at the line after it.
function splitPage(name: string, log: ImportedLog): GoldMeeting | null {
  const { input, position } = digestInput(log.lines);
  const topics: number[] = [];
  log.lines.forEach((l, i) => {
    if (l.kind !== 'heading') return;
    for (let k = i + 1; k < log.lines.length; k++) {
      const p = position.get(k);
      if (p !== undefined) {
        topics.push(p);
        return;
      }
    }
  });
  if (topics.length === 0 || input.length === 0) return null;
  return {
    name,
    lines: input,
    agenda: log.agenda,
    participants: log.participants,
    topics,
    actions: null,
    decisions: null,
  };
}

/**
 * Every real meeting in the test data the digest can be scored on: each chaired MeetBot log
 * (`log.txt`, `*.log.txt`, `*.log` under meetbot/, meetings/ and seeds/, so meetings added there count
 * at once) and each meeting page whose transcript was split under topic headings by hand.
 */
export function goldMeetings(): GoldMeeting[] {
  const root = fileURLToPath(testData('./'));
  const found: GoldMeeting[] = [];
  for (const folder of LOG_FOLDERS) {
    for (const path of filesUnder(join(root, folder)).sort()) {
      const isPage = folder === 'seeds' && path.endsWith('.md');
      if (!isPage && !isLogFile(path.split('/').pop()!)) continue;
      const log = importLog(readFileSync(path));
      if (!log.ok) continue;
      const name = nameOf(root, path);
      const meeting = isPage ? splitPage(name, log.value) : chairedMeeting(name, log.value, path);
      if (meeting) found.push(meeting);
    }
  }
  return found;
}
