import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { LogLine } from '../../domain/line';
import { importLog } from './import-log';
import { IMPORTERS } from './registry';
import { splitLines } from './common/text';

// Random strings alone almost never form a log line, so the tokens mix line shapes with
// hostile content: markup, bidi overrides, NUL, CR/LF, formatting codes.
const hostile = fc.oneof(
  fc.constantFrom(
    '\r',
    '\n',
    '\r\n',
    '\0',
    '\t',
    ' ',
    ':',
    '<',
    '>',
    '[',
    ']',
    '(',
    ')',
    '|',
    '\\|',
    '*',
    '**',
    '#',
    '-',
    '•',
    '@',
  ),
  fc.constantFrom(
    '\u202e',
    '\u2066',
    '\u200f',
    '\ufeff',
    '\ufffd',
    '\x02',
    '\x03',
    '\x0304,12',
    '\x04ff0000',
    '\x0f',
    '\x16',
    '\x1d',
    '\x1f',
    '\x11',
    '\x1e',
    '\x01',
  ),
  fc.constantFrom(
    '<script>alert(1)</script>',
    '<img src=x onerror=alert(1)>',
    '"><svg onload=1>',
    '&amp;',
    ']]>',
  ),
  fc.constantFrom(
    '12:00 ',
    '12:00:01 ',
    '[12:00] ',
    '[10:02am] ',
    '(04:07:24 PM) ',
    '2024-05-01T14:03:22  ',
    '2024-05-01T14:03:22+00:00  ',
  ),
  fc.constantFrom(
    '[2024-05-01T14:03:22.123Z] ',
    '[2021-05-06T19:01:57.073Z]\t<Juan_(DIF/S)>\t',
    '\\[2014-05-14 16:06:41\\] \\<nick> ',
    '[2008-07-09T16:13:30+1200] ',
    '2024-05-01 12:00:00\t',
    'Jan 04 21:25:10 ',
    '2021-12-15 09:59:47 -0500 EST ',
  ),
  fc.constantFrom(
    '*** ',
    '-!- ',
    '=== ',
    '### ',
    '## Agenda\n',
    '# T\n',
    '- ',
    '| ',
    '    ',
    'Date:\n',
    'Place:\n',
    '(dcm) ',
  ),
  fc.constantFrom(
    'Session Start: Fri Dec 03 14:58:01 2004',
    '--- Day changed Wed Jan 02 2019',
    '**** BEGIN LOGGING AT Sat Jan  4 21:24:51 2020',
  ),
  fc.constantFrom(
    '<nick> ',
    '* nick ',
    'nick: ',
    '**nick:** ',
    '#startmeeting',
    'has joined #c',
    'is now known as x',
    'Meeting started Mon May  8 13:00:44 2017 UTC.',
    'Meeting started by a at 12:02:26 UTC.\n',
    'Meeting summary\n---------------\n',
    '* Roll call  (a, 12:02:48)\n',
    '  * ACTION: a to b  (a, 12:06:12)\n',
    'RESOLVED: ',
    'PROPOSAL: ',
    'Topic: ',
    'present+ ',
    '====== T ======\n',
    '===== Participants =====\n',
    '  * %%',
    '<nowiki>',
    '[[',
    '<code>\n',
    '<a name="id-1"></a><span class="tm">21:06:12</span> <span class="nk">&lt;a&gt;</span> ',
    '&#x1F600;',
    '&#55296;',
  ),
  fc.string({ unit: 'grapheme', maxLength: 12 }),
);
const nasty = fc.array(hostile, { maxLength: 60 }).map((parts) => parts.join(''));
const TIME_RE = /^(?:\d\d:\d\d(?::\d\d)?)?$/;

function checkLines(lines: unknown[]): void {
  for (const line of lines) {
    const parsed = LogLine.parse(line);
    expect(parsed.time).toMatch(TIME_RE);
    expect(parsed.at === null || Number.isFinite(parsed.at)).toBe(true);
  }
}

describe('importers on hostile input', () => {
  test.prop([nasty])('no importer throws, and every line is well formed', (text) => {
    for (const importer of IMPORTERS) {
      const log = importer.parse(text, { timeZone: 'Europe/Berlin', date: '2024-01-01' });
      checkLines(log.lines);
      expect(log.format).toBe(importer.id);
      expect(importer.detect(splitLines(text))).toBeGreaterThanOrEqual(0);
    }
  });

  test.prop([nasty])('importLog gives a result for any text', (text) => {
    const r = importLog(text);
    if (r.ok) checkLines(r.value.lines);
    else expect(r.error.message).not.toMatch(/[\r\n]/);
  });

  test.prop([fc.uint8Array({ maxLength: 2000 })])(
    'importLog gives a result for any bytes',
    (bytes) => {
      const r = importLog(bytes);
      if (r.ok) checkLines(r.value.lines);
      else expect(['empty', 'binary', 'not-a-log']).toContain(r.error.code);
    },
  );

  test.prop([
    fc.array(fc.oneof(fc.constantFrom('13:00:44 <a> hi\n'), fc.uint8Array({ maxLength: 4 })), {
      maxLength: 30,
    }),
  ])('invalid UTF-8 inside a log never breaks it', (chunks) => {
    const parts = chunks.map((c) => (typeof c === 'string' ? new TextEncoder().encode(c) : c));
    const bytes = new Uint8Array(parts.flatMap((p) => [...p]));
    const r = importLog(bytes, { format: 'meetbot' });
    if (r.ok) checkLines(r.value.lines);
  });
});

