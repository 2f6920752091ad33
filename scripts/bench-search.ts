// Benchmark: how long a search takes, measured as the reader does it (index imported from its export).
// Prints a table; run with `npm run bench`. Numbers, not assertions: tests never time anything.
import { parseArgs } from 'node:util';
import { ingestDocument } from '../renderer/core/corpus/ingest';
import type { Corpus, PolicyDocument } from '../renderer/core/corpus/types';
import { loadGlossary } from '../renderer/core/search/glossary';
import { SearchEngine } from '../renderer/core/search/search';
import { loadCorpus } from '../renderer/core/node/seeds';

const { values } = parseArgs({
  options: { rounds: { type: 'string', default: '200' }, scale: { type: 'string', default: '10' } },
});
const rounds = Number(values.rounds);

const QUERIES = [
  '海尔',
  '山東',
  'new materials',
  '一带一路',
  'artificial intelligence',
  'Yantai',
  '煙台',
  "Tai'an",
  '网络',
  'cluster',
  'high-end',
  '"high-end aluminum"',
  'hydrogen energy 2027',
  '新旧动能转换',
  'GDP growth',
  'hydorgen',
  'Qingdoa',
  '((( [*`',
];

/** The corpus repeated `times` times (documents given new ids), to see how search grows with size. */
function repeated(corpus: Corpus, times: number): Corpus {
  const documents: PolicyDocument[] = [];
  for (let i = 0; i < times; i++) for (const d of corpus.documents) documents.push({ ...d, id: `${d.id}-${i}` });
  return { documents, missing: [] };
}

/**
 * The worst case for marking and ranking: one document that is a single very long paragraph, as 000's body is, made
 * of every paragraph of the corpus `times` times over.
 */
function oneLongParagraph(corpus: Corpus, times: number): Corpus {
  const body = Array.from({ length: times }, () =>
    corpus.documents.flatMap((d) => d.paragraphs.filter((p) => p.kind === 'paragraph').map((p) => p.text)),
  )
    .flat()
    .join(' ');
  const first = corpus.documents[0]!;
  const entry = {
    id: 'long',
    seed: '999_',
    titles: first.titles,
    date: first.date,
    publisher: '',
    source: '',
    language: 'en' as const,
    script: 'Latn' as const,
    cleaning: [],
  };
  return { documents: [ingestDocument(entry, 'long.txt', `One long paragraph\n${body}`)], missing: [] };
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

async function measure(label: string, corpus: Corpus): Promise<void> {
  const glossary = loadGlossary();
  const paragraphs = corpus.documents.reduce((n, d) => n + d.paragraphs.length, 0);
  let t = performance.now();
  const built = SearchEngine.build(corpus, glossary);
  const buildMs = performance.now() - t;
  const exported = await built.export();
  const size = JSON.stringify(exported).length;
  t = performance.now();
  const engine = SearchEngine.load(corpus, glossary, exported);
  const loadMs = performance.now() - t;
  t = performance.now();
  engine.search('new materials');
  const firstMs = performance.now() - t;

  const times: number[] = [];
  for (let r = 0; r < rounds; r++) {
    for (const q of QUERIES) {
      const start = performance.now();
      engine.search(q, { limit: 200 });
      times.push(performance.now() - start);
    }
  }
  times.sort((a, b) => a - b);
  console.log(`\n${label}: ${corpus.documents.length} documents, ${paragraphs} paragraphs`);
  console.log(
    `  index: built in ${buildMs.toFixed(1)} ms, ${(size / 1024).toFixed(1)} KiB exported, imported in ${loadMs.toFixed(1)} ms`,
  );
  console.log(`  first query (analyzes what it touches): ${firstMs.toFixed(2)} ms`);
  console.log(
    `  ${times.length} queries (${QUERIES.length} kinds × ${rounds}): median ${percentile(times, 50).toFixed(3)} ms, p95 ${percentile(times, 95).toFixed(3)} ms, max ${times[times.length - 1]!.toFixed(3)} ms`,
  );
}

const corpus = loadCorpus('seeds');
await measure('the five documents (seeds/)', corpus);
const scale = Number(values.scale);
if (scale > 1) await measure(`the same corpus repeated ${scale} times`, repeated(corpus, scale));
if (scale > 1) {
  const long = oneLongParagraph(corpus, scale);
  await measure(
    `one paragraph of ${long.documents[0]!.paragraphs[1]!.text.length.toLocaleString('en')} characters (every paragraph, ${scale} times)`,
    long,
  );
}
