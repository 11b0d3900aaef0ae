import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { topicEntries } from '../../../../shared/meeting/agenda-order';
import { testData } from '../../../../shared/testdata';
import { importAgenda } from './agenda-import';

const counter = () => {
  let n = 0;
  return () => `id${++n}`;
};

describe('importAgenda', () => {
  it('reads a Markdown outline into nested entries with fresh ids, owners and timeboxes', () => {
    const text = [
      '# Weekly',
      '',
      '- Welcome (10 min)',
      '- (alice) Release',
      '  - changelog',
      '  - date',
      '- Open floor',
    ].join('\n');
    const result = importAgenda(text, counter());
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const shape = (nodes: typeof result.value): unknown[] =>
      nodes.map((n) => [n.id, n.title, n.children.length ? shape(n.children) : null]);
    expect(shape(result.value)).toEqual([
      ['id1', 'Welcome', null],
      [
        'id2',
        'Release',
        [
          ['id3', 'changelog', null],
          ['id4', 'date', null],
        ],
      ],
      ['id5', 'Open floor', null],
    ]);
    expect(result.value[0]?.timebox).toBe(10);
    expect(result.value[1]?.owners).toEqual(['alice']);
  });

  it('reads a Kamailio-style meeting page', () => {
    const page = readFileSync(
      new URL('../../../../shared/formats/importers/samples/kamailio-page.md', import.meta.url),
      'utf8',
    );
    const result = importAgenda(page, counter());
    expect(result.ok && result.value.length).toBeGreaterThan(0);
  });

  it("makes a page's section label a group of the entries under it, never a topic", () => {
    const page = readFileSync(testData('seeds/kamailio-devel-2012-01-31.md'), 'utf8');
    const result = importAgenda(page, counter());
    if (!result.ok) throw new Error(result.error.message);
    const [label] = result.value;
    expect(label).toMatchObject({ title: 'Kamailio related', group: true });
    expect(label?.children).toHaveLength(10);
    expect(label?.children.every((child) => child.group === undefined)).toBe(true);
    expect(topicEntries(result.value)[0]?.title).toBe('outstanding issues at this time, if any');
  });

  it('says what it expected when the text holds no agenda', () => {
    for (const text of [
      '',
      'just a sentence',
      '12:00:01 <bob> hello\n12:00:02 <amy> hi\n12:00:03 <bob> bye',
    ]) {
      const result = importAgenda(text, counter());
      expect(result).toMatchObject({ ok: false, error: { code: 'no-agenda' } });
      expect(!result.ok && result.error.message).toMatch(
        /^No agenda found \(.+\): expected an outline of "- item" lines or headings, or a meeting page with an agenda\.$/,
      );
    }
  });
});
