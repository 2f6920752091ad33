import { Index } from 'flexsearch';
import type { Corpus, Language, Paragraph, PolicyDocument, Span } from '../corpus/types';
import { analyze, CONCEPT_PREFIX, hanTerms, indexTerms, phraseAt, type Analysis } from './analyze';
import { foldWord, plainWord } from './fold';
import { NO_GLOSSARY, type CompiledGlossary } from './glossary';
import { parseQuery, type Alternative, type Clause, type ParsedQuery } from './query';
import { inCaseOf, Speller } from './spelling';

/** How the engine behaves; the defaults are the reader's. The alternatives exist so the evaluation can compare them. */
export interface EngineOptions {
  /** Correct misspelled English words ("Did you mean …"). */
  readonly spelling?: boolean;
  /** `quality`: a whole match before scattered words, then the query's language; `language`: the language first. */
  readonly rank?: 'quality' | 'language';
}

export interface SearchOptions {
  readonly limit?: number;
  /** Only documents in this language. */
  readonly language?: Language | null;
  /** Only these documents. */
  readonly docIds?: readonly string[] | null;
}

export interface SearchHit {
  readonly docId: string;
  readonly paragraph: number;
  /** Matched spans in the paragraph's cleaned text, sorted, not overlapping. */
  readonly matches: readonly Span[];
  readonly score: number;
  /** Found only by the corrected query ("Did you mean …"), so listed after every hit of the query as typed. */
  readonly approximate?: true;
  /** A short excerpt around the best match, with the matches in excerpt offsets. */
  readonly snippet: { readonly text: string; readonly matches: readonly Span[] };
}

export interface SearchResult {
  readonly query: string;
  readonly truncated: boolean;
  /** Matching paragraphs in all (hits may be fewer, by the limit). */
  readonly total: number;
  /** Matching paragraphs per document, before the limit. */
  readonly perDocument: Readonly<Record<string, number>>;
  readonly hits: readonly SearchHit[];
  /** The query with its misspelled words corrected ("Did you mean …"), when some word is not one search knows. */
  readonly suggestion: string | null;
}

/** The exported index, as shipped with the app. */
export interface ExportedIndex {
  readonly version: 2;
  readonly parts: Readonly<Record<string, string>>;
  /** Every word of the corpus (plain: lower case, no diacritics) and how often it occurs, for spelling correction. */
  readonly vocabulary: ReadonlyArray<readonly [word: string, count: number]>;
}

const INDEX_OPTIONS = {
  tokenize: 'strict',
  resolution: 9,
  encode: (text: string) => text.split(' ').filter(Boolean),
} as const;

interface Entry {
  readonly doc: PolicyDocument;
  readonly paragraph: Paragraph;
}

interface Scored {
  readonly id: number;
  /** Every clause found whole (as typed, or as the glossary term), not only as scattered words. */
  readonly whole: boolean;
  /** The document is in the query's own language. */
  readonly sameLanguage: boolean;
  readonly score: number;
  readonly matches: Span[];
  readonly best: Span;
  readonly approximate?: true;
}

/**
 * The order of hits: the query as typed before its correction; a match of every clause whole (the term itself, in
 * either language) before a weaker relative of it (its words scattered); then the query's own language first; then
 * the score (phrases, closeness, how often).
 */
function byRank(a: Scored, b: Scored): number {
  return (
    Number(a.approximate ?? false) - Number(b.approximate ?? false) ||
    Number(b.whole) - Number(a.whole) ||
    byLanguageThenScore(a, b)
  );
}
function byLanguageThenScore(a: Scored, b: Scored): number {
  return Number(b.sameLanguage) - Number(a.sameLanguage) || b.score - a.score || a.id - b.id;
}

/**
 * Search over the corpus: FlexSearch finds the candidate paragraphs from the analyzer's terms, then every
 * candidate is checked against its own text, so each hit and each marked span is exact.
 */
export class SearchEngine {
  private readonly entries: Entry[];
  private readonly analyses = new Map<number, Analysis>();
  private speller: Speller | null = null;

