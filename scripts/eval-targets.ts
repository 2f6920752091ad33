// npm run eval:targets: the extractor's targets and statistics against hand-labelled records, beside its alternatives.
//
// Three splits (renderer/core/extract/eval/, rules and history in GUIDELINES.md there):
// - tuned: every record of the five seed documents. Rules may change because of it; every miss and every false
//   record is listed.
// - dev: documents written to tune on (dev/, dev2/, dev3/ as one split), mostly Chinese (the five documents are
//   English but for one paragraph). Listed like tuned; no bar of its own.
// - held-out: documents written for the purpose by someone who had read neither the extractor nor the other splits,
//   committed before they were labelled, never tuned on. Only its figures are printed; its misses are listed only
//   with --heldout-misses, for a reader who is not changing rules.
//
// Prints whether the bar of issue 10 is met. Exits 1 when the reader's extractor falls below FLOOR (the figures
// measured when the extractor was rebuilt, so that no change makes it worse) or a quote is not exactly its sentence's text.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import type { Corpus } from '../renderer/core/corpus/types';
import {
  LabelFileSchema,
  matchRecords,
  place,
  scoreOutcome,
  unitClass,
  type Label,
  type Negative,
  type Outcome,
  type Placed,
  type TargetScores,
} from '../renderer/core/extract/eval/labels';
import { EXTRACTOR_VARIANTS, extractTargets, type Target } from '../renderer/core/extract/targets';
import { loadGlossary } from '../renderer/core/search/glossary';
import { loadCorpus } from '../renderer/core/node/seeds';
import { printTable } from './table';

const EVAL = 'renderer/core/extract/eval';
const BAR = {
  tuned: { precision: 0.97, recall: 0.95, horizon: 0.95, scope: 0.95 },
  'held-out': { precision: 0.9, recall: 0.9 },
} as const;

/**
 * What main measures now; raise it as the extractor improves, never lower it without saying why in the commit.
 * (Held-out here is the split written at the end of issue 10; the first one is dev3/ now: see GUIDELINES.md.)
 */
const FLOOR = {
  tuned: { precision: 0.98, recall: 0.98, horizon: 0.96, scope: 0.99 },
  dev: { precision: 0.96, recall: 0.96 },
  'held-out': { precision: 0.95, recall: 0.9 },
} as const;

const { values } = parseArgs({
  options: { json: { type: 'boolean', default: false }, 'heldout-misses': { type: 'boolean', default: false } },
});
const glossary = loadGlossary();

interface Split {
  readonly name: 'tuned' | 'dev' | 'held-out';
  readonly corpus: Corpus;
  readonly labels: ReturnType<typeof LabelFileSchema.parse>;
}
function loadSplit(name: Split['name'], seeds: string, labelsFile: string): Split | null {
  if (!existsSync(labelsFile) || !existsSync(`${seeds}/catalog.json`)) return null;
  return {
    name,
    corpus: loadCorpus(seeds),
    labels: LabelFileSchema.parse(JSON.parse(readFileSync(labelsFile, 'utf8'))),
  };
}
/** Several batches of one split (dev/, dev2/, …) as one: their documents and their labels together. */
function mergeSplits(name: Split['name'], parts: Array<Split | null>): Split | null {
  const found = parts.filter((s): s is Split => s !== null);
  if (found.length === 0) return null;
  return {
    name,
    corpus: { documents: found.flatMap((s) => s.corpus.documents), missing: found.flatMap((s) => s.corpus.missing) },
    labels: { records: found.flatMap((s) => s.labels.records), negatives: found.flatMap((s) => s.labels.negatives) },
  };
}
const splits = [
  loadSplit('tuned', 'seeds', `${EVAL}/tuned/labels.json`),
  mergeSplits(
    'dev',
    readdirSync(EVAL)
      .filter((d) => /^dev\d*$/.test(d))
      .sort()
      .map((d) => loadSplit('dev', `${EVAL}/${d}/seeds`, `${EVAL}/${d}/labels.json`)),
  ),
  loadSplit('held-out', `${EVAL}/heldout/seeds`, `${EVAL}/heldout/labels.json`),
].filter((s): s is Split => s !== null);
if (splits.length === 0) {
  console.error(`error: no labelled records found under ${EVAL}/`);
  process.exit(1);
}

