import { readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

// Notes journeys on the fixture documents (see reader.spec.ts): highlight, annotate, tag, reload, filter,
// search, export, import into a fresh profile, and a malformed file refused with nothing changed.

const SHOTS = 'e2e/screenshots';

/** The highlighted text of a paragraph, joined (a highlight is split where glossary terms begin and end). */
const highlighted = (page: Page, n: number) => page.locator(`#p-${n} .hl`).allTextContents().then((parts) => parts.join(''));

/** Selects `exact` inside paragraph `n` of the open document, as a person dragging the mouse would. */
async function select(page: Page, n: number, exact: string): Promise<void> {
  await expect(page.locator(`#p-${n} .para-text`)).toContainText(exact);
  // Wait for the page to settle (its glossary terms arrive from the search worker and redraw the text), as a
  // reader does before selecting: a redraw replaces the text nodes a selection was made in.
  await expect(page.locator('.para-text .term').first()).toBeVisible();
  await page.evaluate(
    ([n, exact]) => {
      const el = document.querySelector(`#p-${n} .para-text`)!;
      const text = el.textContent!;
      const start = text.indexOf(exact as string);
      if (start === -1) throw new Error(`no "${exact}" in paragraph ${n}`);
      const end = start + (exact as string).length;
      const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
      const range = document.createRange();
      let pos = 0;
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const len = node.textContent!.length;
        if (pos <= start && start < pos + len) range.setStart(node, start - pos);
        if (pos < end && end <= pos + len) range.setEnd(node, end - pos);
        pos += len;
      }
      const sel = window.getSelection()!;
      sel.removeAllRanges();
      sel.addRange(range);
    },
    [n, exact] as const,
  );
  await expect(page.getByRole('toolbar', { name: 'Highlight the selection' })).toBeVisible();
}

async function annotate(page: Page, n: number, exact: string, note: string, tags: string): Promise<void> {
  await select(page, n, exact);
  await page.getByRole('toolbar', { name: 'Highlight the selection' }).getByRole('button', { name: 'Note' }).click();
  await expect(page.getByLabel('Note', { exact: true })).toBeFocused();
  await page.keyboard.type(note);
  await page.getByLabel('Tags (separated by commas)').fill(tags);
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.locator('.note-editor')).toHaveCount(0);
}

test.beforeEach(async ({ page }) => {
  page.on('pageerror', (error) => {
    throw error;
  });
  page.on('dialog', (dialog) => {
    throw new Error(`unexpected dialog: ${dialog.message()}`);
  });
});

