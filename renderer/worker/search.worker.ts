// Search runs here, off the page's thread, so typing never waits for it.
import '../core/zod-config';
import type { SearchCorpus } from '../core/corpus/shipped';
import { analyze, type Analysis } from '../core/search/analyze';
import { loadGlossary, type CompiledGlossary } from '../core/search/glossary';
import { decodeIndex, decodeVocabulary } from '../core/search/index-file';
import { SearchEngine, TextMatcher, type SearchOptions, type SearchResult } from '../core/search/search';
import { StringList } from '../core/search/string-list';
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

/** The glossary, compiled on first need: at start, once the corpus and index have been read (see `init`). */
let compiled: CompiledGlossary | null = null;
const glossary = (): CompiledGlossary => (compiled ??= loadGlossary());
let ready: Promise<{ engine: SearchEngine; corpus: SearchCorpus }> | null = null;
/** The vocabulary, given to the engine once fetched: only a query with a word search does not know waits for it. */
let vocabulary: Promise<void> | null = null;
/** What search has of the corpus's words when their file cannot be read: none, so no word is corrected. */
const NO_VOCABULARY = { words: StringList.from([]), counts: new Int32Array(0) };

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

/** A search, once the engine has what it needs for this query (the vocabulary, to correct a word it does not know). */
async function search(engine: SearchEngine, query: string, options: SearchOptions): Promise<SearchResult> {
  if (engine.needsVocabulary(query)) await vocabulary;
  return engine.search(query, options);
}

async function documentMatches(engine: SearchEngine, docId: string, query: string): Promise<DocumentMatches> {
  const result = await search(engine, query, { docIds: [docId], limit: 10_000 });
  const paragraphs: Record<number, DocumentMatches['paragraphs'][number]> = {};
  for (const hit of result.hits) paragraphs[hit.paragraph] = hit.matches;
  return { query: result.query, paragraphs };
}

/**
 * The glossary terms of a document that the reader marks: names whose card tells a reader something (their other
 * language, and what they stand for). Everyday words (`general`) help search cross languages but are not marked.
 */
function documentTerms(engine: SearchEngine, corpus: SearchCorpus, docId: string): DocumentTerms {
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
function placements(corpus: SearchCorpus, docId: string, annotations: readonly Annotation[]): Placements {
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
/** The notes' texts as last sent, and their version. */
let noteTexts: { version: number; texts: ReadonlyArray<{ id: string; text: string }> } | null = null;
let matcher: TextMatcher | null = null;
function noteAnalysis(t: { id: string; text: string }): Analysis {
  const kept = noteAnalyses.get(t.id);
  if (kept?.text === t.text) return kept.analysis;
  const analysis = analyze(t.text, glossary());
  noteAnalyses.set(t.id, { text: t.text, analysis });
  return analysis;
}

/**
 * How long indexing notes may hold the worker before it lets other requests in (a search, a document's marks):
 * indexing ten thousand notes takes about half a second, done at start before anyone searches them.
 */
const INDEX_SLICE_MS = 12;
/** The notes being indexed (or last indexed): their version, and when that is done. */
let indexing: { version: number; done: Promise<void>; superseded: boolean } | null = null;

/**
 * Brings the notes' index to a version of their texts, a slice at a time; a newer version stops an older one
 * part-way and goes on from there. Once done, the analyses of notes that are gone are let go, so what is kept
 * follows the notes, not their history.
 */
function indexNotes(version: number, texts: ReadonlyArray<{ id: string; text: string }>): Promise<void> {
  if (indexing?.version === version) return indexing.done;
  if (indexing) indexing.superseded = true;
  const run = { version, done: Promise.resolve(), superseded: false };
  run.done = (async () => {
    matcher ??= new TextMatcher(glossary(), noteAnalysis);
    const steps = matcher.updating(texts);
    let sliceStart = performance.now();
    while (!steps.next().done) {
      if (performance.now() - sliceStart < INDEX_SLICE_MS) continue;
      await new Promise((resolve) => setTimeout(resolve, 0));
      if (run.superseded) return;
      sliceStart = performance.now();
    }
    const present = new Set(texts.map((t) => t.id));
    for (const id of noteAnalyses.keys()) if (!present.has(id)) noteAnalyses.delete(id);
  })();
  indexing = run;
  return run.done;
}

/** Which notes match a query, once the newest version of them is indexed. */
async function matchNotes(query: string): Promise<string[]> {
  let run: typeof indexing;
  do {
    run = indexing;
    await run?.done;
  } while (run !== indexing);
  return matcher?.match(query) ?? [];
}

self.onmessage = async (event: MessageEvent<WorkerRequest>) => {
  const request = event.data;
  let response: WorkerResponse;
  try {
    if (request.kind === 'init') {
      if (ready === null) {
        // The glossary is compiled once the downloads are in: compiled first, it held this thread while they were
        // under way, and their bodies waited to be read (about 0.1 s later at 10 MB of text).
        ready = Promise.all([fetchJson<SearchCorpus>(request.corpusUrl), fetchBytes(request.indexUrl)]).then(
          ([corpus, index]) => ({ corpus, engine: SearchEngine.load(corpus, glossary(), decodeIndex(index)) }),
        );
        // Fetched after the index, not beside it: on a two-core laptop the two downloads share the time the first
        // search waits for, and a search of words it knows has no use for the vocabulary. One that cannot be read
        // leaves search without corrections ("Did you mean"), not without answers: every search is still answered.
        const { wordsUrl } = request;
        vocabulary = ready.then(async ({ engine }) => {
          try {
            engine.addVocabulary(decodeVocabulary(await fetchBytes(wordsUrl)));
          } catch (error) {
            console.warn(`spelling corrections are off: ${error instanceof Error ? error.message : String(error)}`);
            engine.addVocabulary(NO_VOCABULARY);
          }
        });
        // A failure to load at all is told by the search that waits for it (through `ready`), not left unhandled.
        vocabulary.catch(() => undefined);
      }
      await ready;
      response = { id: request.id, ok: true, result: null };
    } else if (request.kind === 'index-texts') {
      noteTexts = { version: request.version, texts: request.texts };
      await indexNotes(request.version, request.texts);
      response = { id: request.id, ok: true, result: null };
    } else if (request.kind === 'match-texts') {
      // The texts come once per version; a search of the same version reuses them, and their index.
      if (request.texts) noteTexts = { version: request.version, texts: request.texts };
      if (noteTexts?.version !== request.version) throw new Error('the notes to search were not sent');
      void indexNotes(noteTexts.version, noteTexts.texts);
      response = { id: request.id, ok: true, result: await matchNotes(request.query) };
    } else {
      if (ready === null) throw new Error('search is not started');
      const { engine, corpus } = await ready;
      const result =
        request.kind === 'search'
          ? await search(engine, request.query, request.options)
          : request.kind === 'document'
            ? await documentMatches(engine, request.docId, request.query)
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