/** Quotes that are not exactly the text at their offsets, or that run past the end of a sentence. */
function badQuotes(corpus: Corpus, records: readonly Target[]): string[] {
  const bad: string[] = [];
  for (const t of records) {
    const p = corpus.documents.find((d) => d.id === t.docId)!.paragraphs[t.paragraph]!;
    if (p.text.slice(t.start, t.end) !== t.quote) bad.push(`${t.id}: the quote is not the text at its offsets`);
    else if (!p.sentences.some(([s, e]) => s <= t.start && t.end <= e))
      bad.push(`${t.id}: the quote crosses a sentence end: ${t.quote}`);
  }
  return bad;
}

const results: Array<{
  split: string;
  variant: string;
  scores: TargetScores;
  badQuotes: number;
  negativesHit: number;
  negatives: number;
}> = [];
let failed = false;
const barReport: string[] = [];
const byScript: string[][] = [];
for (const split of splits) {
  const gold = split.labels.records.map((l) => place(split.corpus, l));
  const negatives = split.labels.negatives.map((n) => place(split.corpus, n));
  for (const variant of EXTRACTOR_VARIANTS) {
    const records = extractTargets(split.corpus, glossary, variant.options);
    const outcome = matchRecords(gold, records, negatives);
    const scores = scoreOutcome(outcome);
    const quotes = badQuotes(split.corpus, records);
    results.push({
      split: split.name,
      variant: variant.name,
      scores,
      badQuotes: quotes.length,
      negativesHit: outcome.negativesHit.length,
      negatives: negatives.length,
    });
    if (variant.name !== 'reader') continue;
    byScript.push(...scriptBreakdown(split, gold, records, negatives));
    const short = (bar: Record<string, number>) =>
      Object.entries(bar)
        .filter(([k, v]) => scores[k as keyof TargetScores] < v)
        .map(([k, v]) => `${k} ${scores[k as keyof TargetScores].toFixed(3)} < ${v}`);
    const belowBar = split.name === 'dev' ? [] : short(BAR[split.name]);
    const belowFloor = short(FLOOR[split.name]);
    if (split.name !== 'dev')
      barReport.push(
        `${split.name}: ${belowBar.length === 0 ? 'the bar of issue 10 is met' : `below the bar of issue 10: ${belowBar.join('; ')}`}`,
      );
    if (belowFloor.length > 0 || quotes.length > 0) {
      failed = true;
      console.log(`${split.name}: worse than the floor: ${[...belowFloor, ...quotes].join('; ')}`);
    }
    if (!values.json && (split.name !== 'held-out' || values['heldout-misses'])) printErrors(split, outcome);
  }
}

