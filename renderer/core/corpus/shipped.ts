// What the build ships beside the page besides the index: the corpus in the form the page loads and the form the
// search worker loads, and where each original text is served.
import type { Corpus, MissingDocument, Paragraph, PolicyDocument } from './types';

/** A paragraph as search and placing notes read it: its place, stable id, kind and text. */
export type SearchParagraph = Pick<Paragraph, 'index' | 'id' | 'kind' | 'text'>;

/** A document as search reads it: its id, language and paragraphs. */
export interface SearchDocument {
  readonly id: PolicyDocument['id'];
  readonly language: PolicyDocument['language'];
  readonly paragraphs: readonly SearchParagraph[];
}

/** What search reads of a corpus (a whole `Corpus` is one). */
export interface SearchCorpus {
  readonly documents: readonly SearchDocument[];
}

/**
 * The corpus as the search worker reads it (search-corpus.json): for each document its id and language, for each
 * paragraph its place, id, kind and text; nothing the reader alone shows (titles, the original file text, sentences,
 * the cleaning records, where each paragraph was in the file). At 10 MB of text that is 11.2 MB where corpus.json is
 * 12.6, so the worker, which starts beside the page, fetches and parses less before it can answer the first search.
 */
export function searchCorpus(corpus: SearchCorpus): SearchCorpus {
  return {
    documents: corpus.documents.map((d) => ({
      id: d.id,
      language: d.language,
      paragraphs: d.paragraphs.map((p) => ({ index: p.index, id: p.id, kind: p.kind, text: p.text })),
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

/** What the library and the search results show of a document: everything but its text, with its length counted. */
export type LibraryDocument = Pick<
  PolicyDocument,
  'id' | 'file' | 'titles' | 'date' | 'publisher' | 'source' | 'language' | 'script'
> & {
  readonly paragraphCount: number;
  readonly length: DocumentLength;
};

/** The library as the page loads it first (`library.json`): a few kilobytes, where corpus.json is the whole text. */
export interface Library {
  readonly documents: readonly LibraryDocument[];
  readonly missing: readonly MissingDocument[];
}

/** Length as a reader of the document's language counts it: words for English, characters for Chinese. */
export interface DocumentLength {
  readonly count: number;
  readonly unit: 'words' | 'characters';
}

export function documentLength(doc: Pick<PolicyDocument, 'language' | 'paragraphs'>): DocumentLength {
  if (doc.language === 'zh') {
    const count = doc.paragraphs.reduce((n, p) => n + [...p.text.matchAll(/\p{Script=Han}/gu)].length, 0);
    return { count, unit: 'characters' };
  }
  const count = doc.paragraphs.reduce((n, p) => n + (p.text.match(/\S+/g)?.length ?? 0), 0);
  return { count, unit: 'words' };
}

/** A document as the library shows it. */
export function libraryDocument(doc: PolicyDocument): LibraryDocument {
  const { id, file, titles, date, publisher, source, language, script } = doc;
  const length = documentLength(doc);
  return { id, file, titles, date, publisher, source, language, script, paragraphCount: doc.paragraphs.length, length };
}

/**
 * The library: what the page draws its first screen from (the library, and search results, whose text comes from the
 * search worker), before it has loaded the documents' text, which at 10 MB of text is a 12 MB corpus.json.
 */
export function libraryOf(corpus: Corpus): Library {
  return { documents: corpus.documents.map(libraryDocument), missing: corpus.missing };
}
