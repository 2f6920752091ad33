// What the build ships beside the page besides the index: the corpus in the form the page loads and the form the
// search worker loads, and where each original text is served.
import type { Corpus } from './types';

/**
 * The corpus as the search worker reads it: every document's paragraphs with their text, kind and place, without
 * what only the reader shows (each document's original file text, the sentences, the cleaning records). That is about
 * half of corpus.json, so the worker, which starts beside the page, fetches and parses half as much before it can
 * answer the first search.
 */
export function searchCorpus(corpus: Corpus): Corpus {
  return {
    missing: corpus.missing,
    documents: corpus.documents.map((d) => ({
      ...d,
      original: '',
      dropped: [],
      removals: {},
      paragraphs: d.paragraphs.map((p) => ({ ...p, sentences: [], gaps: [] })),
    })),
  };
}

/**
 * The corpus as the page loads it at start: everything but each document's original file text, which the reader
 * shows only when asked ("Show original") and fetches then, from `originals/<id>.txt`. The originals are about half
 * of the corpus; the page drawing its first screen should not wait for them.
 */
export function withoutOriginals(corpus: Corpus): Corpus {
  return { missing: corpus.missing, documents: corpus.documents.map((d) => ({ ...d, original: '' })) };
}

/** Where a document's original text is served, beside corpus.json (ids are lower-case letters, digits, hyphens). */
export function originalPath(docId: string): string {
  if (!/^[a-z0-9-]+$/.test(docId)) throw new Error(`not a document id: ${docId}`);
  return `originals/${docId}.txt`;
}
