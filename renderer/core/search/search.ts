import { Index } from 'flexsearch';
import type { SearchCorpus, SearchDocument, SearchParagraph } from '../corpus/shipped';
import type { Language, Span } from '../corpus/types';
import { analyze, CONCEPT_PREFIX, hanTerms, indexTerms, phraseAt, type Analysis } from './analyze';
import {
  byCodeUnit,
  gallop,
  indexOfPid,
  intersect,
  Postings,
  PostingsBuilder,
  union,
  type Hits,
  type PackedPostings,
} from './postings';
import { plainWord } from './fold';
import { NO_GLOSSARY, type CompiledGlossary } from './glossary';
import { parseQuery, type Alternative, type Clause, type ParsedQuery } from './query';
import { correctable, inCaseOf, Speller } from './spelling';
import { StringList } from './string-list';

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

/** The exported index, as shipped with the app (as bytes: see index-file.ts). */
export interface ExportedIndex {
  readonly version: 3;
  readonly postings: PackedPostings;
  readonly vocabulary: Vocabulary;
}

/** An index as the reader loads it: the vocabulary, which only spelling corrections read, may come later. */
export type LoadableIndex = Omit<ExportedIndex, 'vocabulary'> & { readonly vocabulary: Vocabulary | null };

/** Every word of the corpus (plain: lower case, no diacritics), sorted, and how often each occurs: for spelling. */
export interface Vocabulary {
  readonly words: StringList;
  readonly counts: Int32Array;
}

interface Entry {
  readonly doc: SearchDocument;
  readonly paragraph: SearchParagraph;
}

/**
 * Every matching paragraph's place in the ranking, in flat arrays (tens of thousands of paragraphs on a large library:
 * an object each was most of a search's time). The order of hits: the query as typed before its correction (a list
 * of its own); a match of every clause whole (the term itself, in either language) before a weaker relative of it (its
 * words scattered); then the query's own language first; then the score (phrases, closeness, how often); then the
 * paragraph's order in the corpus.
 */
interface RankedList {
  readonly ids: Int32Array;
  /** Every clause found whole (2), and the document is in the query's own language (1). */
  readonly classes: Uint8Array;
  readonly scores: Float64Array;
  readonly approximate: boolean;
}

const WHOLE = 2;
const SAME_LANGUAGE = 1;

/** Whether hit a of a list ranks before hit b: by class (whole, then language), or by language alone; then score. */
function before(list: RankedList, a: number, b: number, languageFirst: boolean): boolean {
  const mask = languageFirst ? SAME_LANGUAGE : WHOLE | SAME_LANGUAGE;
  const ca = list.classes[a]! & mask;
  const cb = list.classes[b]! & mask;
  if (ca !== cb) return ca > cb;
  const sa = list.scores[a]!;
  const sb = list.scores[b]!;
  if (sa !== sb) return sa > sb;
  return list.ids[a]! < list.ids[b]!;
}

/** The best `k` of a list in order, without sorting all of it: a sorted page, each newcomer placed by binary search. */
function bestOf(list: RankedList, k: number, languageFirst: boolean): number[] {
  const top: number[] = [];
  if (k <= 0) return top;
  for (let i = 0; i < list.ids.length; i++) {
    if (top.length === k && !before(list, i, top[k - 1]!, languageFirst)) continue;
    let lo = 0;
    let hi = top.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (before(list, top[mid]!, i, languageFirst)) lo = mid + 1;
      else hi = mid;
    }
    top.splice(lo, 0, i);
    if (top.length > k) top.pop();
  }
  return top;
}

/** What a query matches: the paragraphs (ascending ids), and each clause's alternatives' hits. */
interface Matched {
  readonly query: ParsedQuery;
  readonly pids: ArrayLike<number>;
  readonly hits: ReadonlyArray<readonly Hits[]>;
}