  private constructor(
    corpus: Corpus,
    private readonly glossary: CompiledGlossary,
    private readonly index: Index,
    private readonly vocabulary: ReadonlyMap<string, number>,
    private readonly options: EngineOptions = {},
  ) {
    this.entries = corpus.documents.flatMap((doc) => doc.paragraphs.map((paragraph) => ({ doc, paragraph })));
  }

  static build(corpus: Corpus, glossary: CompiledGlossary, options: EngineOptions = {}): SearchEngine {
    const vocabulary = new Map<string, number>();
    const engine = new SearchEngine(corpus, glossary, new Index(INDEX_OPTIONS), vocabulary, options);
    engine.entries.forEach((entry, id) => {
      const analysis = engine.analysis(id);
      engine.index.add(id, indexTerms(analysis).join(' '));
      for (const w of analysis.words) {
        const plain = plainWord(entry.paragraph.text.slice(...w.span));
        if (/^\p{L}+$/u.test(plain)) vocabulary.set(plain, (vocabulary.get(plain) ?? 0) + 1);
      }
    });
    return engine;
  }

  static load(corpus: Corpus, glossary: CompiledGlossary, exported: ExportedIndex): SearchEngine {
    if (exported.version !== 2)
      throw new Error(`search index version ${String(exported.version)} is not supported: rebuild it (npm run corpus)`);
    const index = new Index(INDEX_OPTIONS);
    for (const [key, data] of Object.entries(exported.parts)) index.import(key, data);
    return new SearchEngine(corpus, glossary, index, new Map(exported.vocabulary));
  }

  async export(): Promise<ExportedIndex> {
    const parts: Record<string, string> = {};
    await this.index.export((key: string, data: string) => {
      parts[key] = data;
    });
    return { version: 2, parts, vocabulary: [...this.vocabulary].sort((a, b) => (a[0] < b[0] ? -1 : 1)) };
  }

  /** The query with each English word search does not know replaced by the corpus word it most likely meant; null if none. */
  private suggest(query: ParsedQuery): string | null {
    if (this.speller === null) {
      const known = new Set([...this.vocabulary.keys()].map(foldWord));
      for (const concept of this.glossary.concepts)
        for (const form of concept.en) for (const w of analyze(form, NO_GLOSSARY).words) known.add(w.term);
      this.speller = new Speller(this.vocabulary, known);
    }
    let corrected = '';
    let at = 0;
    for (const w of analyze(query.text, NO_GLOSSARY).words) {
      const typed = query.text.slice(...w.span);
      const correction = this.speller.correct(typed);
      if (correction === null) continue;
      corrected += query.text.slice(at, w.span[0]) + inCaseOf(typed, correction);
      at = w.span[1];
    }
    return at === 0 ? null : corrected + query.text.slice(at);
  }

  private analysis(id: number): Analysis {
    let a = this.analyses.get(id);
    if (a === undefined) {
      a = analyze(this.entries[id]!.paragraph.text, this.glossary);
      this.analyses.set(id, a);
    }
    return a;
  }

  private candidates(alternative: Alternative): Set<number> {
    return new Set(
      this.index.search(alternativeTerms(alternative).join(' '), { limit: this.entries.length + 1 }) as number[],
    );
  }

  search(raw: string, options: SearchOptions = {}): SearchResult {
    const query = parseQuery(raw, this.glossary);
    const suggestion = query.clauses.length > 0 && this.options.spelling !== false ? this.suggest(query) : null;
    const scored = this.score(query, options);
    if (suggestion !== null) {
      // The corrected query's hits come after every hit of the query as typed.
      const found = new Set(scored.map((s) => s.id));
      for (const s of this.score(parseQuery(suggestion, this.glossary), options))
        if (!found.has(s.id)) scored.push({ ...s, approximate: true });
    }

    const perDocument: Record<string, number> = {};
    for (const s of scored) {
      const docId = this.entries[s.id]!.doc.id;
      perDocument[docId] = (perDocument[docId] ?? 0) + 1;
    }
    const limit = Math.max(0, options.limit ?? 50);
    return {
      query: query.text,
      truncated: query.truncated,
      total: scored.length,
      perDocument,
      hits: scored.slice(0, limit).map((s) => {
        const { doc, paragraph } = this.entries[s.id]!;
        return {
          docId: doc.id,
          paragraph: paragraph.index,
          matches: s.matches,
          score: Math.round(s.score * 1000) / 1000,
          ...(s.approximate ? { approximate: true as const } : {}),
          snippet: snippet(paragraph.text, s.matches, s.best),
        };
      }),
      suggestion,
    };
  }

