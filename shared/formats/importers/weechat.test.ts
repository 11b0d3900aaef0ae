import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { weechat } from './weechat';

const sample = readFileSync(new URL('./samples/weechat.weechatlog', import.meta.url), 'utf8');

describe('weechat importer', () => {
  const log = weechat.parse(sample, { timeZone: 'UTC' });
  const kinds = log.lines.map((l) => l.kind);

  it('reads the prefix column as nick, action or event, skipping the log banners', () => {
    expect(log).toMatchObject({ format: 'weechat', date: '2024-02-06', channel: '#kde-devel' });
    expect(log.lines).toHaveLength(18);
    expect(log.lines[2]).toEqual({
      at: Date.UTC(2024, 1, 6, 16, 0, 2),
      time: '16:00:02',
      kind: 'message',
      nick: 'nhansen',
      text: '#startmeeting kde weekly',
    });
    expect(kinds.filter((k) => k === 'message')).toHaveLength(9);
    expect(log.lines.find((l) => l.kind === 'action')).toMatchObject({
      nick: 'bpark',
      text: 'waves from the conference',
    });
    expect(log.lines.find((l) => l.kind === 'topic')).toMatchObject({
      nick: 'nhansen',
      text: 'KDE development | meeting in progress',
    });
    expect(log.lines.find((l) => l.kind === 'notice')).toMatchObject({
      nick: 'ChanServ',
      text: 'Please keep the meeting on topic',
    });
    expect(log.lines.find((l) => l.kind === 'quit')).toMatchObject({
      nick: 'guest4711',
      text: 'Ping timeout: 252 seconds',
    });
    expect(log.lines.find((l) => l.kind === 'system')?.text).toMatch(/^Topic for #kde-devel is/);
  });

  it('leaves instants unknown when the zone is not given', () => {
    expect(weechat.parse(sample).lines.every((l) => l.at === null)).toBe(true);
  });
});
