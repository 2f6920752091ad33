// npm run eval:search: search quality on hand-labelled queries, the reader's engine beside its alternatives.
//
// Two splits:
// - dev: queries over the five seed documents (renderer/core/search/eval/dev/queries.json). Tune on this one;
//   `--misses` lists what the reader's engine gets wrong on it.
// - held-out: documents written for the purpose and queries over them (renderer/core/search/eval/heldout/), never
//   read while tuning. Only its figures are printed, never its text.
import { existsSync, readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import type { Corpus } from '../renderer/core/corpus/types';
import { score, type QueryOutcome, type Scores } from '../renderer/core/search/eval/metrics';
import { loadGlossary, NO_GLOSSARY, type CompiledGlossary } from '../renderer/core/search/glossary';
import { SearchEngine, type EngineOptions } from '../renderer/core/search/search';
import { loadCorpus } from '../renderer/core/node/seeds';
import { printTable } from './table';

const EVAL = 'renderer/core/search/eval';
const QueriesSchema = z.object({
  about: z.string().optional(),
  queries: z.array(
    z.object({
      id: z.string().min(1),
      query: z.string(),
      kind: z.string().min(1),
      relevant: z.array(z.object({ doc: z.string().min(1), paragraph: z.string().min(1) })),
      why: z.string().optional(),
    }),
  ),
});
type LabelledQuery = z.infer<typeof QueriesSchema>['queries'][number];

interface Split {
  readonly name: 'dev' | 'held-out';
  readonly corpus: Corpus;
  readonly queries: readonly LabelledQuery[];
}

const ENGINES: ReadonlyArray<{ name: string; about: string; glossary: 'full' | 'none'; options: EngineOptions }> = [
  { name: 'reader', about: 'as the reader searches', glossary: 'full', options: {} },
  {
    name: 'language-first',
    about: 'the query language ranked before match quality (the order before issue 9)',
    glossary: 'full',
    options: { rank: 'language' },
  },
  { name: 'no-spelling', about: 'without correcting misspelled words', glossary: 'full', options: { spelling: false } },
  {
    name: 'no-glossary',
    about: 'words and characters only: no glossary concepts, no city names across languages',
    glossary: 'none',
    options: {},
  },
];

/** The paragraph a label points at: the one paragraph of its document that holds the quoted text. */
function resolve(split: Split, q: LabelledQuery): Set<string> {
  const ids = new Set<string>();
  for (const label of q.relevant) {
    const doc = split.corpus.documents.find((d) => d.id === label.doc);
    if (!doc) throw new Error(`${split.name} ${q.id}: no document ${label.doc}`);
    const at = doc.paragraphs.filter((p) => p.text.includes(label.paragraph));
    if (at.length !== 1)
      throw new Error(
        `${split.name} ${q.id}: "${label.paragraph}" is in ${at.length} paragraphs of ${label.doc}, not one`,
      );
    ids.add(`${doc.id}#${at[0]!.index}`);
  }
  return ids;
}

function loadSplit(name: Split['name'], seeds: string, queriesFile: string): Split | null {
  if (!existsSync(queriesFile) || !existsSync(`${seeds}/catalog.json`)) return null;
  return {
    name,
    corpus: loadCorpus(seeds),
    queries: QueriesSchema.parse(JSON.parse(readFileSync(queriesFile, 'utf8'))).queries,
  };
}

function outcomes(split: Split, engine: SearchEngine): Array<QueryOutcome & { query: LabelledQuery }> {
  return split.queries.map((query) => ({
    query,
    relevant: resolve(split, query),
    ranked: engine.search(query.query, { limit: 10_000 }).hits.map((h) => `${h.docId}#${h.paragraph}`),
  }));
}

const { values } = parseArgs({
  options: { json: { type: 'boolean', default: false }, misses: { type: 'boolean', default: false } },
});
const splits = [
  loadSplit('dev', 'seeds', `${EVAL}/dev/queries.json`),
  loadSplit('held-out', `${EVAL}/heldout/seeds`, `${EVAL}/heldout/queries.json`),
].filter((s): s is Split => s !== null);
if (splits.length === 0) {
  console.error('error: no labelled queries found under renderer/core/search/eval/');
  process.exit(1);
}
const full: CompiledGlossary = loadGlossary();

const results: Array<{ split: string; engine: string; scores: Scores; byKind: Record<string, Scores> }> = [];
for (const split of splits) {
  for (const spec of ENGINES) {
    const engine = SearchEngine.build(split.corpus, spec.glossary === 'full' ? full : NO_GLOSSARY, spec.options);
    const all = outcomes(split, engine);
    const kinds = [...new Set(all.map((o) => o.query.kind))].sort();
    const byKind = Object.fromEntries(kinds.map((k) => [k, score(all.filter((o) => o.query.kind === k))]));
    results.push({ split: split.name, engine: spec.name, scores: score(all), byKind });
    if (values.misses && split.name === 'dev' && spec.name === 'reader') printMisses(split, all);
  }
}

if (values.json) {
  console.log(JSON.stringify({ engines: ENGINES.map(({ name, about }) => ({ name, about })), results }, null, 2));
} else {
  const f = (n: number) => n.toFixed(3);
  const rows = results.map((r) => [
    r.split,
    r.engine,
    String(r.scores.queries),
    f(r.scores.precision),
    f(r.scores.recall),
    f(r.scores.f1),
    f(r.scores.precisionAt10),
    f(r.scores.ndcgAt10),
    f(r.scores.mrr),
    `${r.scores.emptyWhenNothing}/${r.scores.nothingRelevant}`,
  ]);
  printTable(
    ['split', 'engine', 'queries', 'precision', 'recall', 'F1', 'P@10', 'nDCG@10', 'MRR', 'empty when nothing'],
    rows,
  );
  console.log('');
  for (const spec of ENGINES) console.log(`${spec.name}: ${spec.about}`);
  for (const r of results.filter((x) => x.engine === 'reader')) {
    console.log(`\nreader on ${r.split}, by kind of query:`);
    printTable(
      ['kind', 'queries', 'precision', 'recall', 'nDCG@10'],
      Object.entries(r.byKind).map(([k, s]) => [k, String(s.queries), f(s.precision), f(s.recall), f(s.ndcgAt10)]),
    );
  }
  if (!splits.some((s) => s.name === 'held-out'))
    console.log('\n(no held-out split found under renderer/core/search/eval/heldout/)');
}

/** What the reader's engine gets wrong on the dev split: paragraphs it misses, and paragraphs it returns that are not wanted. */
function printMisses(split: Split, all: Array<QueryOutcome & { query: LabelledQuery }>): void {
  const text = (id: string) => {
    const [docId, n] = id.split('#');
    return split.corpus.documents.find((d) => d.id === docId)!.paragraphs[Number(n)]!.text.slice(0, 90);
  };
  for (const o of all) {
    const missed = [...o.relevant].filter((id) => !o.ranked.includes(id));
    const extra = o.ranked.filter((id) => !o.relevant.has(id));
    if (missed.length === 0 && extra.length === 0) continue;
    console.error(`${o.query.id} [${o.query.kind}] ${JSON.stringify(o.query.query)}`);
    for (const id of missed) console.error(`   missed ${id}: ${text(id)}`);
    for (const id of extra) console.error(`   extra  ${id} (rank ${o.ranked.indexOf(id) + 1}): ${text(id)}`);
  }
}
