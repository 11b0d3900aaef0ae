import { ircLower } from '../irc/casemap';
import { Postings } from './postings';
import { tokenize } from './tokens';
import type { SearchLine } from './types';

// Filters are indexed as tokens no word can be (words are letters and digits only).
/** The token a line said by a nick is filed under, for the nick filter (`NICK` + lowered nick). */
export const NICK = '\u0000n:';

/**
 * Files line `id` under each word of `text` and under its nick's filter token; `nickTokens`
 * keeps each nick's token number, so a nick is lowered and hashed once.
 */
export function addLineWords(
  postings: Postings,
  nickTokens: Map<string, number>,
  nick: string,
  text: string,
  id: number,
): void {
  if (!postings.addAsciiWords(text, id)) {
    for (const token of tokenize(text)) postings.add(token, id);
  }
  let nickToken = nickTokens.get(nick);
  if (nickToken === undefined) {
    nickToken = postings.tokenId(NICK + ircLower(nick));
    nickTokens.set(nick, nickToken);
  }
  postings.addToken(nickToken, id);
}

/**
 * The words and nicks of a meeting's searched lines, indexed as they are read (an import's
 * while it uploads) before the meeting is stored, numbered 0, 1, 2… in order; `SearchIndex.add`
 * takes them instead of indexing the lines again when they {@link fits fit} the meeting's.
 */
export class PreparedMeeting {
  private readonly nickTokens = new Map<string, number>();
  /** Lines taken so far. */
  lines = 0;
  // The characters of their texts: with the count, tells these lines from others.
  private chars = 0;

  /** The words and nicks so far, by line number. */
  readonly postings = new Postings();

  /** Takes the next searched line. */
  add(nick: string, text: string): void {
    addLineWords(this.postings, this.nickTokens, nick, text, this.lines++);
    this.chars += text.length;
  }

  /** True when `lines` are the lines taken: as many, with as many characters in all. */
  fits(lines: readonly SearchLine[]): boolean {
    if (lines.length !== this.lines) return false;
    let chars = 0;
    for (let i = 0; i < lines.length; i++) chars += lines[i]!.text.length;
    return chars === this.chars;
  }
}
