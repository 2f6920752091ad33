import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ingestDocument } from '../corpus/ingest';
import { testEntry } from '../corpus/testEntry';
import type { Corpus } from '../corpus/types';
import { loadCorpus } from '../node/seeds';
import { analyze } from './analyze';
import { loadGlossary, type CompiledGlossary } from './glossary';
import { decodeIndex, decodeVocabulary, encodeIndex } from './index-file';
import { intersect, union } from './postings';
import { parseQuery } from './query';
import { SearchEngine, verifyAnalysis } from './search';

/**
 * The reference: every paragraph analysed and checked against the query (what the engine did for every candidate
 * before it answered from the index), ranked by the same rule. The engine must give the same paragraphs, in the same
 * order, with the same score and the same marked spans.
 */
function scan(corpus: Corpus, glossary: CompiledGlossary, query: string) {
  const parsed = parseQuery(query, glossary);
  if (parsed.clauses.length === 0) return [];
  const found: Array<{ at: string; id: number; whole: boolean; same: boolean; score: number; matches: unknown }> = [];
  let id = 0;
  for (const doc of corpus.documents) {
    for (const p of doc.paragraphs) {
      const v = verifyAnalysis(analyze(p.text, glossary), parsed.clauses);
      if (v) {
        const score = v.score + (p.kind === 'heading' ? 0.05 : 0);
        const same = parsed.language !== null && doc.language === parsed.language;
        found.push({ at: `${doc.id}#${p.index}`, id, whole: v.whole, same, score, matches: v.matches });
      }
      id++;
    }
  }
  return found
    .sort(
      (a, b) =>
        Number(b.whole) - Number(a.whole) || Number(b.same) - Number(a.same) || b.score - a.score || a.id - b.id,
    )
    .map((f) => ({ at: f.at, score: Math.round(f.score * 1000) / 1000, matches: f.matches }));
}

function engineAnswer(engine: SearchEngine, query: string) {
  return engine
    .search(query, { limit: Number.MAX_SAFE_INTEGER })
    .hits.map((h) => ({ at: `${h.docId}#${h.paragraph}`, score: h.score, matches: h.matches }));
}

const glossary = loadGlossary();

