/**
 * Every kind of channel line (see `LineKind` in `line.ts`), in one list: the zod schema is made
 * from it, and a `LineTable` stores a line's kind as its index here. A module of its own so the
 * minutes CLI reads a log without loading zod.
 */
export const LINE_KINDS = [
  'message',
  'action',
  'notice',
  'join',
  'part',
  'quit',
  'nick',
  'kick',
  'topic',
  'mode',
  'system',
  'gap',
  'heading',
] as const;
