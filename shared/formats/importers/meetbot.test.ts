import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { meetbot } from './meetbot';
import { parseMeetbotLine, parseMeetbotLog } from './meetbot-log';
import { testData } from '../../testdata/index';

const sample = readFileSync(new URL('./samples/meetbot.log.txt', import.meta.url), 'utf8');

describe('meetbot importer', () => {
  const log = meetbot.parse(sample);

  it('ask for the W3C rules for a log RRSAgent kept, and for none otherwise', () => {
    const irc = readFileSync(testData('meetings/w3c-dpvcg-2019-10-15/meeting-2019-10-15.irc'));
    expect(meetbot.parse(irc.toString()).preset).toBe('w3c');
    expect(log.preset).toBeUndefined();
  });

  it('reads every line with its time, in UTC, dated by the start message', () => {
    expect(log).toMatchObject({
      format: 'meetbot',
      date: '2024-03-12',
      timeZone: 'UTC',
      channel: null,
    });
    expect(log.lines).toHaveLength(22);
    expect(log.lines[0]).toEqual({
      at: Date.UTC(2024, 2, 12, 12, 0, 7),
      time: '12:00:07',
      kind: 'message',
      nick: 'jreyes',
      text: '#startmeeting infra weekly',
    });
    expect(log.lines[8]).toMatchObject({ kind: 'action', nick: 'mbauer', text: 'waves' });
    expect(log.lines[21]).toMatchObject({ nick: 'jreyes', text: '#endmeeting' });
  });

  it('reads the same lines into columns', () => {
    const cut = sample.slice(0, 200).lastIndexOf('\n') + 1;
    const table = meetbot.parseTable!([sample.slice(0, cut), sample.slice(cut)]).table;
    expect(table.lines()).toEqual(log.lines);
    expect(table.columns.nicks.length).toBeLessThan(10);
  });

  it('agrees with the MeetBot replay parser on every line', () => {
    expect(log.lines.map(({ time, kind, nick, text }) => ({ time, kind, nick, text }))).toEqual(
      parseMeetbotLog(sample).map(({ time, kind, nick, text }) => ({ time, kind, nick, text })),
    );
  });

  it('skips header lines pasted above the log and strips formatting codes', () => {
    const out = meetbot.parse('meeting\nLOGS\n13:00:44 <a> \x02#topic\x02 x\n', { channel: '#c' });
    expect(out.lines).toEqual([
      { at: null, time: '13:00:44', kind: 'message', nick: 'a', text: '#topic x' },
    ]);
    expect(out.channel).toBe('#c');
  });

  it('reads meetingology logs without seconds', () => {
    const out = meetbot.parse('20:01 <elfy> #startmeeting\n20:02 * elfy waves', {
      date: '2024-02-04',
    });
    expect(out.lines.map((l) => [l.time, l.kind, l.at])).toEqual([
      ['20:01', 'message', Date.UTC(2024, 1, 4, 20, 1)],
      ['20:02', 'action', Date.UTC(2024, 1, 4, 20, 2)],
    ]);
  });

  it('is confident about its own sample and not about an irssi log', () => {
    const lines = sample.split('\n');
    expect(meetbot.detect(lines)).toBeGreaterThan(0.9);
    expect(
      meetbot.detect([
        '--- Log opened Tue Jan 01 12:00:00 2019',
        '12:00 -!- a has joined #c',
        '12:01 < a> hi',
      ]),
    ).toBe(0);
  });

  it.each(['fedora-iot-2020-06-10', 'fedora-magazine-2020-06-10'])(
    'reads the real zodbot log %s line for line',
    (name) => {
      const raw = readFileSync(testData(`meetbot/${name}/log.txt`), 'utf8');
      const out = meetbot.parse(raw);
      const rebuilt = out.lines.map((l) =>
        l.kind === 'action' ? `${l.time} * ${l.nick} ${l.text}` : `${l.time} <${l.nick}> ${l.text}`,
      );
      expect(rebuilt).toEqual(raw.split('\n'));
      expect(out.date).toBe('2020-06-10');
    },
  );
});

describe('parseMeetbotLine with Unicode line separators', () => {
  it('keeps a line whose text holds U+2028 or U+2029', () => {
    expect(parseMeetbotLine('12:00:01 <bob> one\u2028two\u2029three')).toMatchObject({
      nick: 'bob',
      text: 'one\u2028two\u2029three',
    });
    expect(parseMeetbotLine('12:00:02 * bob waves\u2028again')).toMatchObject({ kind: 'action' });
  });
});

describe('meetbot importer on a plain log', () => {
  it('reads lines in place exactly as it reads them split, whatever the line ends', () => {
    const lines = [
      '12:00:01 <@ann> #startmeeting x',
      '12:00:02 <zodbot> Meeting started Wed Jun 10 12:02:26 2020 UTC.',
      'garbage',
      '[12:00:03] * ~bob waves',
      '1:02 <carol > hi',
      '12:00:04 <dan',
      '',
      '12:00:05 <é> 日本 — ok ',
      '23:59:59 <ann> #endmeeting',
    ];
    const lf = meetbot.parse(`${lines.join('\n')}\n`, { channel: '#c' });
    const crlf = meetbot.parse(`${lines.join('\r\n')}\r\n`, { channel: '#c' });
    expect(lf.lines).toHaveLength(6);
    expect(lf).toEqual(crlf);
  });
});