// Line starts that lead each importer past its first check, to the regexes behind it.
const PREFIXES: Record<string, string[]> = {
  meetbot: ['12:00:01 ', '12:00:01 <a> '],
  irssi: ['12:00 ', '12:00 -!- ', '--- Day changed '],
  weechat: ['2024-05-01 12:00:00\t', '2024-05-01 12:00:00\t--\t'],
  hexchat: ['Jan 04 21:25:10 ', 'Jan 04 21:25:10 *\t', '**** BEGIN LOGGING AT '],
  mirc: ['[12:00] ', '[12:00] * ', 'Session Start: '],
  thelounge: ['[2024-05-01T14:03:22.123Z] ', '[2024-05-01T14:03:22.123Z] *** '],
  textual: ['[2008-07-09T16:13:30+1200] ', '[2008-07-09T16:13:30+1200] • '],
  limnoria: ['2024-05-01T14:03:22  ', '2024-05-01T14:03:22  *** '],
  'sopel-chanlogs': ['2024-05-01T14:03:22+00:00  ', '2024-05-01T14:03:22+00:00  *** '],
  'fedora-matrix': [
    '2024-07-23 17:00:03 ',
    '2024-07-23 17:00:03 <a> ',
    '2024-07-23 17:00:03 <a> !',
  ],
  'w3c-scribe': ['[2021-05-06T19:01:57.073Z]\t', '[2021-05-06T19:01:57.073Z]\t<a>\t'],
  'hcoop-log': [
    '<a name="id-1"></a><span class="tm">21:06:12</span> <span class="nk">&lt;',
    '<a name="id-1"></a><span class="tm">21:06:12</span> <span class="nk">&lt;a&gt;</span> ',
  ],
  'dokuwiki-page': [
    '====== T ======\nPlace:\n===== Participants =====\n  * ',
    '====== T ======\nDate:\n===== Transcripts =====\n<code>\n',
    '====== T ======\nDate:\n===== Agenda =====\n  * %%',
    '====== ',
  ],
  'meetbot-minutes': [
    '<h3>Meeting summary</h3>\n<li>',
    '<h1>#a: b</h1>\n<h3>Meeting summary</h3>\n<li><b class="TOPIC">',
    '<h3>Action items, by person</h3>\n<li>',
    '<h3>Meeting Summary</h3>\n<li><span class="topic">',
    '<span class="details">Meeting started by a at 2021-04-12 21:06:12-0500',
    '<h3>Attendees</h3>\n<li>a (aka ',
    'Meeting summary\n---------------\n* ',
    'Meeting summary\n---------------\n  * ',
    'Meeting summary\n---------------\n* a  (',
    'People Present (lines said)\n---------------------------\n* ',
  ],
  meetingology: [
    '== Meeting information ==\n * #',
    '== Full Log ==\n 12:00 <a> ',
    'Full log\n----------------\n 12:00 `<a>` [http://',
  ],
  znc: ['[12:00:01] ', '[12:00:01] *** '],
  'sopel-meetbot': ['[12:00:01] ', '[12:00:01] Current subject: '],
  'ubuntu-irclogs': ['[12:00] ', '=== '],
  pidgin: ['(04:07:24 PM) ', 'Conversation with #c at '],
  'kamailio-page': [
    '# ',
    'Place:\n- ',
    '## Participants\n- ',
    '## Agenda\n- ',
    '## Transcript\n    ',
  ],
  wiki: ['- 15:02 ', '    ', '| ', '### ', '2021-12-15 09:59:47 -0500 EST ', '[10:02am] '],
  outline: ['- ', '# ', '1. ', '    - '],
};
const UNITS = [
  'a',
  ' ',
  '\t',
  '[',
  '<',
  '(',
  '|',
  '*',
  '#',
  ':',
  '-',
  'a ',
  '<a> ',
  'a (b) ',
  ' #',
  '(a) ',
  'a | ',
  ' on',
  '<http:',
  '[a](',
  '**',
  '\\[',
  '12:00 ',
  ' \u2028',
  'Joins: ',
  ' to ',
  '" to ',
  ' from "',
  ' [a]',
  ' was kicked by a',
  ' has joined ',
  '1.',
];

describe('importers on 100 KB lines', () => {
  it('stay linear on every pathological line shape', { timeout: 120_000 }, () => {
    let slowest = 0;
    for (const importer of IMPORTERS) {
      for (const prefix of ['', ...PREFIXES[importer.id]!]) {
        for (const unit of UNITS) {
          const text = `${prefix}${unit.repeat(Math.ceil(100_000 / unit.length))}x`;
          const started = performance.now();
          importer.parse(text);
          importer.detect(splitLines(text));
          slowest = Math.max(slowest, performance.now() - started);
        }
      }
    }
    // Linear work on 100 KB takes a few milliseconds; a backtracking regex takes far longer than
    // this bound, which is loose enough for a busy machine.
    expect(slowest).toBeLessThan(3_000);
  });
});
