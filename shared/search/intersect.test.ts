import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { intersect, seek, unionMask } from './intersect';

const sortedIds = fc
  .uniqueArray(fc.integer({ min: 0, max: 300 }), { maxLength: 120 })
  .map((xs) => Uint32Array.from(xs.sort((a, b) => a - b)));

describe('seek', () => {
  it('finds the first value at least the target, from any start', () => {
    fc.assert(
      fc.property(sortedIds, fc.integer({ min: 0, max: 320 }), (list, target) => {
        const expected = list.findIndex((v) => v >= target);
        expect(seek(list, 0, target)).toBe(expected === -1 ? list.length : expected);
      }),
    );
  });
});

describe('intersect', () => {
  it('equals a naive intersection under a mask and a predicate', () => {
    fc.assert(
      fc.property(
        fc.array(sortedIds, { minLength: 1, maxLength: 4 }),
        fc.uniqueArray(fc.integer({ min: 0, max: 300 })),
        (lists, masked) => {
          const mask = new Uint8Array(301);
          for (const id of masked) mask[id] = 1;
          const keep = (id: number) => id % 3 !== 0;
          const naive = [...lists[0]!].filter(
            (id) => lists.every((l) => l.includes(id)) && mask[id] === 1 && keep(id),
          );
          expect(intersect(lists, mask, keep)).toEqual(naive);
        },
      ),
    );
  });

  it('gives nothing for no lists', () => {
    expect(intersect([], null, () => true)).toEqual([]);
  });
});

describe('unionMask', () => {
  it('marks exactly the ids of the lists', () => {
    const mask = unionMask([Uint32Array.of(1, 4), Uint32Array.of(4, 6)], 8);
    expect([...mask]).toEqual([0, 1, 0, 0, 1, 0, 1, 0]);
  });
});
