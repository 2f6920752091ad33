import { describe, expect, it } from 'vitest';
import { agreement, packSets, percentile, unpackSets } from './measure';

describe('recall and precision against the reference', () => {
  it('pool every (query, paragraph) pair', () => {
    // Reference 4 pairs; found 4 pairs, 3 of them right: one missed in the first query, one extra in the second.
    const result = agreement([[1, 2, 3], [], [4]], [[1, 2], [5], [4]]);
    expect(result.recall).toBe(0.75);
    expect(result.precision).toBe(0.75);
    expect(result.differing).toEqual([0, 1]);
  });

  it('weigh a query by its number of results, not one per query', () => {
    const result = agreement([[1, 2, 3, 4, 5, 6, 7, 8, 9], [1]], [[1, 2, 3, 4, 5, 6, 7, 8, 9], []]);
    expect(result.recall).toBe(0.9);
    expect(result.precision).toBe(1);
  });

  it('are 1 when both find nothing, and for the same sets in another order', () => {
    expect(agreement([[], []], [[], []])).toEqual({ recall: 1, precision: 1, differing: [] });
    expect(agreement([[3, 1, 2]], [[1, 2, 3]])).toEqual({ recall: 1, precision: 1, differing: [] });
  });

  it('are 0 when nothing found is right', () => {
    expect(agreement([[1]], [[2]])).toEqual({ recall: 0, precision: 0, differing: [0] });
  });

  it('refuse sets of different numbers of queries', () => {
    expect(() => agreement([[1]], [])).toThrow();
  });
});

describe('percentiles', () => {
  it('are nearest-rank', () => {
    const values = Array.from({ length: 100 }, (_, i) => 100 - i);
    expect(percentile(values, 50)).toBe(50);
    expect(percentile(values, 95)).toBe(95);
    expect(percentile(values, 99)).toBe(99);
    expect(percentile(values, 100)).toBe(100);
    expect(percentile([7], 95)).toBe(7);
  });
});

describe('result sets between threads', () => {
  it('pack and unpack to the same sets', () => {
    const sets = [[1, 2], [], [5, 9, 11]];
    expect(unpackSets(packSets(sets)).map((s) => Array.from(s))).toEqual(sets);
  });
});