  /** Every paragraph that matches the query, verified against its text, best first. */
  private score(query: ParsedQuery, options: SearchOptions): Scored[] {
    if (query.clauses.length === 0) return [];
    // A candidate has some alternative of every clause (FlexSearch intersects the terms of each alternative).
    const ids = candidatesOf(query.clauses, (alternative) => this.candidates(alternative));
    const scored: Scored[] = [];
    for (const id of ids) {
      const { doc } = this.entries[id]!;
      if (options.language && doc.language !== options.language) continue;
      if (options.docIds && !options.docIds.includes(doc.id)) continue;
      const verdict = this.verify(id, query.clauses);
      if (verdict === null) continue;
      scored.push({ id, sameLanguage: query.language !== null && doc.language === query.language, ...verdict });
    }
    return scored.sort(this.options.rank === 'language' ? byLanguageThenScore : byRank);
  }

  /** The glossary concepts in one paragraph (for marking terms in the reader). */
  concepts(docId: string, paragraphIndex: number): Analysis['concepts'] {
    const id = this.entries.findIndex((e) => e.doc.id === docId && e.paragraph.index === paragraphIndex);
    return id === -1 ? [] : this.analysis(id).concepts;
  }

  private verify(id: number, clauses: readonly Clause[]): Verdict | null {
    const verdict = verifyAnalysis(this.analysis(id), clauses);
    // A heading is a slightly better place to land than a paragraph that matches just as well, never better than a fuller match.
    if (verdict && this.entries[id]!.paragraph.kind === 'heading') verdict.score += 0.05;
    return verdict;
  }
}

interface Verdict {
  score: number;
  /** Every clause was found whole, not only as its words scattered. */
  whole: boolean;
  matches: Span[];
  best: Span;
}

/** Every span of an analysed text that matches the clauses, with a score; null if some clause is not there. */
export function verifyAnalysis(a: Analysis, clauses: readonly Clause[]): Verdict | null {
  const perClause: Span[][] = [];
  let score = 0;
  let allWhole = true;
  for (const clause of clauses) {
    const wholeSpans: Span[] = [];
    const scatteredSpans: Span[] = [];
    let literal = false;
    for (const alternative of clause.alternatives) {
      const found = findSpans(a, alternative);
      if (found.length === 0) continue;
      if (alternative.kind !== 'concept') literal = true;
      (alternative.kind === 'words' && alternative.anyOrder ? scatteredSpans : wholeSpans).push(...found);
    }
    // Scattered words are marked only where the clause is not found whole.
    const whole = wholeSpans.length > 0;
    const spans = whole ? wholeSpans : scatteredSpans;
    if (spans.length === 0) return null;
    perClause.push(spans);
    allWhole &&= whole;
    // Found as typed (or as the glossary term) counts more than found only as scattered words.
    score += (whole ? 1 : 0) + Math.log2(1 + Math.min(spans.length, 4)) / 4 + (literal ? 0.5 : 0);
  }
  // Words found as the phrase they were typed as beat the same words scattered, however often those recur; then
  // the closer together, the better.
  if (perClause.length > 1) score += (inOrder(perClause) ? 4 : 0) + 3 / (1 + smallestWindow(perClause) / 40);
  return { score, whole: allWhole, matches: mergeSpans(perClause.flat()), best: perClause[0]![0]! };
}

