/**
 * The digest: minutes proposed from a transcript nobody chaired, every point traceable to its
 * lines (see README.md here).
 */
export { digest } from './digest';
export { isBotNick, plainLines, withoutCommand } from './plain';
export type { DigestInput, Suggestion, SuggestionType } from './types';
export { LIVE_ABOVE, LIVE_WINDOW, liveProposals } from './live';
export type { LiveContext, LiveProposal } from './live';
