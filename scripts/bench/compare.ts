// One corpus, three engines, side by side: each built and queried in jobs of its own, then every result set compared
// with the scan's.
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import type { CorpusFile } from './cache';
import type { EngineName } from './engines';
import type { BuildFigures, Job, JobResult, QueryFigures } from './jobs';
import { agreement, percentile, unpackSets } from './measure';
import type { BenchQuery } from './queries';

export interface EngineFigures {
  readonly buildMs: number;
  readonly peakMB: number;
  /** The serialized index (null for the scan, which has none to ship). */
  readonly indexBytes: number | null;
  /** Turning those bytes back into a searchable index (null for the scan). */
  readonly loadMs: number | null;
  readonly memAfterLoadMB: number;
  readonly memAfterQueriesMB: number;
  /** After the timed rounds too: whether memory grows with the number of queries. */
  readonly memAfterRoundsMB: number;
  readonly firstQueryMs: number;
  /** The 95th percentile of the first pass: each query the first time after load, before V8 has optimized. */
  readonly firstPassP95Ms: number;
  readonly p50Ms: number;
  readonly p95Ms: number;
  readonly p99Ms: number;
  readonly recall: number;
  readonly precision: number;
  /** Queries whose full result set is not the scan's. */
  readonly queriesDiffering: number;
  /** Queries whose reported total is not the size of the scan's set (the reader only). */
  readonly totalsDiffering: number | null;
  /** First-page hits whose marked spans are not the reference's (the reader only). */
  readonly spanMismatches: number | null;
}

export interface CorpusReport {
  readonly name: string;
  readonly bytes: number;
  readonly paragraphs: number;
  readonly documents: number;
  readonly engines: Record<EngineName, EngineFigures>;
}

export interface CompareOptions {
  readonly queries: readonly BenchQuery[];
  /** Untimed passes over the queries after the first, and timed ones after those. */
  readonly warmup: number;
  readonly rounds: number;
  /** Where the built indexes are put between their build and their load (removed afterwards). */
  readonly scratchDir: string;
  readonly run: (job: Job) => Promise<JobResult>;
  readonly log: (line: string) => void;
}

/** "gen-00012 ¶34": a position in the corpus as a reader would find it. */
function place(corpus: CorpusFile, position: number): string {
  let at = position;
  for (const [id, count] of corpus.layout) {
    if (at < count) return `${id} ¶${at}`;
    at -= count;
  }
  return `#${position}`;
}

export async function compareEngines(corpus: CorpusFile, options: CompareOptions): Promise<CorpusReport> {
  const { queries, warmup, rounds, run, log } = options;
  const texts = queries.map((q) => q.text);
  const figures = {} as Record<EngineName, { build: BuildFigures; query: QueryFigures }>;
  let suggestions: ReadonlyArray<string | null> | null = null;

  // The reader first: its corrections ("Did you mean") are answered by the other two as well.
  for (const engine of ['reader', 'minisearch'] as const) {
    const indexFile = join(options.scratchDir, `index-${engine}-${corpus.name.replace(/\W+/g, '')}.bin`);
    try {
      log(`${corpus.name}: ${engine}: building`);
      const build = (await run({ kind: 'build', engine, corpusFile: corpus.file, indexFile })) as BuildFigures;
      log(`${corpus.name}: ${engine}: loading in a fresh worker and querying`);
      const query = (await run({
        kind: 'query',
        engine,
        corpusFile: corpus.file,
        indexFile,
        queries: texts,
        suggestions,
        warmup,
        rounds,
      })) as QueryFigures;
      figures[engine] = { build, query };
      suggestions ??= query.suggestions;
    } finally {
      rmSync(indexFile, { force: true });
    }
  }
  log(`${corpus.name}: scan: analysing every paragraph and querying`);
  const scan = (await run({
    kind: 'query',
    engine: 'scan',
    corpusFile: corpus.file,
    indexFile: null,
    queries: texts,
    suggestions,
    warmup,
    rounds,
  })) as QueryFigures;
  figures.scan = { build: scan.build!, query: scan };

  const reference = unpackSets(scan.sets);
  const engines = {} as Record<EngineName, EngineFigures>;
  for (const name of ['reader', 'minisearch', 'scan'] as const) {
    const { build, query } = figures[name];
    const found = unpackSets(query.sets);
    const agreed = agreement(reference, found);
    if (agreed.differing.length > 0) {
      log(`${corpus.name}: ${name}: ${agreed.differing.length} queries differ from the scan; the first few:`);
      for (const q of agreed.differing.slice(0, 5)) {
        const want = new Set(reference[q]);
        const got = new Set(found[q]);
        const missing = [...want].filter((id) => !got.has(id));
        const extra = [...got].filter((id) => !want.has(id));
        log(
          `  ${JSON.stringify(texts[q])} (${queries[q]!.category}): scan ${want.size}, ${name} ${got.size}; ` +
            `missing ${missing.length} [${missing
              .slice(0, 3)
              .map((id) => place(corpus, id))
              .join(', ')}], ` +
            `extra ${extra.length} [${extra
              .slice(0, 3)
              .map((id) => place(corpus, id))
              .join(', ')}]`,
        );
      }
    }
    // Where the time goes: the queries slowest for this engine (each the median of its timed rounds).
    const perQuery = texts.map((_, q) =>
      percentile(
        Array.from({ length: rounds }, (_, round) => query.times[round * texts.length + q]!),
        50,
      ),
    );
    const slowest = perQuery
      .map((time, q) => ({ time, q }))
      .sort((a, b) => b.time - a.time)
      .slice(0, 5);
    log(
      `${corpus.name}: ${name}: slowest queries: ` +
        slowest.map(({ time, q }) => `${JSON.stringify(texts[q])} ${time.toFixed(1)} ms`).join(', '),
    );
    let totalsDiffering: number | null = null;
    if (name === 'reader') {
      const wrong = query.totals.flatMap((total, q) => (total === reference[q]!.length ? [] : [q]));
      totalsDiffering = wrong.length;
      for (const q of wrong.slice(0, 5))
        log(
          `  reader total for ${JSON.stringify(texts[q])}: ${query.totals[q]}, the scan finds ${reference[q]!.length}`,
        );
      for (const example of query.spanExamples) log(`  reader spans: ${example}`);
    }
    engines[name] = {
      buildMs: build.buildMs,
      peakMB: build.peakMB,
      indexBytes: build.indexBytes,
      loadMs: query.loadMs,
      memAfterLoadMB: query.memAfterLoadMB,
      memAfterQueriesMB: query.memAfterQueriesMB,
      memAfterRoundsMB: query.memAfterRoundsMB,
      firstQueryMs: query.firstQueryMs,
      firstPassP95Ms: percentile(query.firstPass, 95),
      p50Ms: percentile(query.times, 50),
      p95Ms: percentile(query.times, 95),
      p99Ms: percentile(query.times, 99),
      recall: agreed.recall,
      precision: agreed.precision,
      queriesDiffering: agreed.differing.length,
      totalsDiffering,
      spanMismatches: query.spanMismatches,
    };
  }
  return {
    name: corpus.name,
    bytes: corpus.bytes,
    paragraphs: corpus.paragraphs,
    documents: corpus.documents,
    engines,
  };
}