test('highlight, annotate and tag passages in English and Chinese; they survive a reload and can be found, exported and imported', async ({ page, browser }) => {
  await page.goto('/#/doc/work-report-2022');
  await annotate(page, 1, 'In 2022 the province aims to increase GDP by more than 5.5%. General public budget', 'The headline target. <img src=x onerror=alert(1)>', 'GDP, targets');
  await expect(page.locator('#p-1 .hl-yellow').first()).toBeVisible();
  await expect(page.locator('#p-1 .hl-marker')).toHaveAttribute('aria-label', /The headline target/);

  await page.goto('/#/doc/press-conference-14th-fyp');
  await select(page, 3, '推動網絡強省建設');
  await page.getByRole('button', { name: 'Highlight in green' }).click();
  await expect.poll(() => highlighted(page, 3)).toBe('推動網絡強省建設');
  await page.locator('#p-3 .hl-green').first().click();
  await page.getByLabel('Note', { exact: true }).fill('网络强省：注意繁简。');
  await page.getByLabel('Tags (separated by commas)').fill('网络, 强省');
  await page.getByRole('button', { name: 'Save' }).click();
  const axe = await new AxeBuilder({ page }).analyze();
  expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);
  await page.screenshot({ path: `${SHOTS}/notes-panel.png` });

  await page.reload();
  await expect.poll(() => highlighted(page, 3)).toBe('推動網絡強省建設');
  await page.getByRole('link', { name: 'Notes', exact: true }).click();
  const cards = page.locator('.note-card');
  await expect(cards).toHaveCount(2);
  await expect(cards.first()).toContainText('The headline target. <img src=x onerror=alert(1)>');
  await page.screenshot({ path: `${SHOTS}/notes-view.png` });

  // Filter and search (the same analyzer as the main search: Simplified finds Traditional).
  await page.getByLabel('Search notes').fill('网络强省');
  await expect(cards).toHaveCount(1);
  await expect(cards).toContainText('推動網絡強省建設');
  await page.getByLabel('Search notes').fill('');
  await page.getByLabel('Tag', { exact: true }).selectOption('GDP');
  await expect(cards).toHaveCount(1);
  await page.getByLabel('Tag', { exact: true }).selectOption('');
  await page.getByLabel('Colour', { exact: true }).selectOption('green');
  await expect(cards).toHaveCount(1);
  await page.getByLabel('Colour', { exact: true }).selectOption('');

  // Export all three formats and check what the files contain.
  const saved: Record<string, string> = {};
  for (const [button, ext] of [['Export Markdown', 'md'], ['Export JSON', 'json'], ['Export CSV', 'csv']] as const) {
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: button }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(new RegExp(`^shandong-notes-\\d{4}-\\d{2}-\\d{2}\\.${ext}$`));
    saved[ext] = readFileSync(await file.path(), 'utf8');
  }
  expect(saved.md).toContain('## Shandong Government Work Report 2022');
  expect(saved.md).toContain('> 推動網絡強省建設');
  expect(saved.md).toContain('&lt;img src=x onerror=alert(1)&gt;');
  expect(saved.md).toMatch(/\[open in the reader\]\(<shandong-reader:\/\/doc\/press-conference-14th-fyp\/p\/3\?a=[0-9a-f-]+>\)/);
  const json = JSON.parse(saved.json!);
  expect(json).toMatchObject({ type: 'AnnotationCollection', total: 2 });
  expect(json.first.items[1].body).toEqual([
    { type: 'TextualBody', purpose: 'commenting', value: '网络强省：注意繁简。', format: 'text/plain' },
    { type: 'TextualBody', purpose: 'tagging', value: '网络' },
    { type: 'TextualBody', purpose: 'tagging', value: '强省' },
  ]);
  expect(saved.csv!.charCodeAt(0)).toBe(0xfeff);
  expect(saved.csv).toContain('推動網絡強省建設');
  expect(saved.csv).toContain('网络强省：注意繁简。');
  expect(saved.md).toContain('网络强省：注意繁简。');

  // A fresh profile: import the JSON and see the same notes; a malformed file changes nothing.
  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  other.on('pageerror', (error) => {
    throw error;
  });
  await other.goto('/#/notes');
  await expect(other.locator('.search-summary')).toHaveText('0 notes');
  const good = join(tmpdir(), `notes-${Date.now()}.json`);
  writeFileSync(good, saved.json!);
  for (const attempt of [1, 2]) {
    const chooser = other.waitForEvent('filechooser');
    await other.getByRole('button', { name: 'Import JSON…' }).click();
    await (await chooser).setFiles(good);
    await expect(other.getByRole('status').filter({ hasText: attempt === 1 ? 'Imported 2 notes.' : 'Imported 0 notes; 2 were already here.' })).toBeVisible();
  }
  await expect(other.locator('.note-card')).toHaveCount(2);
  const bad = join(tmpdir(), `bad-${Date.now()}.json`);
  writeFileSync(bad, '{"type": "AnnotationCollection", "first": {"type": "AnnotationPage", "items": [{"id": "x"}]}}');
  const chooser = other.waitForEvent('filechooser');
  await other.getByRole('button', { name: 'Import JSON…' }).click();
  await (await chooser).setFiles(bad);
  await expect(other.getByRole('alert')).toContainText('Nothing was imported. Item 1 is not an annotation of this program');
  await expect(other.locator('.note-card')).toHaveCount(2);
  await other.goto('/#/doc/press-conference-14th-fyp/p/3');
  await expect.poll(() => highlighted(other, 3)).toBe('推動網絡強省建設');
  await fresh.close();
});

test('a note can be deleted and the delete undone; a selection across paragraphs is refused with a message', async ({ page }) => {
  await page.goto('/#/doc/mayors-17-cities');
  await annotate(page, 6, 'new materials and fine chemicals', 'Zibo’s turn.', '');
  await page.locator('#p-6 .hl-marker').click();
  await page.getByRole('button', { name: 'Delete' }).click();
  await expect(page.locator('#p-6 .hl')).toHaveCount(0);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect.poll(() => highlighted(page, 6)).toBe('new materials and fine chemicals');

  await page.evaluate(() => {
    const range = document.createRange();
    range.setStart(document.querySelector('#p-6 .para-text')!.firstChild!, 2);
    range.setEnd(document.querySelector('#p-7 .para-text')!.firstChild!, 4);
    window.getSelection()!.removeAllRanges();
    window.getSelection()!.addRange(range);
  });
  await expect(page.locator('.selection-toolbar')).toHaveText('Select within one paragraph to highlight.');
});

test('a link from an exported note opens the passage with its note', async ({ page }) => {
  await page.goto('/#/doc/state-council-opinions');
  await annotate(page, 3, 'carbon emissions will fall steadily', 'Peak, then fall.', 'carbon');
  const id = await page.locator('#p-3 .hl').first().getAttribute('data-annotation');
  await page.goto('/#/');
  await page.goto(`/#/doc/state-council-opinions/p/3?a=${id}`);
  await expect(page.getByLabel('Note', { exact: true })).toHaveValue('Peak, then fall.');
  await expect(page.locator(`[data-annotation="${id}"]`).first()).toBeInViewport();
});
