import { describe, expect, it } from 'vitest';
import { EMPTY_FORM, dayEnd, dayStart, planQuery, type SearchForm } from './search-form';

const form = (fields: Partial<SearchForm>): SearchForm => ({ ...EMPTY_FORM, ...fields });

describe('planQuery', () => {
  it('has nothing to search without words or filters', () => {
    expect(planQuery(EMPTY_FORM)).toEqual({ kind: 'empty' });
    expect(planQuery(form({ text: '   ' }))).toEqual({ kind: 'empty' });
    expect(planQuery(form({ text: '?! "' }))).toEqual({ kind: 'empty' });
    expect(planQuery(form({ nick: '  ' }))).toEqual({ kind: 'empty' });
  });

  it('sends the words as typed, with the result limit and context lines', () => {
    expect(planQuery(form({ text: 'budget "next release" ' }))).toEqual({
      kind: 'query',
      query: { text: 'budget "next release" ', limit: 200, contextLines: 2 },
    });
  });

  it('maps the filters: channel, trimmed nick, type, and whole local days for the dates', () => {
    const plan = planQuery(
      form({
        channel: '#fedora-meeting',
        nick: ' Alice ',
        type: 'decision',
        from: '2024-05-01',
        to: '2024-05-31',
      }),
    );
    expect(plan).toEqual({
      kind: 'query',
      query: {
        text: '',
        channel: '#fedora-meeting',
        nick: 'Alice',
        type: 'decision',
        from: new Date(2024, 4, 1).getTime(),
        to: new Date(2024, 5, 1).getTime() - 1,
        limit: 200,
        contextLines: 2,
      },
    });
  });

  it('searches with one filter alone, and accepts a one-day range', () => {
    expect(planQuery(form({ type: 'link' }))).toMatchObject({
      kind: 'query',
      query: { type: 'link' },
    });
    expect(planQuery(form({ from: '2024-05-01', to: '2024-05-01' }))).toMatchObject({
      kind: 'query',
    });
  });

  it('says when From is after To', () => {
    expect(planQuery(form({ text: 'x', from: '2024-05-02', to: '2024-05-01' }))).toEqual({
      kind: 'invalid',
      errors: { dates: 'The From date must be on or before the To date.' },
    });
  });

  it('rejects dates that do not exist and text that is too long', () => {
    const plan = planQuery(
      form({ text: 'a'.repeat(1001), nick: 'n'.repeat(201), from: '2024-02-30', to: 'soon' }),
    );
    expect(plan.kind).toBe('invalid');
    expect(plan.kind === 'invalid' && Object.keys(plan.errors).sort()).toEqual([
      'from',
      'nick',
      'text',
      'to',
    ]);
  });
});

describe('dayStart / dayEnd', () => {
  it('bound a local day', () => {
    expect(dayStart('2024-12-31')).toBe(new Date(2024, 11, 31).getTime());
    expect(dayEnd('2024-12-31')).toBe(new Date(2025, 0, 1).getTime() - 1);
    expect(dayStart('2024-13-01')).toBeNull();
    expect(dayEnd('')).toBeNull();
  });
});
