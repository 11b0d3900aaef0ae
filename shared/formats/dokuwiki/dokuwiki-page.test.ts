import { readFileSync } from 'node:fs';
import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { agendaEntries } from '../markdown/testing/agenda-entries';
import type { ImportedLog } from '../../domain/imported';
import { testData } from '../../testdata/index';
import { dokuWikiPage } from '../importers/dokuwiki-page';
import { importLog } from '../importers/import-log';
import { cleanInline } from '../markdown/channel-text';
import { hostileMeeting, hostileParts, HOSTILE_TOKENS } from '../markdown/testing/hostile';
import { meetingOf } from '../markdown/testing/meeting-of';
import { dwInline } from './dokuwiki-escape';
import { writeDokuWikiPage } from './dokuwiki-page';
import { dokuWikiDisplay, dokuWikiProblems } from './testing/dokuwiki-markup';

function imported(text: string): ImportedLog {
  const result = importLog(text);
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

// Markup DokuWiki has and the other wikis' dictionary lacks.
const DOKUWIKI_TOKENS = [
  '%%',
  '%%%',
  '<nowiki>',
  '</code>',
  '<code>',
  '<file>',
  '<html>',
  '<php>',
  '~~NOTOC~~',
  '~~NOCACHE~~',
  '((note))',
  '//',
  '\\\\ ',
  '<del>x</del>',
  '^',
  '^ head ^',
  '| cell |',
  '{{wiki:dokuwiki-128.png}}',
  '[[wiki:syntax|x]]',
  '[[http://a|b]]',
  '-> <- <=> (c) (tm) ... 640x480 "q" \'s',
  ':-) 8-) ;-) FIXME DELETEME',
  '  * ',
  '  - ',
  '> quote',
  '====== x ======',
  '= x =',
];

describe('DokuWiki meeting page from the Kamailio page of 2012-01-31', () => {
  const source = imported(readFileSync(testData('seeds/kamailio-devel-2012-01-31.md'), 'utf8'));
  const meeting = meetingOf(source.lines, {
    channel: source.channel ?? '#sip-router',
    date: source.date,
  });
  const page = writeDokuWikiPage(meeting, { imported: source });

  it('has the Markdown page’s content in DokuWiki markup', () => {
    expect(page.startsWith('====== IRC Devel Meeting - 2012-01-31 ======\n\nDate:\n\n')).toBe(true);
    expect(page).toContain('  * **15:00 UTC, Tuesday, January 31, 2012**\n');
    expect(page).toContain(
      '  * **%%#sip-router%%** IRC channel on **%%irc.freenode.net%%** server',
    );
    expect(page).toContain('  * %%Tue 31 Jan 2012, 16:00 (UTC+1) - Berlin%%\n');
    expect(page).toContain('  * %%Daniel-Constantin Mierla%% (%%dcm%%)\n');
    expect(page).toContain('    * (%%dcm%%) %%outstanding issues at this time, if any%%\n');
    expect(page).toContain('\n==== Packaging ====\n');
    expect(page).toContain(
      '\n==== Existing Issues ====\n\n<code>\nmiconda: anyone here to report any outstanding issue',
    );
    const sections = page.split('\n').filter((l) => /^===== .* =====$/.test(l));
    expect(sections).toEqual([
      '===== Participants =====',
      '===== Agenda =====',
      '===== Meeting summary =====',
      '===== Action items, by person =====',
      '===== People present (lines said) =====',
      '===== Transcripts of Discussed Topics =====',
    ]);
  });

  it('reads back through the page importer', () => {
    const again = imported(page);
    expect(again.format).toBe('dokuwiki-page');
    expect(again.title).toBe(source.title);
    expect(again.date).toBe(source.date);
    expect(again.channel).toBe(source.channel);
    expect(again.place).toBe(source.place);
    expect(again.participants).toEqual(source.participants);
    expect(agendaEntries(again.agenda)).toEqual(agendaEntries(source.agenda));
    const said = (log: ImportedLog) => log.lines.map((l) => [l.kind, l.nick, l.text]);
    expect(said(again)).toEqual(said(source));
    expect(dokuWikiPage.detect(page.split('\n').filter((l) => l.trim() !== ''))).toBe(0.96);
  });
});

describe('DokuWiki page of a meeting made of hostile text', () => {
  test.prop([hostileParts], { numRuns: 150 })('adds no markup from the input', (parts) => {
    const { meeting, imported: source } = hostileMeeting(parts);
    const page = writeDokuWikiPage(meeting, {
      imported: source,
      cities: [{ name: parts.title, zone: 'Europe/Berlin' }],
    });
    let inCode = false;
    for (const line of page.split('\n')) {
      if (line === '<code>' || line === '</code>') {
        inCode = line === '<code>';
        continue;
      }
      expect(dokuWikiProblems(line, inCode)).toEqual([]);
    }
    expect(inCode).toBe(false);
    expect(page).not.toMatch(/[\u202a-\u202e\u2066-\u2069\x00-\x08\x0b-\x1f\x7f]/);
  });

  test.prop([
    fc
      .array(fc.constantFrom(...DOKUWIKI_TOKENS, ...HOSTILE_TOKENS, 'word', ' '), { maxLength: 8 })
      .map((p) => p.join('')),
  ])('shows DokuWiki’s own markup as written', (text) => {
    const line = `  * ${dwInline(text)}`;
    expect(dokuWikiProblems(line, false)).toEqual([]);
    const shown = dokuWikiDisplay(line.slice(4));
    expect(shown).toBe(cleanInline(text).trim());
  });
});
