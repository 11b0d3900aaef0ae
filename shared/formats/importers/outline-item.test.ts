import { describe, expect, it } from 'vitest';
import { agendaItem, plainText } from './outline-item';

describe('agendaItem', () => {
  it.each([
    [
      '(dcm) packaging - ways to automate',
      { title: 'packaging - ways to automate', owners: ['dcm'] },
    ],
    ['(JP & RG) IMS branch', { title: 'IMS branch', owners: ['JP', 'RG'] }],
    ['(alice, bob/carol) review', { title: 'review', owners: ['alice', 'bob', 'carol'] }],
    ['10 min: outreach', { title: 'outreach', timebox: 10 }],
    ['- 15 minutes - budget', { title: '- 15 minutes - budget', timebox: null }],
    ['budget [15m]', { title: 'budget', timebox: 15 }],
    ['tracker issues review:', { title: 'tracker issues review', owners: [] }],
    [
      '(see tags/keywords) define components',
      { title: '(see tags/keywords) define components', owners: [] },
    ],
  ])('%s', (text, expected) => {
    expect(agendaItem(text)).toMatchObject(expected);
  });

  it('takes a trailing tag as owners only when it names known people', () => {
    expect(agendaItem('open issues (dcm)', new Set(['dcm']))).toMatchObject({
      title: 'open issues',
      owners: ['dcm'],
    });
    expect(agendaItem('support for old versions (LTS)', new Set(['dcm']))).toMatchObject({
      title: 'support for old versions (LTS)',
      owners: [],
    });
  });

  it('removes Markdown emphasis, autolink brackets and link targets', () => {
    expect(plainText('**#sip-router** on <https://x.org/a> and [docs](https://x.org/d)')).toBe(
      '#sip-router on https://x.org/a and docs',
    );
    expect(plainText('merging duplicated K\\|S modules')).toBe('merging duplicated K|S modules');
  });
});