/**
 * Search over the corpus from a positional index built once, at build time (postings.ts). A query is answered from
 * the index alone, exactly: which paragraphs match, how well (the same score a check of the text gives), how many in
 * each document. Only the page of hits asked for gets its spans and snippets. No paragraph is analysed at query time,
 * and nothing grows with the number of queries.
 */
export class SearchEngine {
  private readonly entries: Entry[];
  private readonly docStart = new Map<string, number>();
  private readonly documents: readonly SearchDocument[];
  /** Each paragraph's document, by number. */
  private readonly docOf: Int32Array;
  private speller: Speller | null = null;

  private constructor(
    corpus: SearchCorpus,
    private readonly glossary: CompiledGlossary,
    private readonly postings: Postings,
    private vocabulary: Vocabulary | null,
    private readonly options: EngineOptions = {},
  ) {
    this.entries = [];
    this.documents = corpus.documents;
    for (const doc of corpus.documents) {
      this.docStart.set(doc.id, this.entries.length);
      for (const paragraph of doc.paragraphs) this.entries.push({ doc, paragraph });
    }
    this.docOf = new Int32Array(this.entries.length);
    let at = 0;
    corpus.documents.forEach((doc, d) => {
      this.docOf.fill(d, at, (at += doc.paragraphs.length));
    });
    if (postings.paragraphs !== this.entries.length)
      throw new Error(
        `the search index holds ${postings.paragraphs} paragraphs and the corpus ${this.entries.length}: rebuild it (npm run corpus)`,
      );
  }

  static build(corpus: SearchCorpus, glossary: CompiledGlossary, options: EngineOptions = {}): SearchEngine {
    const vocabulary = new Map<string, number>();
    const builder = new PostingsBuilder();
    let id = 0;
    for (const doc of corpus.documents) {
      for (const paragraph of doc.paragraphs) {
        const analysis = analyze(paragraph.text, glossary);
        builder.add(id++, analysis);
        for (const w of analysis.words) {
          const plain = plainWord(paragraph.text.slice(...w.span));
          if (/^\p{L}+$/u.test(plain)) vocabulary.set(plain, (vocabulary.get(plain) ?? 0) + 1);
        }
      }
    }
    const words = [...vocabulary.keys()].sort(byCodeUnit);
    const counts = Int32Array.from(words, (w) => vocabulary.get(w)!);
    return new SearchEngine(
      corpus,
      glossary,
      new Postings(builder.finish()),
      { words: StringList.from(words), counts },
      options,
    );
  }

  static load(
    corpus: SearchCorpus,
    glossary: CompiledGlossary,
    exported: LoadableIndex,
    options: EngineOptions = {},
  ): SearchEngine {
    if ((exported.version as number) !== 3)
      throw new Error(`search index version ${String(exported.version)} is not supported: rebuild it (npm run corpus)`);
    const engine = new SearchEngine(corpus, glossary, new Postings(exported.postings), exported.vocabulary, options);
    // Loaded means ready: what a first query would build (the concepts by id) is built now.
    engine.postings.prepare();
    return engine;
  }

  async export(): Promise<ExportedIndex> {
    if (this.vocabulary === null) throw new Error('an index loaded without its vocabulary cannot be exported');
    return {
      version: 3,
      postings: this.postings.packed,
      vocabulary: this.vocabulary,
    };
  }

  /**
   * Whether `search(query)` needs the vocabulary, loaded without it and not given it since (`addVocabulary`): some
   * English word of the query is one search does not know, so a correction is looked for among the corpus's words.
   */
  needsVocabulary(raw: string): boolean {
    if (this.vocabulary !== null || this.options.spelling === false) return false;
    const query = parseQuery(raw, this.glossary);
    return query.clauses.length > 0 && this.unknownWords(query).length > 0;
  }

  /** The English words of a query that search does not know, which a correction is looked for: as typed, and where. */
  private unknownWords(query: ParsedQuery): Array<{ typed: string; span: Span }> {
    return analyze(query.text, NO_GLOSSARY).words.flatMap((w) => {
      const typed = query.text.slice(...w.span);
      return correctable(typed, this.knows) ? [{ typed, span: w.span }] : [];
    });
  }

