// The benchmark's units of work. Each runs in a worker thread of its own (threads.ts), so that its memory is measured
// alone (measure.ts says how); the tests run them in their own process, on the seeds.
import { readFileSync, writeFileSync } from 'node:fs';
import type { Corpus } from '../../renderer/core/corpus/types';
import { analyze } from '../../renderer/core/search/analyze';
import { loadGlossary, type CompiledGlossary } from '../../renderer/core/search/glossary';
import { parseQuery } from '../../renderer/core/search/query';
import { verifyAnalysis } from '../../renderer/core/search/search';
import { loadCorpus } from '../../renderer/core/node/seeds';
import { readCorpus, writeCorpus, type CorpusFile } from './cache';
import { generateCorpus } from './corpora';
import {
  buildMiniSearch,
  buildReader,
  buildScan,
  loadMiniSearch,
  loadReader,
  type EngineName,
  type LoadedEngine,
} from './engines';
import { exposeGc, MB, packSets, peakHeapDuring, settledHeap, type PackedSets } from './measure';

export interface GenerateJob {
  readonly kind: 'generate';
  readonly name: string;
  readonly seedsDir: string;
  readonly bytes: number;
  readonly seed: number;
  readonly file: string;
}

/** Builds an index and writes it to `indexFile` (reader and MiniSearch; the scan has no index to write). */
export interface BuildJob {
  readonly kind: 'build';
  readonly engine: 'reader' | 'minisearch';
  readonly corpusFile: string;
  readonly indexFile: string;
}

/**
 * Loads an index from `indexFile` (or, for the scan, builds its analyses), then runs the queries: once (timed on
 * its own: each query for the first time after load), `warmup` more times untimed, `rounds` more times timed,
 * then once more, untimed, for every result.
 */
export interface QueryJob {
  readonly kind: 'query';
  readonly engine: EngineName;
  readonly corpusFile: string;
  readonly indexFile: string | null;
  readonly queries: readonly string[];
  /** The reader's corrections of the queries (null where it made none), which the other engines answer too. */
  readonly suggestions: ReadonlyArray<string | null> | null;
  readonly warmup: number;
  readonly rounds: number;
}

export type Job = GenerateJob | BuildJob | QueryJob;

export interface BuildFigures {
  readonly buildMs: number;
  readonly peakMB: number;
  readonly indexBytes: number | null;
}

export interface QueryFigures {
  /** Only for the scan, which builds where it searches. */
  readonly build: BuildFigures | null;
  readonly loadMs: number | null;
  readonly memAfterLoadMB: number;
  readonly memAfterQueriesMB: number;
  readonly memAfterRoundsMB: number;
  readonly firstQueryMs: number;
  /** The first pass's timings (each query the first time after load), in milliseconds. */
  readonly firstPass: readonly number[];
  /** The timed rounds' timings, round after round, in milliseconds. */
  readonly times: readonly number[];
  /** What the engine said the total was, for each query (first page). */
  readonly totals: readonly number[];
  readonly suggestions: ReadonlyArray<string | null>;
  readonly sets: PackedSets;
  /** The reader's first-page hits whose marked spans are not what the reference marks (null for the others). */
  readonly spanMismatches: number | null;
  readonly spanExamples: readonly string[];
}

export type JobResult = CorpusFile | BuildFigures | QueryFigures;

export async function runJob(job: Job): Promise<JobResult> {
  if (job.kind === 'generate') {
    const seeds = loadCorpus(job.seedsDir);
    return writeCorpus(job.name, job.file, job.bytes === 0 ? seeds : generateCorpus(seeds, job.bytes, job.seed));
  }
  return job.kind === 'build' ? build(job) : query(job);
}

async function build(job: BuildJob): Promise<BuildFigures> {
  const gc = exposeGc();
  const corpus = readCorpus(job.corpusFile);
  const glossary = loadGlossary();
  const base = settledHeap(gc);
  const started = performance.now();
  // The build step's whole job: the index built and turned into the bytes that are shipped.
  const { value: bytes, peak } = await peakHeapDuring(() =>
    job.engine === 'reader' ? buildReader(corpus, glossary) : buildMiniSearch(corpus, glossary),
  );
  const buildMs = performance.now() - started;
  writeFileSync(job.indexFile, bytes);
  return { buildMs, peakMB: (peak - base) / MB, indexBytes: bytes.length };
}

