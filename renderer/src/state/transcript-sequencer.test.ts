import { describe, expect, it, vi } from 'vitest';
import type { TranscriptLine } from '../../../shared/domain/line';
import { fail, ok, type Result } from '../../../shared/ipc/result';
import { transcriptLine } from '../testing/fake-bridge';
import { createSequencer, type SequencerDeps } from './transcript-sequencer';

const lines = (from: number, to: number) =>
  Array.from({ length: to - from + 1 }, (_, i) => transcriptLine(from + i));
const seqs = (ls: readonly TranscriptLine[]) => ls.map((l) => l.seq);

/** A core holding `core` lines; the test can make its answers fail. */
function setup(core: TranscriptLine[], overrides: Partial<SequencerDeps> = {}) {
  const delivered: number[] = [];
  const snapshots: number[][] = [];
  const fetchSince = vi.fn(
    async (afterSeq: number): Promise<Result<{ lines: TranscriptLine[]; lastSeq: number }>> =>
      ok({ lines: core.filter((l) => l.seq > afterSeq), lastSeq: core.at(-1)?.seq ?? 0 }),
  );
  const deps: SequencerDeps = {
    fetchSince,
    deliver: (ls, snapshot) => {
      delivered.push(...seqs(ls));
      if (snapshot) snapshots.push(seqs(ls));
    },
    restart: vi.fn(() => void delivered.splice(0)),
    report: vi.fn(),
    retryDelayMs: 5,
    ...overrides,
  };
  return { sequencer: createSequencer(deps), delivered, snapshots, fetchSince, deps };
}

describe('createSequencer', () => {
  it('starting afresh on a long transcript, fetches only its newest lines', async () => {
    const core = lines(1, 25_000);
    const paged = vi.fn(async (afterSeq: number) => {
      const after = core.filter((l) => l.seq > afterSeq).slice(0, 10_000);
      return ok({ lines: after, lastSeq: 25_000 });
    });
    const { sequencer, snapshots } = setup(core, { fetchSince: paged, tail: 5_000 });
    await sequencer.resync();
    expect(paged.mock.calls.map(([after]) => after)).toEqual([0, 20_000]);
    expect(snapshots.map((s) => [s[0], s.at(-1)])).toEqual([[20_001, 25_000]]);
    sequencer.accept(lines(25_001, 25_002));
    expect(snapshots).toHaveLength(1);
  });

  it('starting afresh on a transcript within the tail, takes it whole as before', async () => {
    const { sequencer, delivered, fetchSince } = setup(lines(1, 40), { tail: 50 });
    await sequencer.resync();
    expect(fetchSince.mock.calls.map(([after]) => after)).toEqual([0]);
    expect(delivered).toEqual(seqs(lines(1, 40)));
  });

  it('starts from a snapshot and then takes pushed lines in order', async () => {
    const core = lines(1, 3);
    const { sequencer, delivered, snapshots } = setup(core);
    await sequencer.resync();
    sequencer.accept(lines(4, 5));
    expect(delivered).toEqual([1, 2, 3, 4, 5]);
    expect(snapshots).toEqual([[1, 2, 3]]);
  });

  it('drops lines it has already delivered', async () => {
    const { sequencer, delivered, fetchSince } = setup([]);
    await sequencer.resync();
    sequencer.accept(lines(1, 3));
    sequencer.accept(lines(2, 4));
    sequencer.accept(lines(1, 1));
    expect(delivered).toEqual([1, 2, 3, 4]);
    expect(fetchSince).toHaveBeenCalledTimes(1);
  });

  it('on a gap, fetches what is missing and replays what was pushed meanwhile, once each', async () => {
    const core = lines(1, 8);
    const { sequencer, delivered, fetchSince } = setup(core);
    sequencer.accept(lines(1, 2));
    sequencer.accept(lines(6, 7));
    sequencer.accept(lines(8, 8));
    expect(fetchSince).toHaveBeenCalledWith(2);
    await vi.waitFor(() => expect(delivered).toEqual([1, 2, 3, 4, 5, 6, 7, 8]));
    expect(fetchSince).toHaveBeenCalledTimes(1);
  });

  it('pages through a long snapshot until it reaches the core’s last line', async () => {
    const core = lines(1, 10);
    const { sequencer, delivered, deps } = setup(core, {
      fetchSince: vi.fn(async (afterSeq: number) =>
        ok({ lines: core.filter((l) => l.seq > afterSeq).slice(0, 4), lastSeq: 10 }),
      ),
    });
    await sequencer.resync();
    expect(delivered).toEqual(seqs(core));
    expect(vi.mocked(deps.fetchSince).mock.calls).toEqual([[0], [4], [8]]);
  });

  it('starts over when the core numbers the channel from scratch', async () => {
    const core = lines(1, 5);
    const { sequencer, delivered, deps } = setup(core);
    await sequencer.resync();
    core.splice(0, core.length, ...lines(1, 2));
    await sequencer.resync();
    expect(deps.restart).toHaveBeenCalledTimes(1);
    expect(delivered).toEqual([1, 2]);
  });

  it('retries a failed re-sync, holding pushed lines until it succeeds', async () => {
    const core = lines(1, 4);
    let failures = 2;
    const { sequencer, delivered, deps } = setup(core, {
      fetchSince: vi.fn(async (afterSeq: number) =>
        failures-- > 0
          ? fail('timeout', 'slow')
          : ok({ lines: core.filter((l) => l.seq > afterSeq), lastSeq: 4 }),
      ),
    });
    const done = sequencer.resync();
    sequencer.accept(lines(4, 4));
    await done;
    expect(deps.report).toHaveBeenCalledWith({ code: 'timeout', message: 'slow' });
    expect(deps.report).toHaveBeenLastCalledWith(null);
    expect(delivered).toEqual([1, 2, 3, 4]);
  });

  it('does nothing more once stopped, even mid-retry', async () => {
    const { sequencer, delivered } = setup([], {
      fetchSince: vi.fn(async () => fail('timeout', 'slow')),
      retryDelayMs: 60_000,
    });
    const done = sequencer.resync();
    await Promise.resolve();
    sequencer.stop();
    await done;
    sequencer.accept(lines(1, 2));
    expect(delivered).toEqual([]);
  });
});
