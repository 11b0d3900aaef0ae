import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { AgendaItem } from '../../domain/imported';
import { outline } from './outline';

const sample = readFileSync(new URL('./samples/outline.md', import.meta.url), 'utf8');

const shape = (items: AgendaItem[]): unknown[] =>
  items.map((i) => (i.items.length ? { [i.title]: shape(i.items) } : i.title));

describe('outline importer', () => {
  const log = outline.parse(sample);

  it('nests headings and bullets, skipping prose', () => {
    expect(log).toMatchObject({ format: 'outline', title: 'Community Summit 2024', lines: [] });
    expect(shape(log.agenda)).toEqual([
      {
        Agenda: [
          'welcome and introductions',
          {
            'Release process (akim)': [
              'review the release checklist',
              { 'automate the changelog': ['generate from commit trailers'] },
            ],
          },
          { Infrastructure: ['move CI to the new runners', 'retire the old wiki'] },
          'Open floor',
        ],
      },
      { 'Follow-up': ['publish the summit notes on the blog', 'schedule the next summit'] },
    ]);
  });

  it('reads owners and timeboxes', () => {
    const agenda = log.agenda[0]!.items;
    expect(agenda[0]).toMatchObject({
      title: 'welcome and introductions',
      timebox: 10,
      owners: [],
    });
    expect(agenda[1]!.items[1]).toMatchObject({ owners: ['akim', 'rdiaz'] });
    expect(agenda[2]!.items[0]).toMatchObject({ title: 'move CI to the new runners', timebox: 15 });
  });

  it('detects outlines but not transcripts or prose', () => {
    expect(outline.detect(sample.split('\n').filter((l) => l.trim()))).toBeGreaterThan(0.5);
    expect(outline.detect(['- 15:02 qxork: =)', '- 15:03 dcm: hi', '- 15:04 dcm: ok'])).toBe(0);
    expect(outline.detect(['A paragraph of text.', 'Another one.', '- a single bullet'])).toBe(0);
  });
});
