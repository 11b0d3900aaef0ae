import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { znc } from './znc';

const sample = readFileSync(new URL('./samples/znc.log', import.meta.url), 'utf8');

describe('znc importer', () => {
  it('reads messages and events, dated by the options', () => {
    const log = znc.parse(sample, {
      date: '2024-06-11',
      timeZone: 'Europe/Vienna',
      channel: '#pg-pkg',
    });
    expect(log).toMatchObject({
      format: 'znc',
      date: '2024-06-11',
      channel: '#pg-pkg',
      timeZone: 'Europe/Vienna',
    });
    expect(log.lines).toHaveLength(14);
    expect(log.lines[1]).toEqual({
      at: Date.UTC(2024, 5, 11, 14, 0, 0),
      time: '16:00:00',
      kind: 'message',
      nick: 'vtran',
      text: "let's start the postgres packaging sync",
    });
    expect(
      log.lines.filter((l) => l.kind !== 'message').map((l) => `${l.kind}:${l.nick}:${l.text}`),
    ).toEqual([
      'join:aleksey:',
      'action:mhauser:is here',
      'nick:mhauser:mhauser_',
      'topic:vtran:pg packaging sync - 16.3 staging',
      'part:aleksey:meeting clash',
      'quit:lurker:Quit: Leaving',
      'mode:vtran:+v mhauser_',
      'notice:ChanServ:You have been voiced',
      'kick:vtran:spam1 (spam)',
    ]);
  });

  it('is sure only when it sees ZNC event wording', () => {
    expect(znc.detect(['[12:00:05] <alice> hello', '[12:00:06] <bob> hi'])).toBeCloseTo(0.6);
    expect(znc.detect(['[12:00:00] *** Joins: alice (~a@h)', '[12:00:05] <alice> hello'])).toBe(1);
  });
});
