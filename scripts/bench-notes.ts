// Benchmark: the reader with 1,000 annotations on one document, in Chromium, on the program built from seeds/.
// Run with `npm run bench:notes`. It imports the annotations through the program's own JSON import.
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Page } from 'playwright';
import { preview } from 'vite';
import { describeQuote } from '../renderer/core/notes/anchor';
import type { Annotation } from '../renderer/core/notes/annotation';
import { COLORS, noteSearchText } from '../renderer/core/notes/annotation';
import { exportWebAnnotations } from '../renderer/core/notes/formats';
import { loadGlossary } from '../renderer/core/search/glossary';
import { matchTexts } from '../renderer/core/search/search';
import { loadCorpus } from '../renderer/core/node/seeds';

const COUNT = 1000;
const corpus = loadCorpus('seeds');
// The worst case: every highlight in the longest paragraph of the corpus.
const [doc, paragraph] = corpus.documents
  .flatMap((d) => d.paragraphs.map((p) => [d, p] as const))
  .reduce((a, b) => (b[1].text.length > a[1].text.length ? b : a));
const words = [...paragraph.text.matchAll(/\S+(?:\s+\S+){0,3}/g)];
const annotations: Annotation[] = Array.from({ length: COUNT }, (_, i) => {
  const m = words[i % words.length]!;
  const start = m.index;
  const end = start + m[0].length;
  return {
    id: `bench-${String(i).padStart(6, '0')}`,
    docId: doc.id,
    paragraphId: paragraph.id,
    paragraph: paragraph.index,
    quote: describeQuote(paragraph.text, start, end),
    position: { start, end },
    color: COLORS[i % COLORS.length]!,
    note: i % 3 === 0 ? `Note ${i} on energy and growth` : '',
    tags: i % 4 === 0 ? [`tag-${i % 10}`] : [],
    created: new Date(Date.UTC(2026, 0, 1, 0, 0, i)).toISOString(),
    modified: new Date(Date.UTC(2026, 0, 1, 0, 0, i)).toISOString(),
  };
});
// What the Notes view's search must show for "energy", worked out here with the same code.
const expected = matchTexts(
  'energy',
  annotations.map((a) => ({ id: a.id, text: noteSearchText(a) })),
  loadGlossary(),
).length;
const file = join(tmpdir(), `bench-notes-${Date.now()}.json`);
writeFileSync(file, JSON.stringify(exportWebAnnotations(annotations, corpus, new Date())));

const server = await preview({ configFile: 'renderer/vite.config.ts', preview: { port: 4175, strictPort: true } });
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
});
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/**
 * Milliseconds, measured in the page, from running `trigger` to the first frame drawn after `done` holds: what a
 * person waits for, without the test driver's own round trips. Both are JavaScript source run in the page.
 */
async function inPage(page: Page, trigger: string, done: string): Promise<number> {
  // Passed as source text: tsx adds helpers to named functions that do not exist in the page.
  return (await page.evaluate(`new Promise((resolve) => {
    const start = performance.now();
    const check = () => {
      if (${done}) requestAnimationFrame(() => resolve(Math.round(performance.now() - start)));
      else requestAnimationFrame(check);
    };
    ${trigger};
    requestAnimationFrame(check);
  })`)) as number;
}
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  const base = 'http://127.0.0.1:4175/';
  await page.goto(`${base}#/notes`);
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import JSON…' }).click();
  await (await chooser).setFiles(file);
  await page.getByText(`Imported ${COUNT} notes.`).waitFor();

  const openDoc: number[] = [];
  const notesView: number[] = [];
  const filter: number[] = [];
  for (let round = 0; round < 5; round++) {
    await page.goto(`${base}#/`);
    await page.locator('.doc-card').first().waitFor();
    openDoc.push(
      await inPage(
        page,
        `window.location.hash = '#/doc/${doc.id}'`,
        `document.querySelectorAll('.notes-list li').length === ${COUNT} && document.querySelectorAll('.hl').length > 0`,
      ),
    );
    notesView.push(
      await inPage(
        page,
        `window.location.hash = '#/notes'`,
        `document.querySelectorAll('.note-card').length === ${COUNT}`,
      ),
    );
    filter.push(
      await inPage(
        page,
        `(() => { const input = document.getElementById('notes-text'); Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set.call(input, 'energy'); input.dispatchEvent(new Event('input', { bubbles: true })); })()`,
        `document.querySelectorAll('.note-card').length === ${expected}`,
      ),
    );
    await page.getByLabel('Search notes').fill('');
  }

  // Scrolling the document: frame intervals while it scrolls 40 px a frame.
  await page.evaluate((id) => (window.location.hash = `#/doc/${id}`), doc.id);
  await page.waitForFunction(() => document.querySelectorAll('.hl').length > 0);
  await page.setViewportSize({ width: 1280, height: 500 });
  // Passed as source text: tsx adds helpers to named functions that do not exist in the page.
  const frames = (await page.evaluate(`new Promise((resolve) => {
    const intervals = [];
    let last = performance.now();
    let y = 0;
    const step = (now) => {
      intervals.push(now - last);
      last = now;
      y = y >= document.documentElement.scrollHeight ? 0 : y + 40;
      window.scrollTo(0, y);
      if (intervals.length < 120) requestAnimationFrame(step);
      else resolve(intervals.slice(1));
    };
    requestAnimationFrame(step);
  })`)) as number[];
  const sorted = [...frames].sort((a, b) => a - b);
  console.log(`${COUNT} annotations on one document (all in its longest paragraph), Chromium, median of 5,`);
  console.log('timed in the page from the action to the first frame drawn with the result:');
  const row = (label: string, ms: number) => console.log(`  ${label.padEnd(62)}${ms} ms`);
  row('open the document with every highlight and the notes panel:', median(openDoc));
  row('draw the Notes view with every note:', median(notesView));
  row(`search the notes for "energy" (${expected} match):`, median(filter));
  console.log(
    `  scrolling the document: frame interval median ${median(frames).toFixed(1)} ms, p95 ${sorted[Math.floor(sorted.length * 0.95)]!.toFixed(1)} ms`,
  );
} finally {
  await browser.close();
  await new Promise<void>((resolve) => server.httpServer.close(() => resolve()));
}