  /** The vocabulary of an index loaded without it. */
  addVocabulary(vocabulary: Vocabulary): void {
    this.vocabulary = vocabulary;
    this.speller = null;
  }

  /** Whether search can find a word by this term (folded): the index holds it, or the glossary (whose forms need not occur). */
  private readonly knows = (term: string): boolean => this.glossaryWords().has(term) || this.postings.has(term);
  private glossaryTerms: Set<string> | null = null;
  private glossaryWords(): Set<string> {
    if (this.glossaryTerms === null) {
      this.glossaryTerms = new Set();
      for (const concept of this.glossary.concepts)
        for (const form of concept.en) for (const w of analyze(form, NO_GLOSSARY).words) this.glossaryTerms.add(w.term);
    }
    return this.glossaryTerms;
  }

  /** The query with each English word search does not know replaced by the corpus word it most likely meant; null if none. */
  private suggest(query: ParsedQuery): string | null {
    let corrected = '';
    let at = 0;
    // The speller (and the vocabulary) only for the words that need it.
    for (const { typed, span } of this.unknownWords(query)) {
      const correction = this.spelling().correct(typed);
      if (correction === null) continue;
      corrected += query.text.slice(at, span[0]) + inCaseOf(typed, correction);
      at = span[1];
    }
    return at === 0 ? null : corrected + query.text.slice(at);
  }

  /** The speller: a word is known if the index holds it, or the glossary. */
  private spelling(): Speller {
    if (this.speller === null) {
      // A caller that loaded the index without its vocabulary asks `needsVocabulary` first.
      if (this.vocabulary === null) throw new Error('spelling needs the vocabulary, which is not loaded yet');
      this.speller = new Speller(this.vocabulary.words, this.vocabulary.counts, this.knows);
    }
    return this.speller;
  }

  /** Where one alternative of a clause is found, from the index. */
  private hits(alternative: Alternative): Hits {
    if (alternative.kind === 'concept') return this.postings.concept(alternative.id, alternative.except);
    if (alternative.kind === 'han') return this.postings.han(alternative.phrase);
    if (alternative.anyOrder) return this.postings.allOf(alternative.terms);
    return this.postings.phrase(alternative.terms, (pid) => this.entries[pid]!.paragraph.text);
  }

  /** The paragraphs that hold some alternative of every clause, within the options' documents and language. */
  private matching(query: ParsedQuery, options: SearchOptions): Matched {
    if (query.clauses.length === 0) return { query, pids: [], hits: [] };
    const hits = query.clauses.map((clause) => clause.alternatives.map((a) => this.hits(a)));
    const perClause = hits.map((alternatives) => union(alternatives.map((h) => h.pids)));
    let pids: ArrayLike<number> = perClause.length === 1 ? perClause[0]! : intersect(perClause).pids;
    const keep = (test: (pid: number) => boolean): number[] => Array.prototype.filter.call(pids, test) as number[];
    if (options.docIds) {
      const ranges = options.docIds.flatMap((id) => {
        const start = this.docStart.get(id);
        const doc = start === undefined ? undefined : this.entries[start]?.doc;
        return start === undefined || !doc ? [] : [[start, start + doc.paragraphs.length] as const];
      });
      pids = keep((pid) => ranges.some(([s, e]) => pid >= s && pid < e));
    }
    if (options.language) pids = keep((pid) => this.entries[pid]!.doc.language === options.language);
    return { query, pids, hits };
  }