/** Which of some short texts (notes, quotes) match a query, with the same analyzer as the main search. */
export function matchTexts(
  query: string,
  texts: ReadonlyArray<{ id: string; text: string }>,
  glossary: CompiledGlossary,
  /** How a text is analyzed: a caller that searches the same texts again may keep the analyses (the worker does). */
  analyzed: (t: { id: string; text: string }) => Analysis = (t) => analyze(t.text, glossary),
): string[] {
  const parsed = parseQuery(query, glossary);
  if (parsed.clauses.length === 0) return [];
  return texts.filter((t) => verifyAnalysis(analyzed(t), parsed.clauses) !== null).map((t) => t.id);
}

/** The index terms an alternative's texts must all hold: its words, its Chinese bigrams, or its concept. */
function alternativeTerms(alternative: Alternative): readonly string[] {
  return alternative.kind === 'words'
    ? alternative.terms
    : alternative.kind === 'han'
      ? hanTerms(alternative.phrase)
      : [CONCEPT_PREFIX + alternative.id];
}

/** What may match a query: what holds some alternative of every clause (the union per clause, intersected). */
function candidatesOf<T>(clauses: readonly Clause[], candidates: (alternative: Alternative) => Set<T>): Set<T> {
  const perClause = clauses.map((clause) => {
    const union = new Set<T>();
    for (const alternative of clause.alternatives) for (const id of candidates(alternative)) union.add(id);
    return union;
  });
  return perClause.reduce((acc, set) => new Set([...acc].filter((id) => set.has(id))));
}

/**
 * Matching many short texts (the notes) again and again: an inverted index of their terms, built once, so a query
 * verifies only the texts that hold its terms, not every text. Same answers as `matchTexts`, in the texts' order.
 */
export class TextMatcher {
  private readonly postings = new Map<string, number[]>();

  constructor(
    private readonly texts: ReadonlyArray<{ id: string; text: string }>,
    private readonly glossary: CompiledGlossary,
    private readonly analyzed: (t: { id: string; text: string }) => Analysis = (t) => analyze(t.text, glossary),
  ) {
    texts.forEach((t, i) => {
      for (const term of new Set(indexTerms(this.analyzed(t)))) {
        const list = this.postings.get(term);
        if (list) list.push(i);
        else this.postings.set(term, [i]);
      }
    });
  }

  /** The texts that hold every term of an alternative. */
  private candidates(alternative: Alternative): Set<number> {
    const terms = alternativeTerms(alternative);
    if (terms.length === 0) return new Set(this.texts.keys());
    const lists = terms.map((term) => this.postings.get(term) ?? []).sort((a, b) => a.length - b.length);
    let found = new Set(lists[0]);
    for (const list of lists.slice(1)) {
      const other = new Set(list);
      found = new Set([...found].filter((i) => other.has(i)));
    }
    return found;
  }

  match(query: string): string[] {
    const parsed = parseQuery(query, this.glossary);
    if (parsed.clauses.length === 0) return [];
    const ids = candidatesOf(parsed.clauses, (alternative) => this.candidates(alternative));
    return [...ids]
      .sort((a, b) => a - b)
      .filter((i) => verifyAnalysis(this.analyzed(this.texts[i]!), parsed.clauses) !== null)
      .map((i) => this.texts[i]!.id);
  }
}

function findSpans(a: Analysis, alternative: Alternative): Span[] {
  const spans: Span[] = [];
  if (alternative.kind === 'concept') {
    const except = alternative.except ?? [];
    for (const c of a.concepts) {
      if (c.concept !== alternative.id) continue;
      // A broader form the quoted phrase does not stand for ("green" for "green development").
      if (except.length > 0 && except.includes(a.folded.slice(c.span[0], c.span[1]).toLowerCase())) continue;
      spans.push(c.span);
    }
  } else if (alternative.kind === 'han') {
    for (let at = a.folded.indexOf(alternative.phrase); at !== -1; at = a.folded.indexOf(alternative.phrase, at + 1)) {
      spans.push([at, at + alternative.phrase.length]);
    }
  } else if (alternative.anyOrder) {
    // Every word somewhere, or nothing.
    for (const term of alternative.terms) {
      const at = a.words.filter((w) => w.term === term).map((w) => w.span);
      if (at.length === 0) return [];
      spans.push(...at);
    }
  } else {
    for (let i = 0; i < a.words.length; i++) {
      const span = phraseAt(a.folded, a.words, i, alternative.terms);
      if (span) spans.push(span);
    }
  }
  return spans;
}

