import { describe, expect, it } from 'vitest';
import { ndcgAt, reciprocalRank, score } from './metrics';

const set = (...ids: string[]) => new Set(ids);

describe('search evaluation measures', () => {
  it('gives nDCG@k for binary relevance, 1 for an ideal order', () => {
    expect(ndcgAt(10, ['a', 'b', 'x'], set('a', 'b'))).toBe(1);
    // Relevant at ranks 2 and 3 instead of 1 and 2.
    const dcg = 1 / Math.log2(3) + 1 / Math.log2(4);
    const ideal = 1 + 1 / Math.log2(3);
    expect(ndcgAt(10, ['x', 'a', 'b'], set('a', 'b'))).toBeCloseTo(dcg / ideal, 10);
    expect(ndcgAt(1, ['x', 'a'], set('a'))).toBe(0);
  });

  it('gives the reciprocal rank of the first relevant result', () => {
    expect(reciprocalRank(['x', 'y', 'a'], set('a'))).toBeCloseTo(1 / 3, 10);
    expect(reciprocalRank(['x'], set('a'))).toBe(0);
  });

  it('micro-averages precision and recall over queries, and counts empty answers to queries with nothing relevant', () => {
    const s = score([
      { ranked: ['a', 'b', 'x'], relevant: set('a', 'b', 'c') }, // 2 of 3 returned relevant, 2 of 3 relevant found
      { ranked: ['d'], relevant: set('d') },
      { ranked: [], relevant: set() },
      { ranked: ['z'], relevant: set() },
    ]);
    expect(s.precision).toBeCloseTo(3 / 5, 10);
    expect(s.recall).toBeCloseTo(3 / 4, 10);
    expect(s.f1).toBeCloseTo((2 * 0.6 * 0.75) / 1.35, 10);
    expect(s.precisionAt10).toBeCloseTo((2 / 3 + 1) / 2, 10);
    expect(s.mrr).toBe(1);
    expect([s.emptyWhenNothing, s.nothingRelevant]).toEqual([1, 2]);
  });
});
