// The search benchmark (issue 13): `npm run bench`, or `npm run --silent bench -- --json` for one JSON object.
//
// The seed corpus and generated corpora of about 1, 10 and 50 MB of text (corpora.ts); a fixed mix of 255 queries
// (queries.ts); three engines on the same analyzer and the same queries (engines.ts): the reader as the reader uses
// it, MiniSearch fed the same terms, and a scan of every paragraph, the reference. Each engine × corpus runs in
// worker threads of its own so its memory is measured alone (measure.ts). Then the reader in Chromium (renderer.ts).
// Progress goes to stderr; stdout has the table, or with --json only the report.
//
//   --sizes 1,10,50   generated corpora, in MB of text (10^6 bytes); the seeds are always measured first
//   --quick           the seeds and 1 MB only
//   --warmup 2        untimed passes over the queries after the first (which is timed on its own)
//   --rounds 3        timed passes after those
//   --seed 13         the generator's seed
//   --no-renderer     leave out the browser
//   --json            the report as one JSON object; --markdown: the table in Markdown (for the README)
//   --from FILE       print a report saved with --json again (as a table, or --markdown), measuring nothing
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { loadGlossary } from '../../renderer/core/search/glossary';
import { loadCorpus } from '../../renderer/core/node/seeds';
import { printTable } from '../table';
import { compareEngines, type CorpusReport } from './compare';
import { BENCH_DIR, cachedCorpus, corpusName, corpusPath, readCorpus, ROOT, type CorpusFile } from './cache';
import { DEFAULT_SEED } from './corpora';
import type { GenerateJob } from './jobs';
import { barLines, formatBar, jsonReport, markdownTable, TABLE_HEAD, tableRows, type Report } from './output';
import { benchQueries, categoryCounts } from './queries';
import { buildApp, measureApp, RENDERER_QUERY, writeSeedsFolder } from './renderer';
import { runInWorker } from './threads';

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '1,10,50' },
    quick: { type: 'boolean', default: false },
    warmup: { type: 'string', default: '2' },
    rounds: { type: 'string', default: '3' },
    seed: { type: 'string', default: String(DEFAULT_SEED) },
    'no-renderer': { type: 'boolean', default: false },
    json: { type: 'boolean', default: false },
    markdown: { type: 'boolean', default: false },
    port: { type: 'string', default: '4177' },
    from: { type: 'string' },
  },
});
const sizes = values.quick ? [1] : values.sizes.split(',').filter(Boolean).map(Number);
if (sizes.some((s) => !(s > 0))) throw new Error(`--sizes takes sizes in MB, as 1,10,50: not ${values.sizes}`);
const rounds = Number(values.rounds);
if (!Number.isInteger(rounds) || rounds < 1) throw new Error(`--rounds takes a whole number of 1 or more`);
const warmup = Number(values.warmup);
if (!Number.isInteger(warmup) || warmup < 0) throw new Error(`--warmup takes a whole number of 0 or more`);
const seed = Number(values.seed);
const log = (line: string): void => void process.stderr.write(`${line}\n`);

