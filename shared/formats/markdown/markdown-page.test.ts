import { readFileSync } from 'node:fs';
import MarkdownIt from 'markdown-it';
import { describe, expect, it } from 'vitest';
import { agendaEntries } from './testing/agenda-entries';
import type { ImportedLog } from '../../domain/imported';
import type { Meeting } from '../../domain/meeting';
import { importLog } from '../importers/import-log';
import { parseMeetbotLog } from '../importers/meetbot-log';
import { writeMarkdownPage } from './markdown-page';
import { meetingOf } from './testing/meeting-of';
import { inspectHtml } from './testing/html-check';
import { testData } from '../../testdata/index';

const seed = (name: string) => readFileSync(testData(`seeds/${name}`), 'utf8');
const md = new MarkdownIt({ html: true });

function imported(text: string): ImportedLog {
  const result = importLog(text);
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

const headings = (page: string, level: string) =>
  page.split('\n').filter((l) => l.startsWith(`${level} `));

describe('Markdown meeting page from the Cockpit meeting of 2017-05-08', () => {
  const meeting = meetingOf(parseMeetbotLog(seed('cockpit-2017-05-08.log.txt')), {
    channel: '#cockpit',
    date: '2017-05-08',
  });
  const page = writeMarkdownPage(meeting, {
    network: 'irc.freenode.net',
    logUrl: 'https://example.org/cockpit.log.html',
  });

  it('opens with the title, date, times across the world and place', () => {
    expect(
      page.startsWith('# meeting - 2017-05-08\n\nDate:\n\n- **13:00 UTC, Monday, May 8, 2017**\n'),
    ).toBe(true);
    expect(page).toContain('\n- Mon 8 May 2017, 15:00 (UTC+2) - Berlin\n');
    expect(page).toContain('\n- Mon 8 May 2017, 06:00 (UTC-7) - San Francisco\n');
    expect(page).toContain(
      '\nPlace:\n\n- **#cockpit** IRC channel on **irc.freenode.net** server\n',
    );
    expect(page).toContain('\n- Full log: <https://example.org/cockpit.log.html>\n');
  });

  it('lists the minutes by topic, the people and the transcript split by topic', () => {
    expect(headings(page, '##')).toEqual([
      '## Participants',
      '## Meeting summary',
      '## Action items, by person',
      '## People present (lines said)',
      '## Charts',
      '## Transcripts of Discussed Topics',
    ]);
    const topics = [
      '### Agenda',
      '### image pruning on servers / distributed storage',
      '### application manager, next steps',
    ];
    expect(headings(page, '###')).toEqual([...topics, ...topics]);
    expect(page).toContain(
      '- **LINK:** <https://www.youtube.com/watch?v=Pmi6AJanRtk> (andreasn, 13:27:10)',
    );
    expect(page).toContain('- **LINK:** <http://appstream.ubuntu.com/> too (pitti, 13:38:38)');
    expect(page).toContain(`\n- ${meeting.people[0]!.nick} (${meeting.people[0]!.lines})\n`);
    const transcript = page.slice(page.indexOf('## Transcripts'));
    expect(transcript.split('\n').filter((l) => l.startsWith('    '))).toHaveLength(
      meeting.log.length,
    );
    expect(transcript).toContain('\n    • mvollmer pokes the robot to change the topic\n');
    expect(transcript).toContain(
      '\n### Agenda\n\n    mvollmer: #topic Agenda\n    dperpeet: * image pruning',
    );
  });

  it('renders to HTML with one title and the transcript as code', () => {
    const seen = inspectHtml(md.render(page));
    expect(seen.elements.get('h1')).toBe(1);
    expect(seen.elements.get('h3')).toBe(6);
    // Two charts, then the transcript's four code blocks.
    expect(seen.elements.get('pre')).toBe(6);
    expect(seen.elements.has('script')).toBe(false);
  });
});

describe('Markdown meeting page from the Kamailio page of 2012-01-31', () => {
  const source = imported(seed('kamailio-devel-2012-01-31.md'));
  const meeting = meetingOf(source.lines, {
    channel: source.channel ?? '#sip-router',
    date: source.date,
  });
  const page = writeMarkdownPage(meeting, { imported: source });

  it('carries the agenda, participants and topics', () => {
    expect(
      page.startsWith(
        '# IRC Devel Meeting - 2012-01-31\n\nDate:\n\n- **15:00 UTC, Tuesday, January 31, 2012**\n',
      ),
    ).toBe(true);
    expect(page).toContain('- **#sip-router** IRC channel on **irc.freenode.net** server');
    expect(page).toContain(
      '\n- Daniel-Constantin Mierla (dcm)\n- Elena-Ramona Modroiu (erm)\n- Jason Penton\n',
    );
    expect(page).toContain(
      '\n- Kamailio related\n  - (dcm) outstanding issues at this time, if any\n',
    );
    expect(page).toContain('\n  - (JP, RG) IMS branch and related modules\n');
    expect(page).toContain('Times across the world:\n\n');
    expect(page).toContain('- Tue 31 Jan 2012, 16:00 (UTC+1) - Berlin\n');
    expect(headings(page, '###')).toContain('### Packaging');
    expect(page).toContain(
      '\n### Existing Issues\n\n    miconda: anyone here to report any outstanding issue',
    );
  });

  it('reads back through the Kamailio page importer', () => {
    const again = imported(page);
    expect(again.format).toBe('kamailio-page');
    expect(again.title).toBe(source.title);
    expect(again.date).toBe(source.date);
    expect(again.channel).toBe(source.channel);
    expect(again.place).toBe(source.place);
    expect(again.participants).toEqual(source.participants);
    expect(agendaEntries(again.agenda)).toEqual(agendaEntries(source.agenda));
    const said = (log: ImportedLog) => log.lines.map((l) => [l.kind, l.nick, l.text]);
    expect(said(again)).toEqual(said(source));
  });
});

describe('charts on the page', () => {
  const meeting = meetingOf(parseMeetbotLog(seed('cockpit-2017-05-08.log.txt')), {
    channel: '#cockpit',
    date: '2017-05-08',
  });
  const charts = (page: string) =>
    page.slice(page.indexOf('## Charts'), page.indexOf('## Transcripts'));

  it('draws lines per person and the actual minutes per topic as text', () => {
    const section = charts(writeMarkdownPage(meeting));
    const top = meeting.people[0]!;
    expect(section).toContain('```\nLines said per person (lines)\n');
    expect(section).toMatch(new RegExp(`\\n${top.nick} +[\u2588-\u258f]+ ${top.lines}\\n`));
    expect(section).toContain('Topic time (min)\n');
    expect(section).toMatch(/\nimage pruning on se… +[\u2588-\u258f]+ 21\n/);
  });

  it('sets the agenda’s timeboxes against the actual minutes', () => {
    const planned = [{ title: 'Agenda', owners: [], timebox: 5, items: [] }];
    const section = charts(writeMarkdownPage(meeting, { planned }));
    expect(section).toContain('Topic time, planned and actual (min)\n');
    expect(section).toMatch(
      /\nAgenda +planned [\u2588-\u258f]+ 5\n +actual +[\u2588-\u258f]+ 3\.0\n/,
    );
    expect(section).toMatch(/\nimage pruning on se… +planned –\n/);
  });
});

describe('times across the world', () => {
  const at = (iso: string): Meeting => {
    const lines = parseMeetbotLog(
      `${iso.slice(11, 19)} <chair> #startmeeting\n23:59:00 <chair> #endmeeting`,
    );
    return meetingOf(lines, { channel: '#gavel', date: iso.slice(0, 10) });
  };
  const cities = [
    { name: 'New York', zone: 'America/New_York' },
    { name: 'Berlin', zone: 'Europe/Berlin' },
    { name: 'Sydney', zone: 'Australia/Sydney' },
  ];

  it('uses the offset in force on the day, across daylight-saving changes', () => {
    // 2024-03-20: New York is on EDT already, Berlin still on CET, Sydney still on AEDT.
    const march = writeMarkdownPage(at('2024-03-20T15:00:00Z'), { cities });
    expect(march).toContain('- Wed 20 Mar 2024, 11:00 (UTC-4) - New York\n');
    expect(march).toContain('- Wed 20 Mar 2024, 16:00 (UTC+1) - Berlin\n');
    expect(march).toContain('- Thu 21 Mar 2024, 02:00 (UTC+11) - Sydney\n');
    // 2024-04-10: Berlin on CEST, Sydney back on AEST.
    const april = writeMarkdownPage(at('2024-04-10T15:00:00Z'), { cities });
    expect(april).toContain('- Wed 10 Apr 2024, 11:00 (UTC-4) - New York\n');
    expect(april).toContain('- Wed 10 Apr 2024, 17:00 (UTC+2) - Berlin\n');
    expect(april).toContain('- Thu 11 Apr 2024, 01:00 (UTC+10) - Sydney\n');
  });

  it('lists nothing when the start time is unknown', () => {
    const page = writeMarkdownPage(
      { ...at('2024-03-20T15:00:00Z'), start: null, startedAt: null },
      { cities },
    );
    expect(page).not.toContain('Times across the world');
    expect(page).toContain('- **Wednesday, March 20, 2024**');
  });
});
