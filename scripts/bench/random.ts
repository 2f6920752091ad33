// Deterministic randomness for the benchmark: the same seed gives the same corpora and queries on every machine,
// so two runs (or two commits) are measured on the same text.

/** mulberry32: a small, fast 32-bit generator; numbers in [0, 1). Plenty for shuffling text, not for secrets. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** FNV-1a over UTF-16 code units: a stable 32-bit number for a string (to seed a generator from a name). */
export function hash32(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** One element of a non-empty list, chosen uniformly. */
export function pick<T>(rng: () => number, items: readonly T[]): T {
  if (items.length === 0) throw new Error('pick from an empty list');
  return items[Math.floor(rng() * items.length)]!;
}

/**
 * A rank from `from` up to `to`, with probability falling as 1/rank (Zipf's law with exponent 1, as word
 * frequencies in text roughly do): log-uniform, so rank 2·r is half as likely as rank r.
 */
export function zipfRank(rng: () => number, from: number, to: number): number {
  return Math.floor(from * Math.exp(rng() * Math.log(to / from)));
}