  /** Every matching paragraph's place in the ranking, from the counts in the index (spans only for several clauses). */
  private rank(m: Matched, approximate: boolean, skip: ReadonlySet<number> | null): RankedList {
    const { query, hits } = m;
    // Plain loops over flat lists: this runs for every matching paragraph, tens of thousands on a large library.
    const clauses = hits.map((alternatives, c) => ({
      hits: alternatives,
      cursors: alternatives.map(() => 0),
      /** Where the paragraph at hand is in each alternative's hits, or -1. */
      at: alternatives.map(() => -1),
      literal: query.clauses[c]!.alternatives.map((a) => a.kind !== 'concept'),
      scattered: query.clauses[c]!.alternatives.map((a) => a.kind === 'words' && a.anyOrder === true),
    }));
    const several = clauses.length > 1;
    const n = m.pids.length;
    const ids = new Int32Array(n);
    const classes = new Uint8Array(n);
    const scores = new Float64Array(n);
    let kept = 0;
    for (let i = 0; i < n; i++) {
      const id = m.pids[i]!;
      if (skip?.has(id)) continue;
      let score = 0;
      let allWhole = true;
      for (const clause of clauses) {
        let wholeCount = 0;
        let scatteredCount = 0;
        let literal = false;
        for (let j = 0; j < clause.hits.length; j++) {
          const h = clause.hits[j]!;
          const at = gallop(h.pids, id, clause.cursors[j]!);
          clause.cursors[j] = at;
          clause.at[j] = -1;
          if (at >= h.pids.length || h.pids[at] !== id) continue;
          const count = h.count(at);
          if (count === 0) continue;
          clause.at[j] = at;
          if (clause.literal[j]) literal = true;
          if (clause.scattered[j]) scatteredCount += count;
          else wholeCount += count;
        }
        const whole = wholeCount > 0;
        allWhole &&= whole;
        score += clauseScore(whole, whole ? wholeCount : scatteredCount, literal);
      }
      if (several) {
        const perClause: Span[][] = [];
        for (const c of clauses) perClause.push(spansAt(c.hits, c.scattered, c.at));
        score += proximityScore(perClause);
      }
      const { doc, paragraph } = this.entries[id]!;
      if (paragraph.kind === 'heading') score += HEADING_BONUS;
      ids[kept] = id;
      classes[kept] =
        (allWhole ? WHOLE : 0) | (query.language !== null && doc.language === query.language ? SAME_LANGUAGE : 0);
      scores[kept] = score;
      kept++;
    }
    return {
      ids: ids.subarray(0, kept),
      classes: classes.subarray(0, kept),
      scores: scores.subarray(0, kept),
      approximate,
    };
  }

  /** Each clause's spans in one paragraph, as a check of its text would list them. */
  private clauseSpans(m: Matched, id: number): Span[][] {
    return m.query.clauses.map((clause, c) =>
      spansAt(
        m.hits[c]!,
        clause.alternatives.map((a) => a.kind === 'words' && a.anyOrder === true),
        m.hits[c]!.map((h) => indexOfPid(h.pids, id)),
      ),
    );
  }

  search(raw: string, options: SearchOptions = {}): SearchResult {
    const query = parseQuery(raw, this.glossary);
    const suggestion = query.clauses.length > 0 && this.options.spelling !== false ? this.suggest(query) : null;
    const limit = Math.max(0, options.limit ?? 50);
    const languageFirst = this.options.rank === 'language';
    const typed = this.matching(query, options);
    const ranked = [{ m: typed, list: this.rank(typed, false, null) }];
    if (suggestion !== null) {
      // The corrected query's hits come after every hit of the query as typed.
      const corrected = this.matching(parseQuery(suggestion, this.glossary), options);
      ranked.push({ m: corrected, list: this.rank(corrected, true, new Set(Array.from(typed.pids))) });
    }
    // Counted by document number, then named: one array increment per hit.
    const counts = new Int32Array(this.documents.length);
    let total = 0;
    for (const { list } of ranked) {
      total += list.ids.length;
      for (let i = 0; i < list.ids.length; i++) counts[this.docOf[list.ids[i]!]!]!++;
    }
    const perDocument: Record<string, number> = {};
    counts.forEach((n, d) => {
      if (n > 0) perDocument[this.documents[d]!.id] = n;
    });
    const page: Array<{ m: Matched; list: RankedList; i: number }> = [];
    for (const { m, list } of ranked) {
      if (page.length >= limit) break;
      for (const i of bestOf(list, limit - page.length, languageFirst)) page.push({ m, list, i });
    }
    return {
      query: query.text,
      truncated: query.truncated,
      total,
      perDocument,
      hits: page.map(({ m, list, i }) => {
        const id = list.ids[i]!;
        const { doc, paragraph } = this.entries[id]!;
        const perClause = this.clauseSpans(m, id);
        const matches = mergeSpans(perClause.flat());
        return {
          docId: doc.id,
          paragraph: paragraph.index,
          matches,
          score: Math.round(list.scores[i]! * 1000) / 1000,
          ...(list.approximate ? { approximate: true as const } : {}),
          snippet: snippet(paragraph.text, matches, perClause[0]![0]!),
        };
      }),
      suggestion,
    };
  }

