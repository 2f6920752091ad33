import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadCorpus } from '../../renderer/core/node/seeds';
import { loadGlossary } from '../../renderer/core/search/glossary';
import { compareEngines } from './compare';
import { writeCorpus } from './cache';
import { runJob } from './jobs';
import { barLines, formatBar, jsonReport, markdownTable, type Report } from './output';
import { benchQueries, categoryCounts } from './queries';

// The benchmark's own steps on the seeds alone, in this process (no worker threads, no browser): the report they
// make must be the JSON object the issue names, with every field. Timings are not checked, only that they are there.
const dir = mkdtempSync(join(tmpdir(), 'bench-test-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const FIELDS = [
  'buildMs',
  'peakMB',
  'indexBytes',
  'loadMs',
  'memAfterLoadMB',
  'memAfterQueriesMB',
  'firstQueryMs',
  'p50Ms',
  'p95Ms',
  'p99Ms',
  'recall',
  'precision',
];

describe('the report', () => {
  it('is one JSON object with every figure for every engine', async () => {
    const seeds = loadCorpus('seeds');
    const queries = benchQueries(seeds, loadGlossary());
    const file = writeCorpus('seeds', join(dir, 'corpus-seeds.json'), seeds);
    const lines: string[] = [];
    const corpus = await compareEngines(file, {
      queries,
      warmup: 0,
      rounds: 1,
      scratchDir: dir,
      run: runJob,
      log: (line) => lines.push(line),
    });
    const report: Report = {
      commit: 'test',
      searchUncommitted: false,
      passes: { warmup: 1, timed: 1 },
      queries: { total: queries.length, first: queries[0]!.text, categories: categoryCounts(queries) },
      corpora: [corpus],
      renderer: {
        firstPaintMs: null,
        firstResultMs: null,
        firstResultMs10MB: null,
        firstPaintMs10MB: null,
        query: 'q',
        runs: 3,
      },
    };
    const parsed = JSON.parse(jsonReport(report)) as {
      corpora: Array<{
        name: string;
        bytes: number;
        paragraphs: number;
        engines: Record<string, Record<string, unknown>>;
      }>;
      renderer: Record<string, unknown>;
    };
    const [c] = parsed.corpora;
    expect(c).toMatchObject({ name: 'seeds', paragraphs: 112 });
    expect(c!.bytes).toBeGreaterThan(40_000);
    expect(Object.keys(c!.engines).sort()).toEqual(['minisearch', 'reader', 'scan']);
    for (const [name, figures] of Object.entries(c!.engines)) {
      for (const field of FIELDS) {
        expect(figures, `${name}.${field}`).toHaveProperty(field);
        const value = figures[field];
        // The scan ships no index and loads nothing: those two are null for it, every other figure is a number.
        if (name === 'scan' && (field === 'indexBytes' || field === 'loadMs')) expect(value).toBeNull();
        else expect(typeof value, `${name}.${field}`).toBe('number');
      }
    }
    // The scan is the reference: it agrees with itself.
    expect(c!.engines.scan).toMatchObject({ recall: 1, precision: 1 });
    expect(Object.keys(parsed.renderer)).toEqual(
      expect.arrayContaining(['firstPaintMs', 'firstResultMs', 'firstResultMs10MB']),
    );
    expect(markdownTable(report).split('\n')).toHaveLength(2 + 3);
    expect(
      barLines(report)
        .map(formatBar)
        .every((l) => /^bar: .* … measured .* … (PASS|MISS|not measured)$/.test(l)),
    ).toBe(true);
  });
});
