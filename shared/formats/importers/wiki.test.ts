import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { wiki } from './wiki';

const sample = readFileSync(new URL('./samples/wiki-transcript.md', import.meta.url), 'utf8');

describe('wiki importer', () => {
  const log = wiki.parse(sample);

  it('reads a minutes page: title, stated zone, headings and bulleted lines', () => {
    expect(log).toMatchObject({
      format: 'wiki',
      title: 'Minutes - Packaging Team Meeting 2019-03-19',
      date: '2019-03-19',
      timeZone: '-04:00',
    });
    expect(log.lines).toHaveLength(16);
    expect(log.lines.filter((l) => l.kind === 'heading').map((l) => l.text)).toEqual([
      'Roll call',
      'Debian packages',
      'RPM packages',
    ]);
    expect(log.lines[1]).toEqual({
      at: Date.UTC(2019, 2, 19, 15, 0),
      time: '11:00',
      kind: 'message',
      nick: 'vlopez',
      text: "hello everyone, let's start",
    });
  });

  it('reads a table with a header that states the zone', () => {
    const out = wiki.parse(
      [
        '### Thu, Dec 7 2023',
        '',
        '| time (-0500 EST) | person | comment |',
        '|---|---|---|',
        '|10:24:24|@miconda:matrix.kamailio.dev|ready to start|',
      ].join('\n'),
    );
    expect(out.lines).toEqual([
      {
        at: Date.UTC(2023, 11, 7, 15, 24, 24),
        time: '10:24:24',
        kind: 'message',
        nick: '@miconda:matrix.kamailio.dev',
        text: 'ready to start',
      },
    ]);
  });

  it('reads the chat export shape: **name** followed by what they said', () => {
    const out = wiki.parse(
      [
        '### Thu, Dec 8 2022',
        '',
        '**miconda**',
        'fyi: on this channel',
        '<https://rpm.kamailio.org/>',
        '',
        '**Henning Westerholt**',
        'Víctor Seva: hello',
      ].join('\n'),
    );
    expect(out.date).toBe('2022-12-08');
    expect(out.lines.map((l) => `${l.nick}> ${l.text}`)).toEqual([
      'miconda> fyi: on this channel',
      'miconda> <https://rpm.kamailio.org/>',
      'Henning Westerholt> Víctor Seva: hello',
    ]);
  });

  it('reads escaped Markdown and bold speakers', () => {
    const out = wiki.parse(
      '\\[16:06\\] \\<miconda> hi\n**qxork:** =)\n    carsten: indented\nplain prose: not a line',
    );
    expect(out.lines.map((l) => [l.time, l.nick, l.text])).toEqual([
      ['16:06', 'miconda', 'hi'],
      ['', 'qxork', '=)'],
      ['', 'carsten', 'indented'],
    ]);
  });

  it('detects transcripts but not prose', () => {
    expect(wiki.detect(sample.split('\n').filter((l) => l.trim()))).toBeGreaterThan(0.5);
    expect(wiki.detect(['Some prose: with a colon.', 'Another line.', 'More: text'])).toBe(0);
  });
});
