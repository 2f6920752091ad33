// npx tsx scripts/check-target-labels.ts <tuned|dev|dev2|…|heldout> [labels file]: checks a label file against its documents (schema, every
// sentence found in exactly one paragraph, every figure in its sentence), and prints nothing of the extractor's output.
import { readFileSync } from 'node:fs';
import { LabelFileSchema, place } from '../renderer/core/extract/eval/labels';
import { loadCorpus } from '../renderer/core/node/seeds';

const split = process.argv[2];
if (split === undefined || !/^(?:tuned|dev\d*|heldout\d*)$/.test(split)) {
  console.error('usage: check-target-labels.ts <tuned|dev|dev2|…|heldout> [labels file]');
  process.exit(2);
}
const EVAL = 'renderer/core/extract/eval';
const corpus = loadCorpus(split === 'tuned' ? 'seeds' : `${EVAL}/${split}/seeds`);
const file = LabelFileSchema.parse(JSON.parse(readFileSync(process.argv[3] ?? `${EVAL}/${split}/labels.json`, 'utf8')));
let problems = 0;
for (const item of [...file.records, ...file.negatives]) {
  try {
    place(corpus, item);
  } catch (error) {
    problems++;
    console.error((error as Error).message);
  }
}
const byKind = (k: string): number => file.records.filter((r) => r.kind === k).length;
console.log(
  `${split}: ${file.records.length} records (${byKind('target')} targets, ${byKind('statistic')} statistics), ${file.negatives.length} negatives, ${problems} problems`,
);
process.exit(problems === 0 ? 0 : 1);
