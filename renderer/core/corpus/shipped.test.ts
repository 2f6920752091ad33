import { describe, expect, it } from 'vitest';
import { fuzzyAnchor } from '../notes/anchor';
import { describeQuote } from '../notes/anchor';
import { loadCorpus } from '../node/seeds';
import { loadGlossary } from '../search/glossary';
import { SearchEngine } from '../search/search';
import { searchCorpus } from './shipped';

describe('the corpus the search worker reads (issue 13)', () => {
  const corpus = loadCorpus('seeds');
  const slim = searchCorpus(corpus);
  const glossary = loadGlossary();

  it('is much smaller, and searches and places notes exactly as the whole corpus does', () => {
    expect(JSON.stringify(slim).length).toBeLessThan(JSON.stringify(corpus).length * 0.6);
    const whole = SearchEngine.build(corpus, glossary);
    const fromSlim = SearchEngine.build(slim, glossary);
    for (const q of ['new materials', '山東', '"high-end aluminum"', 'hydorgen', 'Jinan 5%'])
      expect(fromSlim.search(q, { limit: 1000 })).toEqual(whole.search(q, { limit: 1000 }));
    const doc = corpus.documents[1]!;
    const p = doc.paragraphs[3]!;
    const note = {
      id: 'ann-00000001',
      docId: doc.id,
      paragraphId: p.id,
      paragraph: p.index,
      quote: describeQuote(p.text, 10, 40),
      position: { start: 10, end: 40 },
      color: 'yellow' as const,
      note: '',
      tags: [],
      created: '2026-01-01T00:00:00.000Z',
      modified: '2026-01-01T00:00:00.000Z',
    };
    expect(fuzzyAnchor(slim.documents[1]!, note)).toEqual(fuzzyAnchor(doc, note));
  });
});
