import { describe, expect, it } from 'vitest';
import type { LogLine } from '../../../domain/line';
import { applyScribeEdits } from './scribe-edits';

const say = (nick: string, text: string, time = '10:00:00'): LogLine => ({
  at: null,
  time,
  kind: 'message',
  nick,
  text,
});
const texts = (lines: LogLine[]) => lines.map((l) => `${l.nick}: ${l.text}`);

describe('scribe.perl corrections', () => {
  it('change the latest earlier line that holds the old text, once', () => {
    const lines = [
      say('ann', 'Topic: Cosent'),
      say('bob', 'Cosent is hard, Cosent'),
      say('ann', 's/Cosent/Consent/'),
      say('ann', 's|hard|easy'),
    ];
    expect(texts(applyScribeEdits(lines))).toEqual([
      'ann: Topic: Cosent',
      'bob: Consent is easy, Cosent',
      'ann: s/Cosent/Consent/',
      'ann: s|hard|easy',
    ]);
  });

  it('change every earlier line with /g, every line with /G, and leave later lines to /g', () => {
    const lines = [
      say('ann', 'RESOLVED: use foo'),
      say('ann', 'foo again'),
      say('ann', 's/foo/bar/g'),
      say('bob', 'foo later'),
      say('ann', 's/later/now/G'),
    ];
    expect(texts(applyScribeEdits(lines))).toEqual([
      'ann: RESOLVED: use bar',
      'ann: bar again',
      'ann: s/foo/bar/g',
      'bob: foo now',
      'ann: s/later/now/G',
    ]);
  });

  it('insert a line before the latest earlier line that holds the anchor, said by the editor', () => {
    const lines = [
      say('ann', 'approving minutes', '10:00:00'),
      say('ann', 'next meeting in a week', '10:05:00'),
      say('bert', 'i/next meeting/topic: Next meeting', '11:00:00'),
      say('bert', 'i/approving/topic: Minutes/', '11:00:01'),
    ];
    const out = applyScribeEdits(lines);
    expect(texts(out)).toEqual([
      'bert: topic: Minutes',
      'ann: approving minutes',
      'bert: topic: Next meeting',
      'ann: next meeting in a week',
      'bert: i/next meeting/topic: Next meeting',
      'bert: i/approving/topic: Minutes/',
    ]);
    expect(out[2]!.time).toBe('10:05:00');
  });

  it('change nothing when the old text is nowhere before, and never correct a correction', () => {
    const lines = [
      say('ann', 's/a/b/'),
      say('ann', 'a line'),
      say('ann', 's/zzz/y/'),
      say('ann', 's//x/'),
    ];
    expect(applyScribeEdits(lines)).toEqual(lines);
  });

  it('find text copied with zero-width non-joiners, as scribe.perl does', () => {
    const lines = [
      say('ann', 'see https://example.org/x'),
      say('ann', 's|https://exa\u200cmple.org/x|https://w3.org/|'),
    ];
    expect(applyScribeEdits(lines)[0]!.text).toBe('see https://w3.org/');
  });
});
