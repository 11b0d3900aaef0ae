import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Journal } from '../../electron/core/journal/journal';
import { readJournal } from '../../electron/core/journal/read-journal';
import type { Benchmark } from './registry';

/** A journal record shaped like a live transcript line. */
function event(seq: number) {
  return {
    type: 'line',
    line: {
      seq,
      at: 1_700_000_000_000 + seq * 250,
      time: '12:34:56',
      kind: 'message',
      nick: `nick${seq % 17}`,
      text: `#info item ${seq}: the release notes for 3.3.0 are on the wiki https://example.org/${seq}`,
      channel: '#meet',
      self: false,
    },
  };
}

/**
 * `journal_append_events_per_s`: records acknowledged (written and fsynced) per second, 20,000
 * appended as a live burst would. `journal_replay_100k_s`: reading back a 100,000-record journal.
 */
export const journalBench: Benchmark = {
  name: 'meeting journal: acknowledged appends, 100k replay',
  keys: ['journal_append_events_per_s', 'journal_replay_100k_s'],
  async run() {
    const dir = mkdtempSync(join(tmpdir(), 'gavel-bench-journal-'));
    try {
      const appendPath = join(dir, 'append.jsonl');
      const journal = new Journal(appendPath);
      const n = 20_000;
      const t0 = performance.now();
      await Promise.all(Array.from({ length: n }, (_, i) => journal.append(event(i))));
      const appendS = (performance.now() - t0) / 1000;
      journal.close();

      const replayPath = join(dir, 'replay.jsonl');
      const big = new Journal(replayPath, { maxBatch: 4096 });
      await Promise.all(Array.from({ length: 100_000 }, (_, i) => big.append(event(i))));
      big.close();
      const t1 = performance.now();
      const { records } = readJournal(replayPath);
      const replayS = (performance.now() - t1) / 1000;
      if (records.length !== 100_000)
        throw new Error(`replayed ${records.length} records, not 100000`);
      return {
        journal_append_events_per_s: Math.round(n / appendS),
        journal_replay_100k_s: Number(replayS.toFixed(3)),
      };
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  },
};
