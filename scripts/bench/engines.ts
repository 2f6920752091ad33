// The three engines the benchmark compares, all on the reader's own analyzer and query parser, so they differ only in
// how they find paragraphs:
//   reader      the program's SearchEngine, as the reader uses it: built, exported to bytes, loaded from them;
//   minisearch  the MiniSearch library fed the same index terms; its answer is its candidates, not verified;
//   scan        every paragraph analyzed once at build, every query checked against every one of them
//               (verifyAnalysis): the reader's own definition of a match, so the correctness reference.
import MiniSearch, { type Query } from 'minisearch';
import type { Corpus } from '../../renderer/core/corpus/types';
import { analyze, indexTerms, type Analysis } from '../../renderer/core/search/analyze';
import type { CompiledGlossary } from '../../renderer/core/search/glossary';
import { decodeIndex, encodeIndex } from '../../renderer/core/search/index-file';
import { parseQuery, type Alternative, type Clause } from '../../renderer/core/search/query';
import { SearchEngine, verifyAnalysis, type SearchHit } from '../../renderer/core/search/search';

export type EngineName = 'reader' | 'minisearch' | 'scan';
export const ENGINES: readonly EngineName[] = ['reader', 'minisearch', 'scan'];

/** What the screen shows first: the best 50 paragraphs. */
export const PAGE = 50;

export interface PageResult {
  /** How many paragraphs the engine says match (the reader's `total`; the others count what they found). */
  readonly total: number;
  /** The reader's "Did you mean" correction, whose hits it lists after the query's own; null for the others. */
  readonly suggestion: string | null;
  /** The reader's hits, with their marked spans (for checking them); empty for the others. */
  readonly hits: readonly SearchHit[];
}

export interface LoadedEngine {
  /** The first page of results, as the screen needs it: this is what is timed. */
  page(query: string): PageResult;
  /**
   * Every paragraph found, as positions in the corpus (documents in order, paragraphs in order). `suggestion` is
   * the reader's correction of the query: the other engines answer it too, as the reader lists its hits as well.
   */
  all(query: string, suggestion: string | null): number[];
}

/** Each document's first position in the corpus's run of paragraphs. */
export function documentStarts(corpus: Corpus): Map<string, number> {
  const starts = new Map<string, number>();
  let at = 0;
  for (const d of corpus.documents) {
    starts.set(d.id, at);
    at += d.paragraphs.length;
  }
  return starts;
}

// ---- reader ----

/**
 * The reader's two files (search-index.bin and search-words.bin) as one run of bytes for the benchmark to measure and
 * pass on: where the vocabulary starts (4 bytes), the index, up to 3 bytes of padding, the vocabulary. Each file is
 * 4-byte aligned, so each is read in place as the worker reads its own (a copy would count in the memory measured).
 */
export async function buildReader(corpus: Corpus, glossary: CompiledGlossary): Promise<Uint8Array> {
  const files = encodeIndex(await SearchEngine.build(corpus, glossary).export());
  const split = Math.ceil((4 + files.index.length) / 4) * 4;
  const bytes = new Uint8Array(split + files.words.length);
  new DataView(bytes.buffer).setUint32(0, split, true);
  bytes.set(files.index, 4);
  bytes.set(files.words, split);
  return bytes;
}

/** Loaded with its vocabulary (the reader fetches it just after): what a search of any query needs. */
export function loadReader(corpus: Corpus, glossary: CompiledGlossary, bytes: Uint8Array): LoadedEngine {
  const split = new DataView(bytes.buffer, bytes.byteOffset).getUint32(0, true);
  const index = decodeIndex(bytes.subarray(4, split), bytes.subarray(split));
  const engine = SearchEngine.load(corpus, glossary, index);
  const starts = documentStarts(corpus);
  return {
    page(query) {
      const result = engine.search(query, { limit: PAGE });
      return { total: result.total, suggestion: result.suggestion, hits: result.hits };
    },
    all(query) {
      // The reader answers its correction itself (its hits marked `approximate`).
      return engine
        .search(query, { limit: Number.MAX_SAFE_INTEGER })
        .hits.map((h) => starts.get(h.docId)! + h.paragraph);
    },
  };
}

