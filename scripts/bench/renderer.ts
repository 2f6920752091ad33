// The reader in Chromium: from navigation to the library drawn, and to the first search results drawn, read from the
// Performance marks the app sets (renderer/app/marks.ts). Once with the seeds' shipped index, once with the 10 MB
// corpus built into the app. Each app is built apart from the normal build (under build/bench/), so build/data and
// build/renderer, which the end-to-end tests use, are left alone.
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright';
import { build } from 'vite';
import type { CatalogEntry } from '../../renderer/core/corpus/catalog';
import type { Corpus } from '../../renderer/core/corpus/types';
import { formatRoute } from '../../renderer/core/route/route';
import { BENCH_DIR, ROOT } from './cache';
import { serveStatic } from './serve';

export const RENDERER_QUERY = 'new materials';
const MARK_PAINT = 'app:first-paint';
const MARK_RESULT = 'search:first-result';

/**
 * A corpus written back as a seeds folder (catalog.json and one text file per document), for the build step to
 * ingest as it ingests the seeds: the app then gets its data exactly as a normal build makes it.
 */
export function writeSeedsFolder(corpus: Corpus, dir: string): void {
  if (corpus.documents.length > 1000) throw new Error('a seeds folder holds at most 1,000 documents (000_ to 999_)');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const documents: CatalogEntry[] = corpus.documents.map((d, i) => {
    const seed = `${String(i).padStart(3, '0')}_`;
    writeFileSync(join(dir, `${seed}${d.id}.txt`), d.original);
    return {
      id: d.id,
      seed,
      titles: d.titles,
      date: d.date,
      publisher: d.publisher,
      source: d.source,
      language: d.language,
      script: d.script,
      // What the generator gives each language (corpora.ts).
      cleaning: d.language === 'zh' ? ['short-headings'] : [],
    };
  });
  writeFileSync(join(dir, 'catalog.json'), JSON.stringify({ documents }));
}

/** The app built with a seeds folder's data, in a folder of its own; returns where the page is. */
export async function buildApp(label: string, seedsDir: string, log: (line: string) => void): Promise<string> {
  const dataDir = join(BENCH_DIR, `app-${label}`, 'data');
  const outDir = join(BENCH_DIR, `app-${label}`, 'renderer');
  log(`renderer: building the data for ${label} (scripts/build-corpus.ts)`);
  // The build step's output goes to stderr with the rest of the progress.
  const step = spawnSync('npx', ['tsx', 'scripts/build-corpus.ts', '--seeds', seedsDir, '--out', dataDir], {
    cwd: ROOT,
    stdio: ['ignore', 2, 2],
  });
  if (step.status !== 0) throw new Error(`build-corpus failed for ${label} (exit code ${step.status})`);
  log(`renderer: building the app for ${label}`);
  await build({
    configFile: join(ROOT, 'renderer/vite.config.ts'),
    publicDir: dataDir,
    build: { outDir, emptyOutDir: true },
    logLevel: 'warn',
  });
  return outDir;
}

const median = (xs: readonly number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/**
 * Serves a built app and opens it `runs` times in a fresh browser context (no cache, no stored settings), each
 * time reading when a mark was set, in milliseconds from navigation start. Returns the medians.
 */
export async function measureApp(
  outDir: string,
  options: { port: number; runs: number; query: string; log: (line: string) => void },
): Promise<{ firstPaintMs: number; firstResultMs: number }> {
  // Served as the desktop app serves it (not compressed on the fly): see serve.ts.
  const server = await serveStatic(outDir, options.port);
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
  const base = `http://127.0.0.1:${options.port}/`;
  const markAfterNavigation = async (hash: string, mark: string): Promise<number> => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    try {
      const page = await context.newPage();
      await page.goto(base + hash);
      await page.waitForFunction((name) => performance.getEntriesByName(name, 'mark').length > 0, mark, {
        timeout: 180_000,
      });
      // startTime counts from the navigation's start (the page's time origin).
      return await page.evaluate((name) => performance.getEntriesByName(name, 'mark')[0]!.startTime, mark);
    } finally {
      await context.close();
    }
  };
  try {
    const paint: number[] = [];
    const result: number[] = [];
    for (let run = 0; run < options.runs; run++) {
      paint.push(await markAfterNavigation(formatRoute({ view: 'library' }), MARK_PAINT));
      result.push(await markAfterNavigation(formatRoute({ view: 'search', query: options.query }), MARK_RESULT));
      options.log(
        `renderer: run ${run + 1}: first paint ${Math.round(paint.at(-1)!)} ms, first result ${Math.round(result.at(-1)!)} ms`,
      );
    }
    return { firstPaintMs: median(paint), firstResultMs: median(result) };
  } finally {
    await browser.close();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}
