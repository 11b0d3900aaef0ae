import { describe, expect, it } from 'vitest';
import { parseQuery } from './query';

describe('parseQuery', () => {
  it('makes every word a group and the last one a prefix', () => {
    expect(parseQuery('Release NOTES')).toEqual([
      { tokens: ['release'], prefix: false },
      { tokens: ['notes'], prefix: true },
    ]);
  });

  it('stops treating the last word as a prefix once a space follows it', () => {
    expect(parseQuery('release ')).toEqual([{ tokens: ['release'], prefix: false }]);
  });

  it('reads quoted phrases as consecutive words, never as a prefix', () => {
    expect(parseQuery('vote "fedora 33"')).toEqual([
      { tokens: ['vote'], prefix: false },
      { tokens: ['fedora', '33'], prefix: false },
    ]);
  });

  it('accepts a phrase whose closing quote is still missing', () => {
    expect(parseQuery('"change set')).toEqual([{ tokens: ['change', 'set'], prefix: false }]);
  });

  it('matches a word that folds into several tokens as a phrase', () => {
    expect(parseQuery("3.3.0 don't")).toEqual([
      { tokens: ['3', '3', '0'], prefix: false },
      { tokens: ['don', 't'], prefix: true },
    ]);
  });

  it('has nothing to match in punctuation or empty quotes', () => {
    expect(parseQuery('  "" -- ')).toEqual([]);
  });
});
