import { describe, expect, it } from 'vitest';
import { fuzzyAnchor } from '../notes/anchor';
import { describeQuote } from '../notes/anchor';
import { loadCorpus } from '../node/seeds';
import { loadGlossary } from '../search/glossary';
import { SearchEngine } from '../search/search';
import { libraryOf, searchCorpus } from './shipped';

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

describe('the library the page draws its first screen from (issue 13)', () => {
  const corpus = loadCorpus('seeds');
  const library = libraryOf(corpus);

  it('holds every document, in order, with its length counted, and none of its text', () => {
    expect(library.documents.map((d) => d.id)).toEqual(corpus.documents.map((d) => d.id));
    expect(library.missing).toEqual(corpus.missing);
    const json = JSON.stringify(library);
    expect(json.length).toBeLessThan(JSON.stringify(corpus).length / 20);
    for (const [i, d] of library.documents.entries()) {
      const doc = corpus.documents[i]!;
      expect(d.paragraphCount).toBe(doc.paragraphs.length);
      expect(Object.keys(d).sort()).toEqual(
        [
          'date',
          'file',
          'id',
          'language',
          'length',
          'paragraphCount',
          'publisher',
          'script',
          'source',
          'titles',
        ].sort(),
      );
    }
    // Words for English, Han characters for Chinese: 000 is English, 003 Simplified Chinese.
    const [en, zh] = [library.documents[0]!, library.documents[3]!];
    expect(en.length.unit).toBe('words');
    expect(en.length.count).toBe(
      corpus.documents[0]!.paragraphs.reduce((n, p) => n + p.text.split(/\s+/).filter(Boolean).length, 0),
    );
    expect(zh.length.unit).toBe('characters');
    expect(zh.length.count).toBe(
      corpus.documents[3]!.paragraphs.reduce((n, p) => n + (p.text.match(/\p{Script=Han}/gu) ?? []).length, 0),
    );
  });
});
