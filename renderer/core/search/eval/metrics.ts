/**
 * Measures for a ranked list of results against hand-labelled relevant items: what `npm run eval:search` prints.
 * Plain functions over ids, so they run anywhere and are checked against worked examples.
 */

export interface QueryOutcome {
  /** What the engine returned, best first. */
  readonly ranked: readonly string[];
  /** What a reader would want found. */
  readonly relevant: ReadonlySet<string>;
}

export interface Scores {
  readonly queries: number;
  /** Relevant results among everything returned, summed over the queries (micro-averaged). */
  readonly precision: number;
  /** Relevant items returned, summed over the queries (micro-averaged). */
  readonly recall: number;
  readonly f1: number;
  /**
   * Mean over the queries that have relevant items of the share of the first ten results that are relevant, out of
   * as many places as there are relevant items when they are fewer than ten (so a perfect list scores 1).
   */
  readonly precisionAt10: number;
  /** Mean over the queries that have relevant items of nDCG@10 (binary relevance). */
  readonly ndcgAt10: number;
  /** Mean reciprocal rank of the first relevant result (0 when none is returned). */
  readonly mrr: number;
  /** Queries with nothing relevant that were answered with nothing. */
  readonly emptyWhenNothing: number;
  /** Queries with nothing relevant. */
  readonly nothingRelevant: number;
}

export function ndcgAt(k: number, ranked: readonly string[], relevant: ReadonlySet<string>): number {
  let dcg = 0;
  ranked.slice(0, k).forEach((id, i) => {
    if (relevant.has(id)) dcg += 1 / Math.log2(i + 2);
  });
  let ideal = 0;
  for (let i = 0; i < Math.min(k, relevant.size); i++) ideal += 1 / Math.log2(i + 2);
  return ideal === 0 ? 0 : dcg / ideal;
}

export function reciprocalRank(ranked: readonly string[], relevant: ReadonlySet<string>): number {
  const at = ranked.findIndex((id) => relevant.has(id));
  return at === -1 ? 0 : 1 / (at + 1);
}

export function score(outcomes: readonly QueryOutcome[]): Scores {
  let returned = 0;
  let wanted = 0;
  let hits = 0;
  let p10 = 0;
  let ndcg = 0;
  let mrr = 0;
  let ranked = 0;
  let emptyWhenNothing = 0;
  let nothingRelevant = 0;
  for (const { ranked: list, relevant } of outcomes) {
    const found = list.filter((id) => relevant.has(id)).length;
    returned += list.length;
    wanted += relevant.size;
    hits += found;
    if (relevant.size === 0) {
      nothingRelevant++;
      if (list.length === 0) emptyWhenNothing++;
      continue;
    }
    ranked++;
    p10 += list.slice(0, 10).filter((id) => relevant.has(id)).length / Math.min(10, relevant.size);
    ndcg += ndcgAt(10, list, relevant);
    mrr += reciprocalRank(list, relevant);
  }
  const precision = returned === 0 ? 1 : hits / returned;
  const recall = wanted === 0 ? 1 : hits / wanted;
  return {
    queries: outcomes.length,
    precision,
    recall,
    f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall),
    precisionAt10: ranked === 0 ? 1 : p10 / ranked,
    ndcgAt10: ranked === 0 ? 1 : ndcg / ranked,
    mrr: ranked === 0 ? 1 : mrr / ranked,
    emptyWhenNothing,
    nothingRelevant,
  };
}