  /** The glossary concepts in one paragraph (for marking terms in the reader). */
  concepts(docId: string, paragraphIndex: number): Analysis['concepts'] {
    const start = this.docStart.get(docId);
    if (start === undefined) return [];
    const paragraphs = this.entries[start]!.doc.paragraphs;
    const at =
      paragraphs[paragraphIndex]?.index === paragraphIndex
        ? paragraphIndex
        : paragraphs.findIndex((p) => p.index === paragraphIndex);
    return at === -1 ? [] : this.postings.conceptsOf(start + at);
  }
}

/** One clause's spans in a paragraph, given where it is in each alternative's hits (-1: not there). */
function spansAt(hits: readonly Hits[], scattered: readonly boolean[], at: readonly number[]): Span[] {
  const whole: Span[] = [];
  const apart: Span[] = [];
  for (let j = 0; j < hits.length; j++)
    if (at[j]! !== -1) (scattered[j] ? apart : whole).push(...hits[j]!.spans(at[j]!));
  return whole.length > 0 ? whole : apart;
}

/** A heading is a slightly better place to land than a paragraph that matches just as well, never better than a fuller match. */
const HEADING_BONUS = 0.05;

/** Found as typed (or as the glossary term) counts more than found only as scattered words; then how often. */
function clauseScore(whole: boolean, count: number, literal: boolean): number {
  return (whole ? 1 : 0) + Math.log2(1 + Math.min(count, 4)) / 4 + (literal ? 0.5 : 0);
}

/**
 * Words found as the phrase they were typed as beat the same words scattered, however often those recur; then the
 * closer together, the better.
 */
function proximityScore(perClause: Span[][]): number {
  return (inOrder(perClause) ? 4 : 0) + 3 / (1 + smallestWindow(perClause) / 40);
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
    score += clauseScore(whole, spans.length, literal);
  }
  if (perClause.length > 1) score += proximityScore(perClause);
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

/**
 * FlexSearch for the notes: short texts that come and go one at a time, which is what it is built for (add, update
 * and remove in place). Terms are the analyzer's, whole, one per token: FlexSearch finds which notes hold every term
 * of an alternative, and each such note is then checked against its text, so the answer is exact.
 */
const NOTE_INDEX_OPTIONS = {
  tokenize: 'strict',
  resolution: 1,
  encode: (text: string) => text.split(' ').filter(Boolean),
} as const;

/**
 * Matching many short texts (the notes) again and again: FlexSearch holds their terms, kept up to date as they change
 * (only what changed is indexed again), so a query checks only the texts that hold its terms, not every text. Same
 * answers as `matchTexts`, in the texts' order.
 */
export class TextMatcher {
  private readonly index = new Index(NOTE_INDEX_OPTIONS);
  /** Each text held, by id, under a number of its own in the index. */
  private readonly held = new Map<string, { key: number; text: string }>();
  private readonly idOf = new Map<number, string>();
  private nextKey = 0;
  private position = new Map<string, number>();
  /** The ids in the texts' order. */
  private order: string[] = [];

  constructor(
    private readonly glossary: CompiledGlossary,
    private readonly analyzed: (t: { id: string; text: string }) => Analysis = (t) => analyze(t.text, glossary),
  ) {}

