/**
 * Full-text search across meetings: `createSearchIndex()`, then `add` meetings and `search` them
 * with words, `"phrases"`, a prefix on the last word, and channel, nick, type and date filters.
 */
export { createSearchIndex, type SearchIndex } from './search-index';
export { PreparedMeeting } from './prepared-meeting';
export {
  MAX_CONTEXT,
  MAX_LIMIT,
  SearchQuery,
  SearchType,
  type Mark,
  type SearchDocument,
  type SearchHit,
  type SearchItem,
  type SearchLine,
  type SearchResult,
} from './types';
export { documentOf } from './from-meeting';
export { foldText, tokenize } from './tokens';