describe('the positional index answers exactly as a check of every paragraph (issue 13)', () => {
  const corpus = loadCorpus('seeds');
  const engine = SearchEngine.build(corpus, glossary, { spelling: false });
  const labelled = ['dev', 'heldout'].flatMap(
    (split) =>
      (
        JSON.parse(readFileSync(`renderer/core/search/eval/${split}/queries.json`, 'utf8')) as {
          queries: Array<{ query: string }>;
        }
      ).queries,
  );

  it('on the five documents, for every labelled query and then some: same hits, order, scores and spans', () => {
    const queries = [
      ...labelled.map((q) => q.query),
      'new materials',
      '"new materials"',
      '"green development"',
      '新材料',
      '新舊動能轉換',
      '山',
      'high-end',
      'high end',
      'GDP 5%',
      'Jinan Qingdao',
      '"the of and"',
      '济南 Jinan',
      'peak carbon emissions',
      '"high-end aluminum"',
    ];
    expect(queries.length).toBeGreaterThan(50);
    for (const q of queries) expect(engineAnswer(engine, q), q).toEqual(scan(corpus, glossary, q));
  });

  it('gives totals and counts per document from the index, the same as the hits they count', () => {
    for (const q of ['green', 'Jinan', '新旧动能转换', 'new materials']) {
      const all = engine.search(q, { limit: Number.MAX_SAFE_INTEGER });
      const page = engine.search(q, { limit: 3 });
      expect(page.total).toBe(all.hits.length);
      expect(page.hits).toEqual(all.hits.slice(0, 3));
      const counted: Record<string, number> = {};
      for (const h of all.hits) counted[h.docId] = (counted[h.docId] ?? 0) + 1;
      expect(page.perDocument).toEqual(counted);
    }
  });

  it('answers the same through the shipped bytes, and refuses bytes that are not an index or are cut short', async () => {
    const { index: bytes, words } = encodeIndex(await engine.export());
    const loaded = SearchEngine.load(corpus, glossary, decodeIndex(bytes, words), { spelling: false });
    for (const q of ['new materials', '山東', "Tai'an", '"high-end aluminum"'])
      expect(loaded.search(q)).toEqual(engine.search(q));
    // Unaligned in memory: read from a copy.
    const shifted = new Uint8Array(bytes.length + 1).subarray(1);
    shifted.set(bytes);
    expect(SearchEngine.load(corpus, glossary, decodeIndex(shifted, words)).search('Jinan').total).toBe(
      engine.search('Jinan').total,
    );
    expect(() => decodeIndex(new TextEncoder().encode('{"version":2}'))).toThrow(/not one this program wrote/);
    expect(() => decodeIndex(bytes.subarray(0, bytes.length - 8))).toThrow(/cut short/);
    expect(() => SearchEngine.load({ documents: corpus.documents.slice(1) }, glossary, decodeIndex(bytes))).toThrow(
      /rebuild it/,
    );
  });

  it('ships the vocabulary apart: loaded without it, search answers what it knows and says when it needs it', async () => {
    const { index, words } = encodeIndex(await engine.export());
    const whole = SearchEngine.load(corpus, glossary, decodeIndex(index, words));
    const partial = SearchEngine.load(corpus, glossary, decodeIndex(index));
    for (const q of ['new materials', '山東', '"high-end aluminum"', 'Qingdao', '   '])
      expect(partial.needsVocabulary(q), q).toBe(false);
    expect(partial.search('new materials')).toEqual(whole.search('new materials'));
    // A word it does not know: a correction is looked for among the corpus's words, which are not here yet.
    for (const q of ['hydorgen', 'Qingdoa economy']) expect(partial.needsVocabulary(q), q).toBe(true);
    expect(() => partial.search('hydorgen')).toThrow(/vocabulary/);
    partial.addVocabulary(decodeVocabulary(words));
    expect(partial.needsVocabulary('hydorgen')).toBe(false);
    expect(partial.search('hydorgen')).toEqual(whole.search('hydorgen'));
    expect(partial.search('hydorgen').suggestion).toBe('hydrogen');
    // Spelling turned off never needs it.
    expect(
      SearchEngine.load(corpus, glossary, decodeIndex(index), { spelling: false }).needsVocabulary('hydorgen'),
    ).toBe(false);
    // Each file is refused for the other, cut short, or of the version before.
    // Unaligned in a Node Buffer (whose slice is a view, not a copy), as a file read beside others may come.
    const buffer = Buffer.concat([Buffer.from([1]), Buffer.from(words)]).subarray(1);
    expect(decodeVocabulary(buffer).counts).toEqual(decodeVocabulary(words).counts);
    expect(() => decodeVocabulary(index)).toThrow(/search vocabulary file is not one this program wrote/);
    expect(() => decodeIndex(words)).toThrow(/search index file is not one this program wrote/);
    expect(() => decodeVocabulary(words.subarray(0, words.length - 4))).toThrow(/cut short/);
    const older = index.slice();
    new DataView(older.buffer).setUint32(4, 3, true);
    expect(() => decodeIndex(older)).toThrow(/version 3 is not supported: rebuild it/);
  });

  // Text the engine was not written against: generated paragraphs of words that make phrases, hyphens, numbers,
  // Traditional and Simplified, concepts and their broader forms, with punctuation between; generated queries.
  const piece = fc.constantFrom(
    'green',
    'development',
    'green development',
    'new',
    'materials',
    'new-materials',
    'high',
    'end',
    'high-end',
    'Jinan',
    "Tai'an",
    '5%',
    '5.5',
    'GDP',
    'the',
    'of',
    '新材料',
    '新',
    '材料',
    '绿色',
    '綠色發展',
    '绿色发展',
    '济南',
    '濟南',
    '新旧动能转换',
    '動能',
    ',',
    '.',
    '。',
    '，',
    ' - ',
    // What else may stand between a phrase's words: other hyphens and dashes, other spaces.
    '\u2010',
    ' \u2013 ',
    '\u00a0',
    '\u3000',
    // A character outside the BMP: two code units, a bigram of its own.
    '𠀀',
    '𠀀材',
  );
  const paragraph = fc
    .array(piece, { minLength: 1, maxLength: 14 })
    .map((ps) => ps.join(' ').replace(/ ([,.。，])/g, '$1'));
  const query = fc.tuple(fc.array(piece, { minLength: 1, maxLength: 3 }), fc.boolean()).map(([ps, quoted]) => {
    const q = ps.filter((p) => !/^[,.。，]$/.test(p)).join(' ');
    return quoted ? `"${q}"` : q;
  });

  it('takes a phrase across every kind of space and hyphen, and across nothing else', () => {
    const texts = [
      'High-end aluminum and high\u2010end steel.',
      'High \u2013 end parts, high\u00a0end tools.',
      'High\u3000end, and high. End of the list; high, end.',
      '高端铝材，𠀀材 and 𠀀 材。',
    ];
    const doc = ingestDocument(testEntry({ id: 'spaces' }), 'spaces.txt', `Spaces\n${texts.join('\n')}`);
    const spaces: Corpus = { documents: [doc], missing: [] };
    const built = SearchEngine.build(spaces, glossary, { spelling: false });
    for (const q of ['"high end"', '"high-end"', 'high end', '𠀀材', '𠀀', '"𠀀 材"']) {
      expect(engineAnswer(built, q), q).toEqual(scan(spaces, glossary, q));
      expect(scan(spaces, glossary, q).length, q).toBeGreaterThan(0);
    }
    // Every one of the five joined by spaces and hyphens; none of the three joined by punctuation.
    expect(built.search('"high end"').hits.flatMap((h) => h.matches).length).toBe(5);
  });

  it('on generated paragraphs and queries (property, fixed seed)', () => {
    fc.assert(
      fc.property(
        fc.array(paragraph, { minLength: 1, maxLength: 25 }),
        fc.array(query, { minLength: 1, maxLength: 5 }),
        (texts, queries) => {
          const doc = ingestDocument(testEntry({ id: 'generated' }), 'generated.txt', `Generated\n${texts.join('\n')}`);
          const generated: Corpus = { documents: [doc], missing: [] };
          const built = SearchEngine.build(generated, glossary, { spelling: false });
          for (const q of queries) expect(engineAnswer(built, q), q).toEqual(scan(generated, glossary, q));
        },
      ),
      { seed: 20261123, numRuns: 150 },
    );
  });
});

describe('sorted lists of paragraph ids', () => {
  it('intersects with the place of each id in every list, and unites without repeats', () => {
    const r = intersect([
      [1, 3, 5, 7, 9, 11],
      [3, 4, 5, 11],
      [0, 3, 11, 12],
    ]);
    expect(r.pids).toEqual([3, 11]);
    expect(r.at).toEqual([
      [1, 5],
      [0, 3],
      [1, 2],
    ]);
    expect(union([[1, 4], [], [2, 4, 6], Int32Array.from([0, 6])])).toEqual([0, 1, 2, 4, 6]);
  });
});
