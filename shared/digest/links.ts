import type { Suggestion } from './types';
import { isChair, type Transcript } from './utterances';

const URL_RE = /\b(?:https?|ftp):\/\/[^\s<>"')\]]+/gi;
// Links nobody keeps: pastes and images, shorteners to nothing, the log itself.
const NOISE_RE = /(?:paste|pastebin|dpaste|termbin|fpaste|imgur|gist\.github)\b/i;

/**
 * Links worth keeping: each URL said once, with the line that introduced it. A link said by
 * the chair, labelled (`Board: https://…`) or standing alone on its line is likelier to be one
 * for the minutes than one in passing; pastebins rank low.
 */
export function findLinks(t: Transcript): Suggestion[] {
  const seen = new Set<string>();
  const found: Suggestion[] = [];
  for (const u of t.said) {
    for (const url of u.text.match(URL_RE) ?? []) {
      const clean = url.replace(/[.,;:!?]+$/, '');
      if (seen.has(clean)) continue;
      seen.add(clean);
      const alone = u.text.trim().length - clean.length < 25;
      let confidence = 0.5 + (isChair(t, u.nick) ? 0.15 : 0) + (alone ? 0.15 : 0);
      if (NOISE_RE.test(clean)) confidence = 0.2;
      found.push({
        type: 'link',
        text: u.text.trim(),
        line: u.pos,
        lines: [u.pos, u.pos],
        confidence: Math.round(confidence * 100) / 100,
        reason: NOISE_RE.test(clean)
          ? 'a paste, rarely kept'
          : alone
            ? 'a link shared on its own'
            : 'a link in passing',
      });
    }
  }
  return found;
}

const SUMMARY_RE =
  /^(?:(?:so|ok(?:ay)?|alright)[,\s]+)?(?:to (?:sum(?:marize| up)|finish(?: this topic)?|recap)|in summary|summary|for the record|for records|fyi|note|info|reminder|announcement)\b[\s:,-]*/i;

/**
 * Info candidates: summary statements and notes for the record, mostly by the chair
 * ("so, to finish this topic …", "for the record: …", "FYI …").
 */
export function findInfo(t: Transcript): Suggestion[] {
  const found: Suggestion[] = [];
  t.said.forEach((u, i) => {
    const m = SUMMARY_RE.exec(u.text);
    if (!m) return;
    const rest = u.text.slice(m[0].length).trim();
    // "so, to finish this topic" introduces the next line: take that as the text.
    const next = t.said[i + 1];
    const useNext = rest.split(/\s+/).length < 4 && next?.nick === u.nick;
    const text = useNext ? next.text : rest || u.text;
    if (text.split(/\s+/).length < 4) return;
    const chair = isChair(t, u.nick);
    found.push({
      type: 'info',
      text,
      line: useNext ? next.pos : u.pos,
      lines: [u.pos, useNext ? next.pos : u.pos],
      confidence: chair ? 0.6 : 0.4,
      reason: chair ? 'a summary by the chair' : 'said for the record',
    });
  });
  return found;
}
