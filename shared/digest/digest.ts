import { findActions } from './actions';
import { findDecisions } from './decisions';
import { findInfo, findLinks } from './links';
import { findTopics } from './topics';
import type { DigestInput, Suggestion } from './types';
import { readTranscript } from './utterances';

const ORDER = { topic: 0, info: 1, link: 2, agreed: 3, action: 4 } as const;

/**
 * Digests a transcript nobody chaired: proposes topic starts (aligned with the agenda when one
 * is given), actions, decisions, links and info, each with the line it rests on, a confidence
 * and a reason. Pure and deterministic; meeting-bot lines (`zodbot`…) are not read. Command
 * words are read as plain words: remove them first ({@link plainLines}) to digest a chaired log.
 */
export function digest(input: DigestInput): Suggestion[] {
  const t = readTranscript(input);
  const all = [
    ...findTopics(t, input.agenda ?? []),
    ...findActions(t),
    ...findDecisions(t),
    ...findLinks(t),
    ...findInfo(t),
  ];
  return all.sort((a, b) => a.line - b.line || ORDER[a.type] - ORDER[b.type]);
}
