// Generated corpora kept on disk between runs (building 50 MB takes a while), under build/bench/, each named by its
// size, its seed and a fingerprint of what generated it; and read back by the benchmark's workers.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Corpus } from '../../renderer/core/corpus/types';
import { DEFAULT_SEED, textBytes } from './corpora';

export const ROOT = resolve(import.meta.dirname, '../..');
/** Where generated corpora (and the benchmark's other scratch files) are kept between runs. */
export const BENCH_DIR = join(ROOT, 'build/bench');

/** A corpus on disk, ready for the benchmark's workers to load. */
export interface CorpusFile {
  readonly name: string;
  readonly file: string;
  readonly bytes: number;
  readonly paragraphs: number;
  readonly documents: number;
  /** Each document's id and number of paragraphs, in order: what a position in the corpus stands for. */
  readonly layout: ReadonlyArray<readonly [id: string, paragraphs: number]>;
}

/**
 * A fingerprint of everything a generated corpus depends on: the generator (corpora.ts), the ingest, the seeds and the
 * gazetteer. A cached corpus is used only while it matches, so a change to any of them makes a fresh one.
 */
export function generatorVersion(): string {
  const hash = createHash('sha256');
  const files = [
    // The generator, not this file: how corpora are cached does not change what they hold.
    join(ROOT, 'scripts/bench/corpora.ts'),
    join(ROOT, 'scripts/bench/random.ts'),
    join(ROOT, 'assets/cities.json'),
    ...readdirSync(join(ROOT, 'renderer/core/corpus'))
      .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
      .sort()
      .map((f) => join(ROOT, 'renderer/core/corpus', f)),
    ...readdirSync(join(ROOT, 'seeds'))
      .sort()
      .map((f) => join(ROOT, 'seeds', f)),
  ];
  for (const file of files) hash.update(file.slice(ROOT.length)).update(readFileSync(file));
  return hash.digest('hex').slice(0, 12);
}

function summary(name: string, file: string, corpus: Corpus): CorpusFile {
  return {
    name,
    file,
    bytes: textBytes(corpus),
    paragraphs: corpus.documents.reduce((n, d) => n + d.paragraphs.length, 0),
    documents: corpus.documents.length,
    layout: corpus.documents.map((d) => [d.id, d.paragraphs.length] as const),
  };
}

/** Where a corpus of `megabytes` (10^6 bytes of text; 0 for the seeds themselves) is cached. */
export function corpusPath(megabytes: number | 'seeds', seed = DEFAULT_SEED, dir = BENCH_DIR): string {
  const label = megabytes === 'seeds' ? 'seeds' : `${megabytes}mb-seed${seed}`;
  return join(dir, `corpus-${label}-${generatorVersion()}.json`);
}

/** The cached corpus's summary, or null when it has not been generated (with this generator) yet. */
export function cachedCorpus(megabytes: number | 'seeds', seed = DEFAULT_SEED, dir = BENCH_DIR): CorpusFile | null {
  const file = corpusPath(megabytes, seed, dir);
  const meta = `${file}.meta`;
  if (!existsSync(file) || !existsSync(meta)) return null;
  // The path as it is now (the summary may have been written in another checkout, and copied).
  return { ...(JSON.parse(readFileSync(meta, 'utf8')) as CorpusFile), file };
}

/** Writes a corpus and its summary, each through a temporary file, so an interrupted run leaves no half a corpus. */
export function writeCorpus(name: string, file: string, corpus: Corpus): CorpusFile {
  mkdirSync(resolve(file, '..'), { recursive: true });
  const info = summary(name, file, corpus);
  writeFileSync(`${file}.tmp`, JSON.stringify(corpus));
  renameSync(`${file}.tmp`, file);
  writeFileSync(`${file}.meta.tmp`, JSON.stringify(info));
  renameSync(`${file}.meta.tmp`, `${file}.meta`);
  return info;
}

export function corpusName(megabytes: number | 'seeds'): string {
  return megabytes === 'seeds' ? 'seeds' : `${megabytes} MB`;
}

export function readCorpus(file: string): Corpus {
  return JSON.parse(readFileSync(file, 'utf8')) as Corpus;
}
