import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { stripFormatting } from '../../irc/format';
import { mirc } from './mirc';

const sample = readFileSync(new URL('./samples/mirc.log', import.meta.url), 'utf8');

describe('mirc importer', () => {
  const log = mirc.parse(sample);

  it('reads the session lines for date and channel and strips colour codes', () => {
    expect(log).toMatchObject({ format: 'mirc', date: '2024-03-07', channel: '#ardour-dev' });
    expect(log.lines).toHaveLength(16);
    expect(log.lines.find((l) => l.nick === 'rkim')).toMatchObject({
      time: '18:00',
      kind: 'message',
      text: 'hi',
    });
    expect(log.lines.find((l) => l.text.startsWith('the MIDI'))!.text).toBe(
      'the MIDI clock drift bug: any news?',
    );
  });

  it('tells mIRC status lines, actions and events apart', () => {
    expect(log.lines.filter((l) => l.kind === 'system').map((l) => l.text.slice(0, 12))).toEqual([
      'Now talking ',
      "Topic is 'Ar",
      'Set by pdavi',
    ]);
    expect(log.lines.filter((l) => l.kind === 'action')).toMatchObject([
      { nick: 'lmoreau', text: 'waves' },
    ]);
    expect(
      log.lines.filter((l) => !['message', 'action', 'system'].includes(l.kind)).map((l) => l.kind),
    ).toEqual(['join', 'nick', 'topic', 'quit', 'part']);
  });

  it('is only half sure of bracketed lines without session lines', () => {
    expect(mirc.detect(['[14:59] <alice> hello', '[15:00] <bob> hi'])).toBe(0.5);
    expect(
      mirc.detect(
        stripFormatting(sample)
          .split('\n')
          .filter((l) => l),
      ),
    ).toBeGreaterThan(0.9);
  });
});