  /** Brings the index to these texts: new ones added, changed ones indexed again, those gone removed. */
  update(texts: ReadonlyArray<{ id: string; text: string }>): this {
    const steps = this.updating(texts);
    while (!steps.next().done);
    return this;
  }

  /**
   * `update`, a step at a time: each step indexes one new or changed text (the unchanged cost nothing), so a caller
   * can spread ten thousand texts over many turns and answer other requests in between. `match` answers for the texts
   * only once the last step is taken; a new update may start before the last one ended.
   */
  *updating(texts: ReadonlyArray<{ id: string; text: string }>): Generator<void, this> {
    const present = new Set<string>();
    for (const t of texts) {
      present.add(t.id);
      const kept = this.held.get(t.id);
      if (kept?.text === t.text) continue;
      const terms = indexTerms(this.analyzed(t)).join(' ');
      if (kept) {
        this.index.update(kept.key, terms);
        kept.text = t.text;
      } else {
        const key = this.nextKey++;
        this.index.add(key, terms);
        this.held.set(t.id, { key, text: t.text });
        this.idOf.set(key, t.id);
      }
      yield;
    }
    for (const [id, { key }] of this.held) {
      if (present.has(id)) continue;
      this.index.remove(key);
      this.held.delete(id);
      this.idOf.delete(key);
    }
    this.position = new Map(texts.map((t, i) => [t.id, i]));
    this.order = texts.map((t) => t.id);
    return this;
  }

  /** The texts that hold every term of an alternative. */
  private candidates(alternative: Alternative): Set<number> {
    const terms = alternativeTerms(alternative);
    if (terms.length === 0) return new Set(this.idOf.keys());
    return new Set(this.index.search(terms.join(' '), { limit: this.held.size + 1 }) as number[]);
  }

  /**
   * The texts that match a query, in the texts' order. A text matches when every clause finds something in it
   * (`verifyAnalysis` is not null); where holding an alternative's terms already is finding it, the text is not
   * checked against its analysis: for "energy", 3,600 of 10,000 notes are answered from the index alone.
   */
  match(query: string): string[] {
    const parsed = parseQuery(query, this.glossary);
    if (parsed.clauses.length === 0) return [];
    let found: Set<number> | null = null;
    for (const clause of parsed.clauses) {
      const settled = new Set<number>();
      const unsettled: Alternative[] = [];
      const maybe = new Set<number>();
      for (const alternative of clause.alternatives) {
        const holders = this.candidates(alternative);
        if (settledByTerms(alternative)) for (const key of holders) settled.add(key);
        else {
          unsettled.push(alternative);
          for (const key of holders) maybe.add(key);
        }
      }
      const before: Set<number> | null = found;
      const holds = new Set<number>();
      for (const key of settled) if (before === null || before.has(key)) holds.add(key);
      for (const key of maybe) {
        if (holds.has(key) || settled.has(key) || (before !== null && !before.has(key))) continue;
        const id = this.idOf.get(key)!;
        const analysis = this.analyzed({ id, text: this.held.get(id)!.text });
        if (unsettled.some((alternative) => findSpans(analysis, alternative).length > 0)) holds.add(key);
      }
      found = holds;
      if (found.size === 0) return [];
    }
    const matched = found!;
    // In the texts' order: a pass over them when many match, a sort of the few otherwise.
    if (matched.size * Math.log2(matched.size + 1) > this.order.length)
      return this.order.filter((id) => matched.has(this.held.get(id)!.key));
    return [...matched].map((key) => this.idOf.get(key)!).sort((a, b) => this.position.get(a)! - this.position.get(b)!);
  }
}

/**
 * Whether a text that holds an alternative's index terms has, by that alone, a span of it: one word (any form that
 * folds to its term), a concept with no excepted forms, one or two Chinese characters (indexed as characters and
 * pairs). A phrase of several words, a longer run of Chinese, or a concept with exceptions must still be found in
 * the text.
 */
