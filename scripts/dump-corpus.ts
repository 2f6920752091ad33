// npx tsx scripts/dump-corpus.ts [seedsDir]: every paragraph of a corpus as the reader shows it, numbered (for labelling).
import { loadCorpus } from '../renderer/core/node/seeds';
const dir = process.argv[2] ?? 'seeds';
for (const d of loadCorpus(dir).documents) {
  console.log(`\n===== ${d.id} (${d.language}, date ${d.date.value}) ${d.titles.en}`);
  for (const p of d.paragraphs)
    console.log(
      `[p${p.index}${p.kind === 'heading' ? ' heading' : ''}${p.section ? ' section=' + p.section : ''}] ${p.text}`,
    );
}
