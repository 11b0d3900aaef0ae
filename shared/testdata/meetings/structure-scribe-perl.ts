import { squash } from './structure';

/** What W3C's scribe.perl minutes list: topics (the table of contents), actions, resolutions. */
export interface ScribeMinutes {
  topics: string[];
  actions: string[];
  resolutions: string[];
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function text(html: string): string {
  const plain = html
    .replace(/<[^>]*>/g, '')
    .replace(/&(amp|lt|gt|quot|apos);/g, (_, name: string) => ENTITIES[name]!)
    .replace(/&#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code)));
  return squash(plain);
}

// The `<li>` entries of the list that follows `start` in the page, up to its `</ol>`.
function entries(page: string, start: RegExp, keep: (li: string) => boolean): string[] {
  const at = page.search(start);
  if (at < 0) return [];
  const list = page.slice(at, page.indexOf('</ol>', at));
  return [...list.matchAll(/<li([^>]*)>([\s\S]*?)<\/li>/g)]
    .filter((m) => keep(m[1]!))
    .map((m) => text(m[2]!));
}

/**
 * Reads the minutes page scribe.perl (2023, as W3C groups run it) writes: the topics of its
 * table of contents (not the appendix entries), "Summary of action items" and "Summary of
 * resolutions"; text is compared with whitespace runs as one space.
 */
export function scribeMinutes(page: string): ScribeMinutes {
  return {
    topics: entries(page, /<nav id=toc>/, (attrs) => !/class=app/.test(attrs)),
    actions: entries(page, /<div id=ActionSummary>/, () => true),
    resolutions: entries(page, /<div id=ResolutionSummary>/, () => true),
  };
}