if (values.json) {
  console.log(
    JSON.stringify(
      { variants: EXTRACTOR_VARIANTS.map(({ name, about }) => ({ name, about })), bar: BAR, results },
      null,
      2,
    ),
  );
} else {
  const f = (n: number) => n.toFixed(3);
  printTable(
    [
      'split',
      'extractor',
      'labelled',
      'records',
      'precision',
      'recall',
      'F1',
      'unit',
      'horizon',
      'scope',
      'negatives out',
      'bad quotes',
    ],
    results.map((r) => [
      r.split,
      r.variant,
      String(r.scores.gold),
      String(r.scores.predicted),
      f(r.scores.precision),
      f(r.scores.recall),
      f(r.scores.f1),
      f(r.scores.unit),
      f(r.scores.horizon),
      f(r.scores.scope),
      `${r.negatives - r.negativesHit}/${r.negatives}`,
      String(r.badQuotes),
    ]),
  );
  console.log(
    '\nthe reader, by the script each document is published in (kind wrong: a record of the right value, the other kind):',
  );
  printTable(['split', 'script', 'labelled', 'records', 'precision', 'recall', 'kind wrong', 'not found'], byScript);
  console.log(
    '\nprecision and recall are of (kind, value) pairs in their sentence; unit, horizon and scope are the share right among those found.',
  );
  for (const v of EXTRACTOR_VARIANTS) console.log(`${v.name}: ${v.about}`);
  console.log(
    `bar: five documents P ≥ ${BAR.tuned.precision}, R ≥ ${BAR.tuned.recall}, horizon and scope ≥ ${BAR.tuned.horizon}; held-out P ≥ ${BAR['held-out'].precision}, R ≥ ${BAR['held-out'].recall}`,
  );
  for (const line of barReport) console.log(line);
  if (!splits.some((s) => s.name === 'held-out')) console.log(`\n(no held-out split found under ${EVAL}/heldout/)`);
}
process.exit(failed ? 1 : 0);

/** The reader's figures for each script's documents: where to look next, without reading a held-out document. */
function scriptBreakdown(
  split: Split,
  gold: Placed<Label>[],
  records: readonly Target[],
  negatives: Placed<Negative>[],
): string[][] {
  const scriptOf = new Map(split.corpus.documents.map((d) => [d.id, d.script]));
  return [...new Set(scriptOf.values())].sort().map((script) => {
    const inScript = (docId: string) => scriptOf.get(docId) === script;
    const o = matchRecords(
      gold.filter((g) => inScript(g.label.doc)),
      records.filter((r) => inScript(r.docId)),
      negatives.filter((n) => inScript(n.label.doc)),
    );
    const s = scoreOutcome(o);
    const kindWrong = o.misses.filter((m) => m.near !== null).length;
    return [
      split.name,
      script,
      String(s.gold),
      String(s.predicted),
      s.precision.toFixed(3),
      s.recall.toFixed(3),
      String(kindWrong),
      String(o.misses.length - kindWrong),
    ];
  });
}

function printErrors(split: Split, o: Outcome): void {
  const show = (t: {
    kind: string;
    value: number | null;
    valueMax?: number | null | undefined;
    unit: string | null;
    horizon: string | null;
    scope: string;
  }) =>
    `${t.kind} ${t.value ?? '(dated)'}${t.valueMax ? `–${t.valueMax}` : ''} ${t.unit ?? ''} · ${t.horizon ?? 'no horizon'} · ${t.scope}`;
  for (const m of o.misses) {
    const l = m.gold.label;
    console.error(
      `MISS  ${l.doc} p${m.gold.paragraph} "${l.figure}": ${show(l)}${m.near ? `   (found as ${m.near.kind})` : ''}\n      ${l.sentence.slice(0, 160)}`,
    );
  }
  for (const t of o.falseRecords)
    console.error(
      `FALSE ${t.docId} p${t.paragraph}: ${show(t)} · ${(t as Target).metric}\n      ${t.quote.slice(0, 160)}`,
    );
  for (const m of o.matched) {
    const l = m.gold.label;
    const p = m.predicted;
    const wrong = [
      p.horizon !== l.horizon ? `horizon ${p.horizon} ≠ ${l.horizon}` : '',
      p.scope !== l.scope ? `scope ${p.scope} ≠ ${l.scope}` : '',
      unitClass(p.unit) !== unitClass(l.unit) ? `unit ${p.unit} ≠ ${l.unit}` : '',
    ].filter(Boolean);
    if (wrong.length > 0) console.error(`FIELD ${l.doc} p${m.gold.paragraph} "${l.figure}": ${wrong.join(', ')}`);
  }
  console.error(`(${split.name}: ${o.misses.length} missed, ${o.falseRecords.length} false)\n`);
}