// ---- minisearch ----

/** Index terms contain no spaces: a paragraph's terms travel as one string, split again on spaces. */
const MINISEARCH_OPTIONS = {
  fields: ['terms'],
  idField: 'id',
  tokenize: (text: string) => text.split(' ').filter(Boolean),
  processTerm: (term: string) => term,
  searchOptions: { tokenize: (text: string) => [text], processTerm: (term: string) => term },
};

/** The index terms a text must hold to contain an alternative (as the reader's own index looks them up). */
function alternativeTerms(alternative: Alternative): string[] {
  if (alternative.kind === 'words') return [...alternative.terms];
  if (alternative.kind === 'concept') return [`§${alternative.id}`];
  const chars = [...alternative.phrase];
  if (chars.length === 1) return chars;
  return [...new Set(chars.slice(1).map((c, i) => chars[i]! + c))];
}

/** The query as MiniSearch's tree: every clause (AND), each through any alternative (OR), each all its terms (AND). */
export function queryTree(clauses: readonly Clause[]): Query {
  return {
    combineWith: 'AND',
    queries: clauses.map((clause) => ({
      combineWith: 'OR',
      queries: clause.alternatives.map((a) => ({ combineWith: 'AND', queries: alternativeTerms(a) })),
    })),
  };
}

export function buildMiniSearch(corpus: Corpus, glossary: CompiledGlossary): Uint8Array {
  const index = new MiniSearch(MINISEARCH_OPTIONS);
  let id = 0;
  // One paragraph at a time, so no list of every paragraph's terms is held at once.
  for (const d of corpus.documents)
    for (const p of d.paragraphs) index.add({ id: id++, terms: indexTerms(analyze(p.text, glossary)).join(' ') });
  return new TextEncoder().encode(JSON.stringify(index));
}

export function loadMiniSearch(glossary: CompiledGlossary, bytes: Uint8Array): LoadedEngine {
  const index = MiniSearch.loadJSON(new TextDecoder().decode(bytes), MINISEARCH_OPTIONS);
  const found = (query: string): number[] => {
    const { clauses } = parseQuery(query, glossary);
    return clauses.length === 0 ? [] : index.search(queryTree(clauses)).map((r) => r.id as number);
  };
  return {
    page(query) {
      // MiniSearch scores and sorts every result it finds; the first 50 of them are the page.
      return { total: found(query).length, suggestion: null, hits: [] };
    },
    all(query, suggestion) {
      return union(found(query), suggestion === null ? [] : found(suggestion));
    },
  };
}

// ---- scan ----

export function buildScan(corpus: Corpus, glossary: CompiledGlossary): LoadedEngine {
  const analyses: Analysis[] = corpus.documents.flatMap((d) => d.paragraphs.map((p) => analyze(p.text, glossary)));
  const verified = (query: string): Array<{ id: number; score: number }> => {
    const { clauses } = parseQuery(query, glossary);
    if (clauses.length === 0) return [];
    const out: Array<{ id: number; score: number }> = [];
    analyses.forEach((a, id) => {
      const verdict = verifyAnalysis(a, clauses);
      if (verdict !== null) out.push({ id, score: verdict.score });
    });
    return out;
  };
  return {
    page(query) {
      // The same job as the others' first page: every match found, the best 50 picked.
      const found = verified(query);
      found.sort((a, b) => b.score - a.score || a.id - b.id);
      return { total: found.length, suggestion: null, hits: [] };
    },
    all(query, suggestion) {
      const ids = (q: string) => verified(q).map((v) => v.id);
      return union(ids(query), suggestion === null ? [] : ids(suggestion));
    },
  };
}

function union(a: readonly number[], b: readonly number[]): number[] {
  return [...new Set([...a, ...b])].sort((x, y) => x - y);
}
