// The benchmark's report: one object (printed whole with --json), a table for a terminal or for the README, and the
// issue's bar, each line measured and marked PASS or MISS. The bar is reported, never asserted.
import type { CorpusReport, EngineFigures } from './compare';
import { ENGINES } from './engines';

export interface RendererFigures {
  /** From navigation to the library first drawn, with the seeds' shipped index (median of `runs`). */
  readonly firstPaintMs: number | null;
  /** From navigation (to the search address) to the first results drawn, with the seeds' shipped index. */
  readonly firstResultMs: number | null;
  /** The same with the 10 MB corpus built into the app. */
  readonly firstResultMs10MB: number | null;
  readonly firstPaintMs10MB: number | null;
  readonly query: string;
  readonly runs: number;
}

export interface Report {
  /** The commit measured, and whether the search code had changes not yet committed when it ran. */
  readonly commit: string;
  readonly searchUncommitted: boolean;
  /**
   * How many passes over the queries warmed up (the first of them timed on its own), and how many were timed for
   * the percentiles.
   */
  readonly passes: { readonly warmup: number; readonly timed: number };
  readonly queries: { readonly total: number; readonly first: string; readonly categories: Record<string, number> };
  readonly corpora: readonly CorpusReport[];
  readonly renderer: RendererFigures;
}

const ms = (x: number | null): string =>
  x === null || Number.isNaN(x)
    ? '–'
    : x >= 100
      ? Math.round(x).toLocaleString('en')
      : x >= 10
        ? x.toFixed(1)
        : x.toFixed(2);
const mb = (x: number | null): string => (x === null ? '–' : x.toFixed(1));
const share = (x: number): string => (x === 1 ? '1.0' : x.toFixed(4));

export const TABLE_HEAD = [
  'corpus',
  'engine',
  'build ms',
  'peak MB',
  'index MB',
  'load ms',
  'mem load MB',
  'mem queries MB',
  'mem rounds MB',
  'first query ms',
  'first pass p95 ms',
  'p50 ms',
  'p95 ms',
  'p99 ms',
  'recall',
  'precision',
];

export function tableRows(report: Report): string[][] {
  return report.corpora.flatMap((c) =>
    ENGINES.map((name) => {
      const e: EngineFigures = c.engines[name];
      return [
        c.name,
        name,
        ms(e.buildMs),
        mb(e.peakMB),
        e.indexBytes === null ? '–' : (e.indexBytes / 1e6).toFixed(2),
        ms(e.loadMs),
        mb(e.memAfterLoadMB),
        mb(e.memAfterQueriesMB),
        mb(e.memAfterRoundsMB),
        ms(e.firstQueryMs),
        ms(e.firstPassP95Ms),
        ms(e.p50Ms),
        ms(e.p95Ms),
        ms(e.p99Ms),
        share(e.recall),
        share(e.precision),
      ];
    }),
  );
}

export function markdownTable(report: Report): string {
  const line = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;
  return [line(TABLE_HEAD), line(TABLE_HEAD.map(() => '---')), ...tableRows(report).map(line)].join('\n');
}

export interface BarLine {
  readonly text: string;
  readonly measured: string;
  /** null when the run did not measure it (a corpus or the browser left out). */
  readonly pass: boolean | null;
}

