import type { ImportedLog } from '../../domain/imported';
import type { ImportOptions, Importer } from './importer';
import { LogBuilder } from './common/log-builder';
import { logLines, unescapeMarkdown } from './common/text';
import { readOutline } from './outline-tree';
import { readWikiLine } from './wiki-line';

const BULLET_RE = /^[ \t]*(?:[-*+•]|\d+(?:\.\d+)*[.)]|\d+(?:\.\d+)+)[ \t]+\S/;
const HEADING_RE = /^#{1,6}[ \t]+\S/;

/**
 * An agenda outline in plain text or Markdown (a meeting's agenda page, summit notes): nested
 * agenda items and no transcript lines. See `readOutline` for what it understands.
 */
export const outline: Importer = {
  id: 'outline',
  label: 'agenda outline',
  example: '- (dcm) packaging - ways to automate the process',
  detect(sample) {
    let bullets = 0;
    let headings = 0;
    for (const raw of sample) {
      if (HEADING_RE.test(raw)) headings++;
      else if (BULLET_RE.test(raw) && !readWikiLine(unescapeMarkdown(raw), false)) bullets++;
    }
    const n = sample.length;
    return bullets >= 3 && bullets / n >= 0.3 ? (0.85 * (bullets + headings)) / n : 0;
  },
  parse(text: string, opts?: ImportOptions): ImportedLog {
    const log = new LogBuilder('outline', opts);
    const { title, items } = readOutline(logLines(text));
    log.title = title;
    log.agenda = items;
    return log.finish();
  },
};
