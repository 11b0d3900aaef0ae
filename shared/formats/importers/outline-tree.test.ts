import { describe, expect, it } from 'vitest';
import type { AgendaItem } from '../../domain/imported';
import { readOutline } from './outline-tree';

const shape = (items: AgendaItem[]): unknown[] =>
  items.map((i) => (i.items.length ? { [i.title]: shape(i.items) } : i.title));

describe('readOutline', () => {
  it('nests by indentation, tabs and numbering', () => {
    const { items } = readOutline([
      '- a',
      '    - a1',
      '\t\t- a1x',
      '- b',
      '1. c',
      '1.1 c1',
      '2. d',
    ]);
    expect(shape(items)).toEqual([{ a: [{ a1: ['a1x'] }] }, 'b', { c: ['c1'] }, 'd']);
  });

  it('joins wrapped lines to the item above', () => {
    const { items } = readOutline([
      '- (dcm) documentation - suggestions to improve it and attract more',
      '    contributions in this field',
    ]);
    expect(items).toEqual([
      {
        title:
          'documentation - suggestions to improve it and attract more contributions in this field',
        owners: ['dcm'],
        timebox: null,
        items: [],
      },
    ]);
  });

  it('takes the first # heading as title, other headings and short labels as groups, and skips prose', () => {
    const out = readOutline([
      '# Plan',
      'Some prose that explains the plan in a full sentence.',
      '## Day one',
      'Morning:',
      '- talks',
      '## Day two',
      '- hacking',
    ]);
    expect(out.title).toBe('Plan');
    expect(shape(out.items)).toEqual([
      { 'Day one': [{ Morning: ['talks'] }] },
      { 'Day two': ['hacking'] },
    ]);
  });

  it('rebuilds groups of a flattened outline from the repeated first child', () => {
    const { items } = readOutline([
      '- Purpose',
      '- agree',
      '- clarity',
      '- agree',
      '- News',
      '- Policies',
      '- security',
      '- review',
      '- security',
    ]);
    expect(shape(items)).toEqual([
      { Purpose: ['agree', 'clarity'] },
      'News',
      { Policies: ['security', 'review'] },
    ]);
  });

  it('leaves indented outlines with repeated titles alone', () => {
    const { items } = readOutline(['- a', '  - x', '- b', '  - x']);
    expect(shape(items)).toEqual([{ a: ['x'] }, { b: ['x'] }]);
  });
});
