// Build step: ingests the seeds into the corpus file the reader loads (build/data/corpus.json).
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { loadGlossary } from '../renderer/core/search/glossary';
import { libraryOf, originalPath, searchCorpus, withoutOriginals } from '../renderer/core/corpus/shipped';
import { encodeIndex } from '../renderer/core/search/index-file';
import { SearchEngine } from '../renderer/core/search/search';
import { cityProfiles } from '../renderer/core/extract/city-profiles';
import { extractTargets } from '../renderer/core/extract/targets';
import { describeMissing, loadCorpus } from '../renderer/core/node/seeds';

const { values } = parseArgs({
  options: {
    seeds: { type: 'string', default: 'seeds' },
    out: { type: 'string', default: 'build/data' },
  },
});
const seedsDir = resolve(values.seeds);
const outDir = resolve(values.out);
try {
  const corpus = loadCorpus(seedsDir);
  mkdirSync(outDir, { recursive: true });
  // The page draws its first screen from the library (no text), then loads the corpus without the documents'
  // original texts, and each of those only when it is shown.
  writeFileSync(join(outDir, 'library.json'), JSON.stringify(libraryOf(corpus)));
  writeFileSync(join(outDir, 'corpus.json'), JSON.stringify(withoutOriginals(corpus)));
  mkdirSync(join(outDir, 'originals'), { recursive: true });
  for (const d of corpus.documents) writeFileSync(join(outDir, originalPath(d.id)), d.original);
  // The search index is built here, once, and shipped: the reader only imports it.
  const glossary = loadGlossary();
  const index = await SearchEngine.build(corpus, glossary).export();
  const files = encodeIndex(index);
  writeFileSync(join(outDir, 'search-index.bin'), files.index);
  writeFileSync(join(outDir, 'search-words.bin'), files.words);
  // The index's form before version 3, left by an older build: not shipped again.
  rmSync(join(outDir, 'search-index.json'), { force: true });
  // What the search worker reads: the paragraphs without what only the reader shows (half the size).
  writeFileSync(join(outDir, 'search-corpus.json'), JSON.stringify(searchCorpus(corpus)));
  // What the extractors find, so the reader shows it without re-analysing the corpus.
  writeFileSync(
    join(outDir, 'extracts.json'),
    JSON.stringify({ cities: cityProfiles(corpus, glossary), targets: extractTargets(corpus, glossary) }),
  );
  const paragraphs = corpus.documents.reduce((n, d) => n + d.paragraphs.length, 0);
  console.error(`corpus: ${corpus.documents.length} documents, ${paragraphs} paragraphs from ${seedsDir} -> ${outDir}`);
  const missing = describeMissing(corpus, values.seeds);
  if (missing) console.error(`warning: ${missing}. The program will list them as missing.`);
} catch (error) {
  console.error(`error: ${(error as Error).message}`);
  process.exit(1);
}
