// Benchmark: the reader with many annotations, in Chromium, on the program built from seeds/. It imports them
// through the program's own JSON import. `npm run bench:notes` puts 1,000 on one document (all in its longest
// paragraph, the worst case for one page); `npm run bench:notes -- --notes 10000 --spread` puts 10,000 over every
// paragraph of every document (a reader's months of notes). Besides the times, it records the page's long tasks
// (PerformanceObserver) and prints the longest during each action.
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
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

const { values: args } = parseArgs({
  options: { notes: { type: 'string', default: '1000' }, spread: { type: 'boolean', default: false } },
});
const COUNT = Number(args.notes);
if (!Number.isInteger(COUNT) || COUNT < 1 || COUNT > 100_000)
  throw new Error(`--notes must be a whole number from 1 to 100000, not ${args.notes}`);
const corpus = loadCorpus('seeds');
// The worst case for one page: every highlight in the longest paragraph of the corpus. Spread: every paragraph.
const all = corpus.documents.flatMap((d) => d.paragraphs.filter((p) => p.text.length > 20).map((p) => [d, p] as const));
const [doc, paragraph] = all.reduce((a, b) => (b[1].text.length > a[1].text.length ? b : a));
const places = args.spread ? all : [[doc, paragraph] as const];
const annotations: Annotation[] = Array.from({ length: COUNT }, (_, i) => {
  const [d, p] = places[i % places.length]!;
  const words = [...p.text.matchAll(/\S+(?:\s+\S+){0,3}/g)];
  const m = words[Math.floor(i / places.length) % words.length]!;
  const start = m.index;
  const end = start + m[0].length;
  return {
    id: `bench-${String(i).padStart(6, '0')}`,
    docId: d.id,
    paragraphId: p.id,
    paragraph: p.index,
    quote: describeQuote(p.text, start, end),
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
/** The Notes view draws its first cards, then more as it scrolls (NotesView's FIRST_PAGE). */
const PAGE = 50;
const inDoc = annotations.filter((a) => a.docId === doc.id).length;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/**
 * Milliseconds, measured in the page, from running `trigger` to the end of the first frame drawn after `done` holds:
 * what a person waits for, without the test driver's own round trips. Both are JavaScript source run in the page.
 * `done` is checked at the start of each frame (requestAnimationFrame); the frame in which it first holds is the one
 * that shows the result, and a task posted from there runs once that frame is drawn.
 */
async function inPage(page: Page, trigger: string, done: string): Promise<number> {
  // Passed as source text: tsx adds helpers to named functions that do not exist in the page.
  return (await page.evaluate(`new Promise((resolve) => {
    const start = performance.now();
    const drawn = new MessageChannel();
    drawn.port1.onmessage = () => resolve(Math.round(performance.now() - start));
    const check = () => {
      if (${done}) drawn.port2.postMessage(null);
      else requestAnimationFrame(check);
    };
    ${trigger};
    requestAnimationFrame(check);
  })`)) as number;
}
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  // Every long task (over 50 ms) the page's main thread runs, from the first script on.
  await page.addInitScript(() => {
    const w = window as unknown as { longTasks: number[] };
    w.longTasks = [];
    new PerformanceObserver((list) => list.getEntries().forEach((e) => w.longTasks.push(e.duration))).observe({
      type: 'longtask',
      buffered: true,
    });
  });
  const longest = async (): Promise<number> =>
    Math.round(
      await page.evaluate(() => {
        const w = window as unknown as { longTasks: number[] };
        const max = Math.max(0, ...w.longTasks);
        w.longTasks = [];
        return max;
      }),
    );
  const longTasks: Record<string, number> = {};
  const note = async (label: string) => (longTasks[label] = Math.max(longTasks[label] ?? 0, await longest()));
  const base = 'http://127.0.0.1:4175/';
  await page.goto(`${base}#/notes`);
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import JSON…' }).click();
  await (await chooser).setFiles(file);
  await page.getByText(`Imported ${COUNT.toLocaleString('en')} notes.`).waitFor({ timeout: 120_000 });
  // A reader's profile has automatic backups, read at every start: wait for the first (taken a few seconds after).
  await page.waitForFunction(
    `navigator.storage.getDirectory().then((root) => root.getDirectoryHandle('notes-backups', { create: true })).then(async (dir) => { for await (const name of dir.keys()) if (name.endsWith('.json')) return true; return false; })`,
    undefined,
    { timeout: 60_000, polling: 500 },
  );
  await longest();
  // A start with every note stored: the library drawn, then the Notes view with every note.
  await page.goto(`${base}#/notes`);
  const started = performance.now();
  await page.reload();
  await page.waitForFunction((n) => document.querySelectorAll('.note-card').length === n, Math.min(COUNT, PAGE), {
    timeout: 120_000,
  });
  const startMs = Math.round(performance.now() - started);
  await note('start, with every note stored');
  /** Types "energy" into the Notes view's search; until the matching cards and their count are drawn. */
  const searchNotes = () =>
    inPage(
      page,
      `(() => { const input = document.getElementById('notes-text'); Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set.call(input, 'energy'); input.dispatchEvent(new Event('input', { bubbles: true })); })()`,
      `document.querySelectorAll('.note-card').length === ${Math.min(expected, PAGE)} && document.querySelector('.search-summary').textContent.startsWith('${expected.toLocaleString('en')} of')`,
    );
  // The first search, as soon as the view is drawn: the worker may still be indexing the notes (it starts when the
  // page is idle after loading them).
  const firstSearch = await searchNotes();
  await note('search the notes');
  await page.getByLabel('Search notes').fill('');

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
        `document.querySelectorAll('.notes-list li').length === ${Math.min(inDoc, 100)} && document.querySelectorAll('.hl').length > 0`,
      ),
    );
    await note('open the document');
    notesView.push(
      await inPage(
        page,
        `window.location.hash = '#/notes'`,
        `document.querySelectorAll('.note-card').length === ${Math.min(COUNT, PAGE)}`,
      ),
    );
    await note('draw the Notes view');
    filter.push(await searchNotes());
    await note('search the notes');
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
  await note('scroll the document');
  // The Notes view, scrolled from top to bottom.
  await page.evaluate(() => (window.location.hash = '#/notes'));
  await page.waitForFunction((n) => document.querySelectorAll('.note-card').length === n, Math.min(COUNT, PAGE));
  await longest();
  const notesFrames = (await page.evaluate(`new Promise((resolve) => {
    const intervals = [];
    let last = performance.now();
    const step = (now) => {
      intervals.push(now - last);
      last = now;
      window.scrollBy(0, 200);
      if (intervals.length < 120) requestAnimationFrame(step);
      else resolve(intervals.slice(1));
    };
    requestAnimationFrame(step);
  })`)) as number[];
  await note('scroll the Notes view');
  const sorted = [...frames].sort((a, b) => a - b);
  const notesSorted = [...notesFrames].sort((a, b) => a - b);
  console.log(
    args.spread
      ? `${COUNT} annotations over every paragraph of the ${corpus.documents.length} documents (${inDoc} in ${doc.id}), Chromium, median of 5,`
      : `${COUNT} annotations on one document (all in its longest paragraph), Chromium, median of 5,`,
  );
  console.log('timed in the page from the action to the first frame drawn with the result:');
  const row = (label: string, ms: number) => console.log(`  ${label.padEnd(62)}${ms} ms`);
  row('start, until the Notes view shows its first cards:', startMs);
  row('open the document with every highlight and the notes panel:', median(openDoc));
  row(`draw the Notes view (${PAGE} cards; the rest as it scrolls):`, median(notesView));
  row(`search the notes for "energy" (${expected} match):`, median(filter));
  row(`  the first search, as soon as the Notes view is drawn at start:`, firstSearch);
  console.log(
    `  scrolling the document: frame interval median ${median(frames).toFixed(1)} ms, p95 ${sorted[Math.floor(sorted.length * 0.95)]!.toFixed(1)} ms`,
  );
  console.log(
    `  scrolling the Notes view: frame interval median ${median(notesFrames).toFixed(1)} ms, p95 ${notesSorted[Math.floor(notesSorted.length * 0.95)]!.toFixed(1)} ms`,
  );
  console.log("the longest task on the page's main thread during each (0: none over 50 ms):");
  for (const [label, ms] of Object.entries(longTasks)) row(`  ${label}:`, ms);
} finally {
  await browser.close();
  await new Promise<void>((resolve) => server.httpServer.close(() => resolve()));
}
