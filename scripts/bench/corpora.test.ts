import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../renderer/core/node/seeds';
import { analyze } from '../../renderer/core/search/analyze';
import { NO_GLOSSARY } from '../../renderer/core/search/glossary';
import type { Corpus, Script } from '../../renderer/core/corpus/types';
import { FUNCTION_WORDS, generateCorpus, seedMaterial, textBytes } from './corpora';

const seeds = loadCorpus('seeds');
const shares = seedMaterial(seeds).shares;
const small = generateCorpus(seeds, 150_000);
const larger = generateCorpus(seeds, 500_000);

function bytesByScript(corpus: Corpus): Record<Script, number> {
  const out: Record<Script, number> = { Latn: 0, Hant: 0, Hans: 0 };
  for (const d of corpus.documents) out[d.script] += textBytes({ documents: [d], missing: [] });
  return out;
}

/** Each English content word (as the analyzer stems it) and how many English paragraphs hold it. */
function englishWordHits(corpus: Corpus): { paragraphs: number; hits: Map<string, number> } {
  const hits = new Map<string, number>();
  let paragraphs = 0;
  for (const d of corpus.documents) {
    if (d.language !== 'en') continue;
    for (const p of d.paragraphs) {
      paragraphs++;
      const terms = new Set(analyze(p.text, NO_GLOSSARY).words.map((w) => w.term));
      for (const t of terms) if (/^\p{L}{3,}$/u.test(t) && !FUNCTION_WORDS.has(t)) hits.set(t, (hits.get(t) ?? 0) + 1);
    }
  }
  return { paragraphs, hits };
}

describe('the generated corpora', () => {
  it('are the same text for the same seed, and other text for another', () => {
    const again = generateCorpus(seeds, 150_000);
    expect(JSON.stringify(again)).toBe(JSON.stringify(small));
    const other = generateCorpus(seeds, 150_000, 14);
    expect(other.documents[0]!.original).not.toBe(small.documents[0]!.original);
  });

  it('have the size asked for, within 10%', () => {
    for (const [corpus, target] of [
      [small, 150_000],
      [larger, 500_000],
    ] as const) {
      expect(Math.abs(textBytes(corpus) - target) / target).toBeLessThan(0.1);
    }
  });

  it("keep the seeds' share of English and of Chinese, the Chinese in both scripts", () => {
    const by = bytesByScript(larger);
    const total = textBytes(larger);
    expect(shares.Latn).toBeGreaterThan(0.5);
    expect(shares.Hant + shares.Hans).toBeGreaterThan(0.05);
    for (const script of ['Latn', 'Hant', 'Hans'] as const)
      expect(Math.abs(by[script] / total - shares[script])).toBeLessThan(0.01);
    expect(larger.documents.some((d) => d.language === 'zh' && d.script === 'Hans')).toBe(true);
  });

  it('are documents of realistic size, read by the real ingest', () => {
    const sizes = larger.documents.map((d) => d.paragraphs.length);
    // The last document of each script may be cut short to keep the script's share.
    expect(sizes.filter((n) => n >= 30 && n <= 301).length).toBeGreaterThanOrEqual(sizes.length - 3);
    const first = larger.documents[0]!;
    expect(first.paragraphs[0]!.kind).toBe('heading');
    expect(first.paragraphs.map((p) => p.text).join('\n')).toBe(first.original);
  });

  it('still read as text: words, numbers, city names and runs of Chinese', () => {
    const english = larger.documents.filter((d) => d.language === 'en').flatMap((d) => d.paragraphs.map((p) => p.text));
    const chinese = larger.documents.filter((d) => d.language === 'zh').flatMap((d) => d.paragraphs.map((p) => p.text));
    expect(english.some((t) => /\d/.test(t))).toBe(true);
    expect(english.some((t) => /\b(Jinan|Qingdao|Yantai|Weifang|Zibo)\b/.test(t))).toBe(true);
    expect(chinese.every((t) => /\p{Script=Han}{2}/u.test(t))).toBe(true);
  });

  it('widen the vocabulary: more distinct words as they grow, and no content word in half the paragraphs', () => {
    const a = englishWordHits(small);
    const b = englishWordHits(larger);
    expect(b.hits.size).toBeGreaterThan(a.hits.size * 1.8);
    const commonest = Math.max(...b.hits.values());
    expect(commonest / b.paragraphs).toBeLessThan(0.3);
    // The seeds themselves have far fewer distinct words than a corpus ten times their size.
    expect(b.hits.size).toBeGreaterThan(englishWordHits(seeds).hits.size * 3);
  });
});
