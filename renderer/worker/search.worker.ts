// Search runs here, off the page's thread, so typing never waits for it.
import '../core/zod-config';
import type { Corpus } from '../core/corpus/types';
import { analyze, type Analysis } from '../core/search/analyze';
import { loadGlossary, type CompiledGlossary } from '../core/search/glossary';
import { decodeIndex } from '../core/search/index-file';
import { SearchEngine, TextMatcher } from '../core/search/search';
import { fuzzyAnchor, type Anchored } from '../core/notes/anchor';
import type { Annotation } from '../core/notes/annotation';
import type {
  DocumentMatches,
  DocumentTerms,
  GlossaryTerm,
  Placements,
  WorkerRequest,
  WorkerResponse,
} from './protocol';

declare const self: DedicatedWorkerGlobalScope;

/**
 * The glossary, compiled on first need: at start, after the corpus and index are asked for, so compiling it (about a
 * tenth of a second) overlaps their download instead of coming before it.
 */
let compiled: CompiledGlossary | null = null;
const glossary = (): CompiledGlossary => (compiled ??= loadGlossary());
let ready: Promise<{ engine: SearchEngine; corpus: Corpus }> | null = null;

async function fetchJson<T>(url: string): Promise<T> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: ${response.status} ${response.statusText}`);
  return (await response.json()) as T;
}

async function fetchBytes(url: string): Promise<Uint8Array> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: ${response.status} ${response.statusText}`);
  return new Uint8Array(await response.arrayBuffer());
}

function documentMatches(engine: SearchEngine, docId: string, query: string): DocumentMatches {
  const result = engine.search(query, { docIds: [docId], limit: 10_000 });
  const paragraphs: Record<number, DocumentMatches['paragraphs'][number]> = {};
  for (const hit of result.hits) paragraphs[hit.paragraph] = hit.matches;
  return { query: result.query, paragraphs };
}

/**
 * The glossary terms of a document that the reader marks: names whose card tells a reader something (their other
 * language, and what they stand for). Everyday words (`general`) help search cross languages but are not marked.
 */
function documentTerms(engine: SearchEngine, corpus: Corpus, docId: string): DocumentTerms {
  const doc = corpus.documents.find((d) => d.id === docId);
  const terms: Record<string, GlossaryTerm> = {};
  const paragraphs: Record<number, Array<readonly [number, number, string]>> = {};
  for (const p of doc?.paragraphs ?? []) {
    const spans = engine.concepts(docId, p.index).filter((c) => glossary().byId.get(c.concept)?.kind !== 'general');
    if (spans.length === 0) continue;
    paragraphs[p.index] = spans.map((c) => [c.span[0], c.span[1], c.concept] as const);
    for (const c of spans) {
      const concept = glossary().byId.get(c.concept)!;
      terms[c.concept] ??= {
        id: concept.id,
        en: concept.en[0]!,
        zhHans: concept.zhHans[0]!,
        zhHant: concept.zhHant[0]!,
        ...(concept.note ? { note: concept.note } : {}),
      };
    }
  }
  return { terms, paragraphs };
}

/** Notes placed by likeness in their document, each within the cost `fuzzyAnchor` allows one note. */
function placements(corpus: Corpus, docId: string, annotations: readonly Annotation[]): Placements {
  const doc = corpus.documents.find((d) => d.id === docId);
  const out: Record<string, Anchored> = {};
  for (const a of annotations) out[a.id] = doc ? fuzzyAnchor(doc, a) : { status: 'detached' };
  return out;
}

/**
 * Each note's analysis, kept while its text is the same: a search of ten thousand notes then analyzes only what
 * changed since the last one, not every note on every keystroke.
 */
const noteAnalyses = new Map<string, { text: string; analysis: Analysis }>();
/** The notes' texts as last sent, by version, and the index of them (brought up to date once per version). */
let noteTexts: { version: number; texts: ReadonlyArray<{ id: string; text: string }>; indexed: boolean } | null = null;
let matcher: TextMatcher | null = null;
function noteAnalysis(t: { id: string; text: string }): Analysis {
  const kept = noteAnalyses.get(t.id);
  if (kept?.text === t.text) return kept.analysis;
  const analysis = analyze(t.text, glossary());
  noteAnalyses.set(t.id, { text: t.text, analysis });
  return analysis;
}

self.onmessage = async (event: MessageEvent<WorkerRequest>) => {
  const request = event.data;
  let response: WorkerResponse;
  try {
    if (request.kind === 'init') {
      if (ready === null) {
        const loading = Promise.all([fetchJson<Corpus>(request.corpusUrl), fetchBytes(request.indexUrl)]);
        const compiledGlossary = glossary();
        ready = loading.then(([corpus, index]) => ({
          corpus,
          engine: SearchEngine.load(corpus, compiledGlossary, decodeIndex(index)),
        }));
      }
      await ready;
      response = { id: request.id, ok: true, result: null };
    } else if (request.kind === 'match-texts') {
      // The texts come once per version; a search of the same version reuses them.
      if (request.texts) noteTexts = { version: request.version, texts: request.texts, indexed: false };
      if (noteTexts?.version !== request.version) throw new Error('the notes to search were not sent');
      // Indexed once per version of the notes, only what changed: a query then checks only the notes that hold its
      // terms. The analyses of notes that are gone are let go, so what is kept follows the notes, not their history.
      matcher ??= new TextMatcher(glossary(), noteAnalysis);
      if (!noteTexts.indexed) {
        matcher.update(noteTexts.texts);
        const present = new Set(noteTexts.texts.map((t) => t.id));
        for (const id of noteAnalyses.keys()) if (!present.has(id)) noteAnalyses.delete(id);
        noteTexts.indexed = true;
      }
      response = { id: request.id, ok: true, result: matcher.match(request.query) };
    } else {
      if (ready === null) throw new Error('search is not started');
      const { engine, corpus } = await ready;
      const result =
        request.kind === 'search'
          ? engine.search(request.query, request.options)
          : request.kind === 'document'
            ? documentMatches(engine, request.docId, request.query)
            : request.kind === 'anchor'
              ? placements(corpus, request.docId, request.annotations)
              : documentTerms(engine, corpus, request.docId);
      response = { id: request.id, ok: true, result };
    }
  } catch (error) {
    response = { id: request.id, ok: false, error: error instanceof Error ? error.message : String(error) };
  }
  self.postMessage(response);
};