/** Measures everything the options ask for. */
async function measure(): Promise<Report> {
  const git = (...args: string[]): string => execFileSync('git', args, { cwd: ROOT, encoding: 'utf8' }).trim();
  let commit = 'unknown';
  let searchUncommitted = false;
  try {
    commit = git('rev-parse', '--short', 'HEAD');
    searchUncommitted = git('status', '--porcelain', '--', 'renderer/core/search', 'renderer/worker') !== '';
  } catch {
    // Not a git checkout (an exported tree): the report says "unknown".
  }

  mkdirSync(BENCH_DIR, { recursive: true });
  const glossary = loadGlossary();
  const queries = benchQueries(loadCorpus(join(ROOT, 'seeds')), glossary);
  log(`${queries.length} queries: ${JSON.stringify(categoryCounts(queries))}`);

  /** The corpus on disk: from the cache, or generated now (in a worker, so this thread never holds 50 MB of text). */
  async function ensureCorpus(megabytes: number | 'seeds'): Promise<CorpusFile> {
    const cached = cachedCorpus(megabytes, seed);
    if (cached) return cached;
    log(`${corpusName(megabytes)}: generating (cached afterwards in ${BENCH_DIR})`);
    const job: GenerateJob = {
      kind: 'generate',
      name: corpusName(megabytes),
      seedsDir: join(ROOT, 'seeds'),
      bytes: megabytes === 'seeds' ? 0 : megabytes * 1e6,
      seed,
      file: corpusPath(megabytes, seed),
    };
    return (await runInWorker(job)) as CorpusFile;
  }

  const corpora: CorpusReport[] = [];
  const files = new Map<number | 'seeds', CorpusFile>();
  for (const size of ['seeds' as const, ...sizes]) {
    const corpus = await ensureCorpus(size);
    files.set(size, corpus);
    log(
      `${corpus.name}: ${corpus.documents} documents, ${corpus.paragraphs} paragraphs, ${corpus.bytes} bytes of text`,
    );
    corpora.push(
      await compareEngines(corpus, { queries, warmup, rounds, scratchDir: BENCH_DIR, run: runInWorker, log }),
    );
  }

  const renderer: Report['renderer'] = {
    firstPaintMs: null,
    firstResultMs: null,
    firstResultMs10MB: null,
    firstPaintMs10MB: null,
    query: RENDERER_QUERY,
    runs: 9,
  };
  if (!values['no-renderer']) {
    const measureOptions = { port: Number(values.port), runs: renderer.runs, query: RENDERER_QUERY, log };
    const seedsApp = await buildApp('seeds', join(ROOT, 'seeds'), log);
    const seeds = await measureApp(seedsApp, measureOptions);
    Object.assign(renderer, { firstPaintMs: seeds.firstPaintMs, firstResultMs: seeds.firstResultMs });
    const ten = files.get(10);
    if (ten) {
      const seedsDir = join(BENCH_DIR, 'seeds-10mb');
      writeSeedsFolder(readCorpus(ten.file), seedsDir);
      const tenMB = await measureApp(await buildApp('10mb', seedsDir, log), measureOptions);
      Object.assign(renderer, { firstResultMs10MB: tenMB.firstResultMs, firstPaintMs10MB: tenMB.firstPaintMs });
    } else log('renderer: no 10 MB corpus in this run (--sizes), so no 10 MB figure');
  }

  return {
    commit,
    searchUncommitted,
    passes: { warmup: 1 + warmup, timed: rounds },
    queries: { total: queries.length, first: queries[0]!.text, categories: categoryCounts(queries) },
    corpora,
    renderer,
  };
}

const report: Report = values.from ? (JSON.parse(readFileSync(values.from, 'utf8')) as Report) : await measure();
if (values.json) console.log(jsonReport(report));
else if (values.markdown) console.log(markdownTable(report));
else {
  console.log(
    `Search benchmark, commit ${report.commit}${report.searchUncommitted ? ' (with uncommitted changes to the search)' : ''}: ` +
      `${report.queries.total} queries; percentiles over ${report.passes.timed} timed passes after ` +
      `${report.passes.warmup} to warm up (the first of them timed on its own: first pass p95); ` +
      `first query after load: ${JSON.stringify(report.queries.first)}`,
  );
  console.log(
    `queries: ${Object.entries(report.queries.categories)
      .map(([c, n]) => `${c} ${n}`)
      .join(', ')}\n`,
  );
  printTable(TABLE_HEAD, tableRows(report));
  const r = report.renderer;
  const shown = (x: number | null) => (x === null ? 'not measured' : `${Math.round(x)} ms`);
  console.log(
    `\nrenderer (Chromium, median of ${r.runs}, query ${JSON.stringify(r.query)}): first paint ${shown(r.firstPaintMs)}, ` +
      `first result ${shown(r.firstResultMs)}; with the 10 MB corpus: first paint ${shown(r.firstPaintMs10MB)}, ` +
      `first result ${shown(r.firstResultMs10MB)}\n`,
  );
  for (const line of barLines(report)) console.log(formatBar(line));
}
