import type { LogLine } from '../domain/line';
import { stripFormatting } from '../irc/format';

// How far ahead of the last found line to look for the next one (importers skip joins, blank
// lines and page furniture, rarely more than this many at a time).
const LOOK_AHEAD = 400;

/**
 * The 1-based line of the file each imported line came from, found by reading the file's lines
 * in order for the line's nick and text (importers do not keep line numbers). A line that
 * cannot be found, such as one rebuilt from several, gets the line after the last one found.
 */
export function sourceLineNumbers(fileText: string, lines: readonly LogLine[]): number[] {
  const file = fileText.split(/\r\n|\r|\n/).map(stripFormatting);
  const found: number[] = [];
  let cursor = 0;
  for (const line of lines) {
    const text = line.text.trim();
    let at = -1;
    for (let i = cursor; i < Math.min(file.length, cursor + LOOK_AHEAD); i++) {
      const f = file[i]!;
      if ((text === '' || f.includes(text)) && (line.nick === '' || f.includes(line.nick))) {
        at = i;
        break;
      }
    }
    if (at >= 0) {
      found.push(at + 1);
      cursor = at + 1;
    } else {
      found.push(Math.min(file.length, cursor + 1));
    }
  }
  return found;
}
