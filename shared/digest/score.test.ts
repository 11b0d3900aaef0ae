import { describe, expect, it } from 'vitest';
import { scorePositions } from './score';

describe('scorePositions', () => {
  it('matches each recorded point with at most one proposal within the tolerance', () => {
    const s = scorePositions([10, 20, 40], [11, 12, 24, 60], 3);
    expect(s.matched).toBe(1);
    expect(s.precision).toBe(0.25);
    expect(s.recall).toBeCloseTo(1 / 3);
    expect(s.f1).toBeCloseTo((2 * 0.25 * (1 / 3)) / (0.25 + 1 / 3));
  });

  it('pairs as many as it can, so a near proposal is not taken from the only point it fits', () => {
    expect(scorePositions([10, 13], [12, 16], 3).matched).toBe(2);
  });

  it('has no F1 when nothing was recorded or proposed, and 0 when only one side has points', () => {
    expect(scorePositions([], [], 3).f1).toBeNull();
    expect(scorePositions([], [5], 3).f1).toBe(0);
    expect(scorePositions([5], [], 3).f1).toBe(0);
  });
});