/** The bar, line by line, against this run's figures. */
export function barLines(report: Report): BarLine[] {
  const corpus = (name: string) => report.corpora.find((c) => c.name === name)?.engines;
  const lines: BarLine[] = [];
  for (const c of report.corpora) {
    const r = c.engines.reader;
    lines.push({
      text: `${c.name}: reader recall and precision against scan are 1.0`,
      measured: `recall ${share(r.recall)}, precision ${share(r.precision)}, ${r.queriesDiffering} queries differ`,
      pass: r.recall === 1 && r.precision === 1,
    });
  }
  const ten = corpus('10 MB');
  const fifty = corpus('50 MB');
  const missing = (text: string): BarLine => ({ text, measured: 'not measured', pass: null });
  if (ten) {
    const p95 = ten.reader.p95Ms;
    lines.push(
      {
        text: '10 MB: reader p95 ≤ 2 ms',
        measured: `${ms(p95)} ms (the first pass, before V8 optimizes: ${ms(ten.reader.firstPassP95Ms)} ms)`,
        pass: p95 <= 2,
      },
      {
        text: "10 MB: reader p95 ≤ a tenth of scan's",
        measured: `${ms(p95)} ms vs scan ${ms(ten.scan.p95Ms)} ms / 10 = ${ms(ten.scan.p95Ms / 10)} ms`,
        pass: p95 <= ten.scan.p95Ms / 10,
      },
      {
        text: "10 MB: reader p95 ≤ a fifth of minisearch's",
        measured: `${ms(p95)} ms vs minisearch ${ms(ten.minisearch.p95Ms)} ms / 5 = ${ms(ten.minisearch.p95Ms / 5)} ms`,
        pass: p95 <= ten.minisearch.p95Ms / 5,
      },
      {
        text: '10 MB: first query after load ≤ 100 ms',
        measured: `${ms(ten.reader.firstQueryMs)} ms`,
        pass: ten.reader.firstQueryMs <= 100,
      },
    );
  } else lines.push(missing('10 MB: reader p95 ≤ 2 ms, ≤ scan/10, ≤ minisearch/5; first query ≤ 100 ms'));
  if (fifty)
    lines.push({
      text: '50 MB: reader p95 ≤ 10 ms',
      measured: `${ms(fifty.reader.p95Ms)} ms (the first pass: ${ms(fifty.reader.firstPassP95Ms)} ms)`,
      pass: fifty.reader.p95Ms <= 10,
    });
  else lines.push(missing('50 MB: reader p95 ≤ 10 ms'));
  const screen = report.renderer.firstResultMs10MB;
  lines.push(
    screen === null
      ? missing('10 MB: first search result on screen < 1 s from navigation')
      : {
          text: '10 MB: first search result on screen < 1 s from navigation',
          measured: `${ms(screen)} ms`,
          pass: screen < 1000,
        },
  );
  for (const name of ['10 MB', '50 MB']) {
    const c = report.corpora.find((x) => x.name === name);
    if (!c) {
      lines.push(missing(`${name}: search memory ≤ 3× the text, not growing with queries`));
      continue;
    }
    const r = c.engines.reader;
    const text = c.bytes / 1e6;
    const most = Math.max(r.memAfterLoadMB, r.memAfterQueriesMB, r.memAfterRoundsMB);
    lines.push({
      text: `${name}: reader search memory ≤ 3× the text (${mb(3 * text)} MB)`,
      measured: `${mb(most)} MB at most (after load ${mb(r.memAfterLoadMB)}, after every query ${mb(r.memAfterQueriesMB)}, after ${report.passes.warmup + report.passes.timed} passes ${mb(r.memAfterRoundsMB)})`,
      pass: most <= 3 * text,
    });
    // Growth: what the queries left behind, beyond a little noise (5% of the loaded index, or 2 MB).
    const growth = r.memAfterRoundsMB - r.memAfterLoadMB;
    lines.push({
      text: `${name}: reader search memory does not grow with the number of queries`,
      measured: `${growth >= 0 ? '+' : ''}${mb(growth)} MB from load to after ${report.passes.warmup + report.passes.timed} passes`,
      pass: growth <= Math.max(2, 0.05 * r.memAfterLoadMB),
    });
  }
  return lines;
}

export function formatBar(line: BarLine): string {
  return `bar: ${line.text} … measured ${line.measured} … ${line.pass === null ? 'not measured' : line.pass ? 'PASS' : 'MISS'}`;
}

/** The report as the JSON object the issue names: the figures, plus what says which code and queries they are of. */
export function jsonReport(report: Report): string {
  return JSON.stringify(report);
}
