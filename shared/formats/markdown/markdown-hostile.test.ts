import { test } from '@fast-check/vitest';
import MarkdownIt from 'markdown-it';
import { describe, expect } from 'vitest';
import { writeMarkdownPage } from './markdown-page';
import { hostileMeeting, hostileParts } from './testing/hostile';
import { inspectHtml, isSafeHref } from './testing/html-check';

const md = new MarkdownIt({ html: true });
const PAGE_ELEMENTS = ['h1', 'h2', 'h3', 'p', 'ul', 'li', 'strong', 'a', 'pre', 'code'];

describe('Markdown page of a meeting made of hostile text', () => {
  test.prop([hostileParts], { numRuns: 150 })(
    'has no element, attribute or link that came from the input',
    (parts) => {
      const { meeting, imported } = hostileMeeting(parts);
      const page = writeMarkdownPage(meeting, {
        imported,
        cities: [{ name: parts.title, zone: 'Europe/Berlin' }],
      });
      const seen = inspectHtml(md.render(page));
      for (const name of seen.elements.keys()) expect(PAGE_ELEMENTS).toContain(name);
      for (const name of seen.attributes) expect(name).toBe('href');
      for (const href of seen.hrefs) expect(isSafeHref(href)).toBe(true);
      expect(seen.elements.get('h1')).toBe(1);
      // Participants, summary, actions, people, charts (someone always speaks), transcript.
      expect(seen.elements.get('h2')).toBe(7);
      expect(seen.elements.get('h3') ?? 0).toBe(2 * parts.topics.length);
      expect(page).not.toMatch(/[\u202a-\u202e\u2066-\u2069\x00-\x08\x0b-\x1f\x7f]/);
    },
  );
});
