import type { ImportedLog } from '../../domain/imported';
import type { ImportOptions, Importer } from './importer';
import { LogBuilder } from './common/log-builder';
import { logLines, unescapeMarkdown } from './common/text';
import { readWikiLine } from './wiki-line';
import { splitRow } from './wiki-table';
import { readTranscript } from './wiki-transcript';

const HEADING_RE = /^#{1,6}[ \t]/;
const ANGLE_RE = /<[^\s>]+>/;

/**
 * Plain and wiki transcripts: `HH:MM nick: text` (often as `- ` bullets), `[10:02am] nick: text`,
 * `**nick:** text`, indented `nick: text` lines, Markdown tables, `### Topic` headings (which
 * become topics), `**nick**` blocks of chat exports. Lines in an IRC client's own shape
 * (`<nick>`) count half when detecting, so the client's importer wins over this one.
 */
export const wiki: Importer = {
  id: 'wiki',
  label: 'wiki or plain transcript',
  example: '15:02 nick: text',
  detect(sample) {
    let lines = 0;
    let weight = 0;
    for (const raw of sample) {
      const line = unescapeMarkdown(raw);
      const cells = splitRow(raw);
      if (readWikiLine(line, /^(?: {2,}|\t)/.test(raw))) {
        lines++;
        weight += ANGLE_RE.test(line) ? 0.5 : 1;
      } else if (cells && cells.length >= 2) {
        lines++;
        weight += 0.5;
      } else if (HEADING_RE.test(raw)) weight++;
    }
    return lines >= 3 ? (0.9 * weight) / sample.length : 0;
  },
  parse(text: string, opts?: ImportOptions): ImportedLog {
    const log = new LogBuilder('wiki', opts);
    readTranscript(logLines(text), log, true);
    return log.finish();
  },
};