function settledByTerms(alternative: Alternative): boolean {
  if (alternative.kind === 'words') return alternative.terms.length === 1;
  if (alternative.kind === 'concept') return (alternative.except ?? []).length === 0;
  return alternative.phrase.length <= 2 && /^\p{Script=Han}+$/u.test(alternative.phrase);
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
  let reachable: number[] = perClause[0]!.map(([, e]) => e);
  for (let clause = 1; clause < perClause.length && reachable.length > 0; clause++) {
    const spans = perClause[clause]!;
    const next: number[] = [];
    if (reachable.length <= FEW && spans.length <= FEW) {
      // A few spans (nearly always): scanned, which costs less than building sets for every paragraph matched.
      for (const [s, e] of spans) {
        for (const end of reachable)
          if (end === s || end === s - 1 || end === s - 2) {
            if (!next.includes(e)) next.push(e);
            break;
          }
      }
    } else {
      // Many (a paragraph of one word repeated): looked up, so the pass stays linear in the spans.
      const ends = new Set(reachable);
      const added = new Set<number>();
      for (const [s, e] of spans)
        if ((ends.has(s) || ends.has(s - 1) || ends.has(s - 2)) && !added.has(e)) {
          added.add(e);
          next.push(e);
        }
    }
    reachable = next;
  }
  return reachable.length > 0;
}
/** Up to how many spans inOrder scans rather than builds sets: most paragraphs hold a clause a few times. */
const FEW = 16;

/**
 * The shortest stretch of text holding one span of every clause (how close together the words are). Taking each
 * span's start in turn as the stretch's beginning, from the last, each clause's best span is its earliest-ending one
 * that starts there or later; so one pass, O(n log n) for the sort and O(n·k) for k clauses, even on a very long
 * paragraph with many matches.
 */
export function smallestWindow(perClause: Span[][]): number {
  const k = perClause.length;
  let n = 0;
  for (const spans of perClause) n += spans.length;
  // Flat arrays, not an object per span, and the same ones from call to call: this runs for every paragraph a query
  // of several words matches (allocating five typed arrays each time was most of its cost).
  if (n > scratch.starts.length || k > scratch.earliestEnd.length) scratch = windowScratch(n, k);
  const { starts, ends, clauseOf, order, earliestEnd } = scratch;
  let at = 0;
  for (let clause = 0; clause < k; clause++) {
    for (const [s, e] of perClause[clause]!) {
      starts[at] = s;
      ends[at] = e;
      clauseOf[at++] = clause;
    }
  }
  // Latest start first; an insertion sort, as there are seldom more than a few dozen spans.
  for (let i = 0; i < n; i++) {
    let j = i;
    while (j > 0 && starts[order[j - 1]!]! < starts[i]!) {
      order[j] = order[j - 1]!;
      j--;
    }
    order[j] = i;
  }
  earliestEnd.fill(Number.POSITIVE_INFINITY, 0, k);
  let best = Number.POSITIVE_INFINITY;
  for (let o = 0; o < n; o++) {
    const i = order[o]!;
    const clause = clauseOf[i]!;
    if (ends[i]! < earliestEnd[clause]!) earliestEnd[clause] = ends[i]!;
    let end = 0;
    for (let c = 0; c < k; c++) if (earliestEnd[c]! > end) end = earliestEnd[c]!;
    if (end !== Number.POSITIVE_INFINITY && end - starts[i]! < best) best = end - starts[i]!;
  }
  return best;
}

/** smallestWindow's arrays, for `n` spans of `k` clauses (grown to the next power of two when a call needs more). */
function windowScratch(n: number, k: number) {
  const size = 2 ** Math.ceil(Math.log2(Math.max(n, 64)));
  return {
    starts: new Float64Array(size),
    ends: new Float64Array(size),
    clauseOf: new Int32Array(size),
    order: new Int32Array(size),
    earliestEnd: new Float64Array(2 ** Math.ceil(Math.log2(Math.max(k, 16)))),
  };
}
let scratch = windowScratch(64, 16);

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
