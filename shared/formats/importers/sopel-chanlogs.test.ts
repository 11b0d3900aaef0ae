import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { sopelChanlogs } from './sopel-chanlogs';

const sample = readFileSync(new URL('./samples/sopel-chanlogs.log', import.meta.url), 'utf8');

describe('sopel chanlogs importer', () => {
  const log = sopelChanlogs.parse(sample);

  it('reads stamps with their zone and Sopel event wording', () => {
    expect(log).toMatchObject({
      format: 'sopel-chanlogs',
      date: '2024-05-01',
      channel: '#pyladies-meet',
      timeZone: 'UTC',
    });
    expect(log.lines).toHaveLength(11);
    expect(log.lines[1]).toMatchObject({
      at: Date.UTC(2024, 4, 1, 14, 2, 3),
      kind: 'message',
      nick: 'hnovak',
    });
    expect(log.lines.find((l) => l.kind === 'topic')).toMatchObject({
      nick: 'hnovak',
      text: 'workshop planning - venue and materials',
    });
    expect(
      log.lines.filter((l) => l.kind === 'quit' || l.kind === 'part').map((l) => l.nick),
    ).toEqual(['guest12', 'mtorres']);
  });

  it('accepts microseconds and other offsets', () => {
    const out = sopelChanlogs.parse('2024-05-01T16:03:22.123456+02:00  <alice> hello');
    expect(out.lines[0]).toMatchObject({ time: '16:03:22', at: Date.UTC(2024, 4, 1, 14, 3, 22) });
  });
});