/**
 * Whether one span of each clause follows the one before, in the query's order, with at most a space or hyphen
 * between. One pass per clause over the ends reachable so far: linear in the spans. (Trying each chain in turn
 * cost 2^clauses on a note of one word repeated, searched for that word once more.)
 */
export function inOrder(perClause: readonly (readonly Span[])[]): boolean {
  let reachable = new Set(perClause[0]!.map(([, e]) => e));
  for (let clause = 1; clause < perClause.length && reachable.size > 0; clause++) {
    const next = new Set<number>();
    for (const [s, e] of perClause[clause]!)
      if (reachable.has(s) || reachable.has(s - 1) || reachable.has(s - 2)) next.add(e);
    reachable = next;
  }
  return reachable.size > 0;
}

/**
 * The shortest stretch of text holding one span of every clause (how close together the words are). Taking each
 * span's start in turn as the stretch's beginning, from the last, each clause's best span is its earliest-ending one
 * that starts there or later; so one pass, O(n log n) for the sort and O(n·k) for k clauses, even on a very long
 * paragraph with many matches.
 */
export function smallestWindow(perClause: Span[][]): number {
  const events = perClause
    .flatMap((spans, clause) => spans.map((span) => ({ clause, span })))
    .sort((x, y) => y.span[0] - x.span[0]);
  const earliestEnd = new Array<number>(perClause.length).fill(Number.POSITIVE_INFINITY);
  let best = Number.POSITIVE_INFINITY;
  for (const { clause, span } of events) {
    earliestEnd[clause] = Math.min(earliestEnd[clause]!, span[1]);
    const end = Math.max(...earliestEnd);
    if (end !== Number.POSITIVE_INFINITY) best = Math.min(best, end - span[0]);
  }
  return best;
}

export function mergeSpans(spans: readonly Span[]): Span[] {
  const sorted = [...spans].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const merged: Array<[number, number]> = [];
  for (const [s, e] of sorted) {
    const last = merged[merged.length - 1];
    if (last && s <= last[1]) last[1] = Math.max(last[1], e);
    else merged.push([s, e]);
  }
  return merged;
}

const CONTEXT = 70;

/** About 160 characters around the best match, cut at word boundaries, with ellipses where text was left out. */
export function snippet(text: string, matches: readonly Span[], best: Span): { text: string; matches: Span[] } {
  let start = Math.max(0, best[0] - CONTEXT);
  let end = Math.min(text.length, best[1] + CONTEXT);
  if (start > 0) {
    const space = text.indexOf(' ', start);
    if (space !== -1 && space < best[0] && /[A-Za-z]/.test(text[start] ?? '')) start = space + 1;
  }
  if (end < text.length) {
    const space = text.lastIndexOf(' ', end);
    if (space > best[1] && /[A-Za-z]/.test(text[end] ?? '')) end = space;
  }
  // Never cut between the two halves of a character outside the Basic Multilingual Plane (an emoji, a rare Han).
  const low = (i: number): boolean => /[\udc00-\udfff]/.test(text[i] ?? '');
  if (start > 0 && low(start)) start -= 1;
  if (end < text.length && low(end)) end += 1;
  const prefix = start > 0 ? '…' : '';
  const suffix = end < text.length ? '…' : '';
  const shift = prefix.length - start;
  return {
    text: prefix + text.slice(start, end) + suffix,
    matches: matches
      .filter(([s, e]) => s < end && e > start)
      .map(([s, e]) => [Math.max(s, start) + shift, Math.min(e, end) + shift] as Span),
  };
}
