import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { kamailioPage } from './kamailio-page';

const sample = readFileSync(new URL('./samples/kamailio-page.md', import.meta.url), 'utf8');

describe('kamailio page importer', () => {
  const log = kamailioPage.parse(sample);

  it('reads title, selected date, channel and server', () => {
    expect(log).toMatchObject({
      format: 'kamailio-page',
      title: 'IRC Devel Meeting - 2019-06-18',
      date: '2019-06-18',
      channel: '#kamailio',
      place: 'irc.freenode.net',
      timeZone: '-04:00',
    });
  });

  it('reads participants in both list shapes', () => {
    expect(log.participants).toEqual([
      { nick: 'dcm', name: 'Daniel-Constantin Mierla' },
      { nick: 'vseva', name: 'Victor Seva' },
      { nick: 'hw', name: 'Henning Westerholt' },
    ]);
  });

  it('reads the agenda: groups, nested items, leading and trailing owners, wrapped lines', () => {
    const [status, next] = log.agenda;
    expect(log.agenda.map((a) => a.title)).toEqual([
      'Kamailio Development Status',
      'Kamailio 5.3 (next major release)',
    ]);
    expect(status!.items.map((i) => [i.title, i.owners])).toEqual([
      ['open issues', ['dcm']],
      ['minor releases for 5.1 and 5.2 branches', ['dcm']],
    ]);
    expect(next!.items.map((i) => [i.title, i.owners, i.items.length])).toEqual([
      ['roadmap', ['dcm', 'vseva'], 0],
      ['features', [], 2],
      ['core refactoring of the str type - what is the impact on modules?', ['hw'], 0],
    ]);
  });

  it('reads the transcript with topic headings and the stated zone', () => {
    expect(
      log.lines.map((l) => (l.kind === 'heading' ? `# ${l.text}` : `${l.time} ${l.nick}`)),
    ).toEqual([
      '# Development Status',
      '10:02 miconda',
      '10:04 qxork',
      '10:05 henningw',
      '# Next Major Release',
      '10:10 miconda',
      '10:12 henningw',
    ]);
    expect(log.lines[1]!.at).toBe(Date.UTC(2019, 5, 18, 14, 2));
  });

  it('claims pages with a title, a participants or transcript section and a date or place block', () => {
    expect(kamailioPage.detect(sample.split('\n').filter((l) => l.trim()))).toBe(0.95);
    expect(kamailioPage.detect(['# Summit', '## Agenda', '- item'])).toBe(0);
  });
});

describe('a 2019 page whose participants are `abbr - Full Name (ircnick)`', () => {
  const page = [
    '# Kamailio IRC Devel Meeting - 2019-12-09',
    '',
    'Date:',
    '',
    '- **Selected: 15:00 UTC, Monday, December 09, 2019**',
    '',
    'Place:',
    '',
    '- **#kamailio** IRC channel on **irc.freenode.net** server',
    '',
    '## Participants',
    '',
    '- dcm - Daniel-Constantin Mierla (miconda)',
    '- hds - Henning Westerholt (henningw)',
    '',
    '## Agenda',
    '',
    '- Kamailio related',
    '  - (dcm) release of 5.3 - status',
    '  - (hds) wiki migration',
    '',
    '## Transcript',
    '',
    '    miconda: hello',
  ].join('\n');

  it('keeps nick, name and abbreviation, and reads agenda owners written with the abbreviation', () => {
    const log = kamailioPage.parse(page);
    expect(log.participants).toEqual([
      { nick: 'miconda', name: 'Daniel-Constantin Mierla', alias: 'dcm' },
      { nick: 'henningw', name: 'Henning Westerholt', alias: 'hds' },
    ]);
    expect(log.agenda[0]!.items.map((i) => [i.owners, i.title])).toEqual([
      [['dcm'], 'release of 5.3 - status'],
      [['hds'], 'wiki migration'],
    ]);
    expect(log.lines[0]).toMatchObject({ nick: 'miconda', text: 'hello' });
  });
});
