import { describe, expect, it } from 'vitest';
import { importLog } from './import-log';

const LINES = 100_000;
const pad = (n: number) => String(n).padStart(2, '0');
const clock = (i: number) =>
  `${pad(Math.floor(i / 3600) % 24)}:${pad(Math.floor(i / 60) % 60)}:${pad(i % 60)}`;
const nicks = ['alice', 'bob', 'carol', 'dave'];

const LOGS: Record<string, (i: number) => string> = {
  meetbot: (i) =>
    i % 10 === 0
      ? `${clock(i)} * ${nicks[i % 4]} waves`
      : `${clock(i)} <${nicks[i % 4]}> line ${i} #info see https://example.org/${i}`,
  irssi: (i) =>
    i % 10 === 0
      ? `${clock(i).slice(0, 5)} -!- ${nicks[i % 4]} [~u@h] has joined #chan`
      : `${clock(i).slice(0, 5)} < ${nicks[i % 4]}> line ${i}`,
  wiki: (i) =>
    `    [${(Math.floor(i / 60) % 12) + 1}:${pad(i % 60)}am] ${nicks[i % 4]}: line ${i} of the transcript`,
};

describe('import speed', () => {
  it.each(Object.keys(LOGS))('imports a %s log of 100,000 lines in linear time', (format) => {
    const text = Array.from({ length: LINES }, (_, i) => LOGS[format]!(i)).join('\n');
    let best = Infinity;
    for (let run = 0; run < 3; run++) {
      const started = performance.now();
      const r = importLog(text, { timeZone: 'Europe/Berlin', date: '2024-01-01' });
      best = Math.min(best, performance.now() - started);
      expect(r.ok && r.value.format).toBe(format);
      expect(r.ok && r.value.lines.length).toBe(LINES);
    }
    // Well under 100 ms on an idle machine; the margin absorbs a busy test runner, while a
    // quadratic step would take minutes.
    expect(best).toBeLessThan(3_000);
  });
});