/**
 * An index loaded from its file. Reading the file is the disk's time, not the engine's: the clock starts at the
 * bytes. The bytes are out of reach once this returns, so the memory measured next is what the engine kept.
 */
function load(
  engine: 'reader' | 'minisearch',
  indexFile: string,
  corpus: Corpus,
  glossary: CompiledGlossary,
): { engine: LoadedEngine; loadMs: number } {
  const bytes = readFileSync(indexFile);
  const started = performance.now();
  const loaded = engine === 'reader' ? loadReader(corpus, glossary, bytes) : loadMiniSearch(glossary, bytes);
  return { engine: loaded, loadMs: performance.now() - started };
}

async function query(job: QueryJob): Promise<QueryFigures> {
  const gc = exposeGc();
  const corpus = readCorpus(job.corpusFile);
  const glossary = loadGlossary();
  const queries = job.queries;
  const base = settledHeap(gc);

  let engine: LoadedEngine;
  let buildFigures: BuildFigures | null = null;
  let loadMs: number | null = null;
  if (job.engine === 'scan') {
    const started = performance.now();
    const { value, peak } = await peakHeapDuring(() => buildScan(corpus, glossary));
    buildFigures = { buildMs: performance.now() - started, peakMB: (peak - base) / MB, indexBytes: null };
    engine = value;
  } else {
    ({ engine, loadMs } = load(job.engine, job.indexFile!, corpus, glossary));
  }
  const memAfterLoadMB = (settledHeap(gc) - base) / MB;

  // Pass 1: every query once, the first of them the first query after load. Only numbers are kept, so the
  // memory measured after it is the engine's, not the results'.
  const firstPass: number[] = [];
  const totals: number[] = [];
  const suggestions: Array<string | null> = [];
  for (const q of queries) {
    const started = performance.now();
    const result = engine.page(q);
    firstPass.push(performance.now() - started);
    totals.push(result.total);
    suggestions.push(result.suggestion);
  }
  const firstQueryMs = firstPass[0] ?? Number.NaN;
  const memAfterQueriesMB = (settledHeap(gc) - base) / MB;
  // V8 compiles the hot paths with its optimizing tier only after they have run a while: the first passes time
  // that, not the engine as a reader who has searched for a minute meets it.
  for (let pass = 0; pass < job.warmup; pass++) for (const q of queries) engine.page(q);
  const times: number[] = [];
  for (let round = 0; round < job.rounds; round++)
    for (const q of queries) {
      const started = performance.now();
      engine.page(q);
      times.push(performance.now() - started);
    }
  const memAfterRoundsMB = (settledHeap(gc) - base) / MB;

  // Untimed: every result, for recall and precision.
  const corrections = job.suggestions ?? suggestions;
  const sets = queries.map((q, i) => engine.all(q, corrections[i] ?? null));

  // The reader's first pages once more, each hit's marked spans checked against the reference's verdict.
  let spanMismatches: number | null = null;
  const spanExamples: string[] = [];
  if (job.engine === 'reader') {
    spanMismatches = 0;
    const docs = new Map(corpus.documents.map((d) => [d.id, d]));
    queries.forEach((q, i) => {
      for (const hit of engine.page(q).hits) {
        const text = docs.get(hit.docId)?.paragraphs[hit.paragraph]?.text ?? '';
        const asked = hit.approximate ? (suggestions[i] ?? q) : q;
        const verdict = verifyAnalysis(analyze(text, glossary), parseQuery(asked, glossary).clauses);
        if (JSON.stringify(verdict?.matches ?? null) === JSON.stringify(hit.matches)) continue;
        spanMismatches!++;
        if (spanExamples.length < 5)
          spanExamples.push(
            `${JSON.stringify(q)} ${hit.docId} ¶${hit.paragraph}: marked ${JSON.stringify(hit.matches)}, ` +
              `reference ${JSON.stringify(verdict?.matches ?? null)}`,
          );
      }
    });
  }

  return {
    build: buildFigures,
    loadMs,
    memAfterLoadMB,
    memAfterQueriesMB,
    memAfterRoundsMB,
    firstQueryMs,
    firstPass,
    times,
    totals,
    suggestions,
    sets: packSets(sets),
    spanMismatches,
    spanExamples,
  };
}
