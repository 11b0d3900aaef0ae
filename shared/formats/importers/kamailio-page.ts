import type { ImportedLog } from '../../domain/imported';
import type { ImportOptions, Importer } from './importer';
import { LogBuilder } from './common/log-builder';
import { anyLine } from './common/score';
import { logLines } from './common/text';
import { readPageMeta } from './kamailio-meta';
import { readParticipants } from './kamailio-participants';
import { readOutline } from './outline-tree';
import { readTranscript } from './wiki-transcript';

const SECTION_RE = /^## (.*)$/;

interface Section {
  heading: string;
  lines: string[];
}

function sections(lines: readonly string[]): { head: string[]; parts: Section[] } {
  const head: string[] = [];
  const parts: Section[] = [];
  for (const line of lines) {
    const m = SECTION_RE.exec(line.trim());
    if (m) parts.push({ heading: m[1]!, lines: [] });
    else (parts[parts.length - 1]?.lines ?? head).push(line);
  }
  return { head, parts };
}

const sectionLines = (parts: Section[], re: RegExp) =>
  parts.filter((p) => re.test(p.heading)).flatMap((p) => p.lines);

/**
 * A Kamailio-style meeting page (Markdown, as on the Kamailio wiki since 2012): `# Title`,
 * `Date:` and `Place:` blocks, `## Participants`, `## Agenda` (group labels such as `Kamailio
 * related:` with owner-tagged bullets) and a transcript section whose `### Topic` headings become
 * heading lines. The transcript is read with the wiki shapes, so every yearly variant works.
 */
export const kamailioPage: Importer = {
  id: 'kamailio-page',
  label: 'Kamailio-style meeting page',
  example: '# IRC Devel Meeting - 2012-01-31',
  detect: (sample) =>
    anyLine(sample, /^# \S/) &&
    anyLine(sample, /^## (?:Participants|Transcripts?)\b/i) &&
    anyLine(sample, /^\**(?:Date|Place):\**$/)
      ? 0.95
      : 0,
  parse(text: string, opts?: ImportOptions): ImportedLog {
    const log = new LogBuilder('kamailio-page', opts);
    const { head, parts } = sections(logLines(text));
    const meta = readPageMeta(head);
    log.title = meta.title;
    log.place = meta.place;
    log.noteChannel(meta.channel ?? undefined);
    if (meta.date) log.setDay(meta.date);
    if (meta.date && meta.utcTime) log.scheduledAt = Date.parse(`${meta.date}T${meta.utcTime}:00Z`);
    log.participants = readParticipants(sectionLines(parts, /\bparticipants\b/i));
    // Agenda owners are written with the participants' short names: nicks and aliases.
    const owners = new Set(
      log.participants
        .flatMap((p) => [p.nick, p.alias ?? ''])
        .filter((n) => n)
        .map((n) => n.toLowerCase()),
    );
    log.agenda = readOutline(sectionLines(parts, /\bagenda\b/i), owners).items;
    readTranscript(sectionLines(parts, /\b(?:transcripts?|minutes|chat log)\b/i), log);
    return log.finish();
  },
};
