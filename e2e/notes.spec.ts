import { readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { backupFiles, chooseLanguage, expectAccessible, failOnPageErrors, selectText, SHOTS } from './helpers';

// Notes journeys on the real documents: highlight, annotate, tag, with the mouse and from the keyboard alone;
// reload, filter, search, export, import into a fresh profile, and a malformed file refused with nothing changed.

/** The highlighted text of a paragraph, joined (a highlight is split where glossary terms begin and end). */
const highlighted = (page: Page, n: number) =>
  page
    .locator(`#p-${n} .hl`)
    .allTextContents()
    .then((parts) => parts.join(''));

async function annotate(page: Page, n: number, exact: string, note: string, tags: string): Promise<void> {
  await selectText(page, n, exact);
  await page.getByRole('toolbar', { name: 'Highlight the selection' }).getByRole('button', { name: 'Note' }).click();
  await expect(page.getByLabel('Note', { exact: true })).toBeFocused();
  await page.keyboard.type(note);
  await page.getByLabel('Tags (separated by commas)').fill(tags);
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.locator('.note-editor')).toHaveCount(0);
}

async function importFile(page: Page, path: string): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: /^(Import JSON…|导入 JSON…)$/ }).click();
  await (await chooser).setFiles(path);
}

test.beforeEach(async ({ page }) => {
  failOnPageErrors(page);
  page.on('dialog', (dialog) => {
    throw new Error(`unexpected dialog: ${dialog.message()}`);
  });
});

test('highlight, annotate and tag passages in English and Chinese; they survive a reload and can be found, exported and imported', async ({
  page,
  browser,
}) => {
  await page.goto('/#/doc/work-report-2022');
  await annotate(
    page,
    12,
    'increase GDP by more than 5.5%',
    'The headline target. <img src=x onerror=alert(1)>',
    'GDP, targets',
  );
  await expect(page.locator('#p-12 .hl-yellow').first()).toBeVisible();
  await expect(page.locator('#p-12 .hl-marker')).toHaveAttribute('aria-label', /The headline target/);

  await page.goto('/#/doc/press-conference-14th-fyp');
  await selectText(page, 9, '加快組建山東未來網絡研究院');
  await page.getByRole('button', { name: 'Highlight in green' }).click();
  await expect.poll(() => highlighted(page, 9)).toBe('加快組建山東未來網絡研究院');
  await page.locator('#p-9 .hl-green').first().click();
  await page.getByLabel('Note', { exact: true }).fill('网络：注意繁简。');
  await page.getByLabel('Tags (separated by commas)').fill('网络, 研究院');
  await page.getByRole('button', { name: 'Save' }).click();
  await expectAccessible(page);
  await page.screenshot({ path: `${SHOTS}/notes-panel.png` });

  await page.reload();
  await expect.poll(() => highlighted(page, 9)).toBe('加快組建山東未來網絡研究院');
  await page.getByRole('link', { name: 'Notes', exact: true }).click();
  const cards = page.locator('.note-card');
  await expect(cards).toHaveCount(2);
  await expect(cards.first()).toContainText('The headline target. <img src=x onerror=alert(1)>');
  await page.screenshot({ path: `${SHOTS}/notes-view.png` });

  // Filter and search (the same analyzer as the main search: Simplified finds Traditional).
  await page.getByLabel('Search notes').fill('网络研究院');
  await expect(cards).toHaveCount(1);
  await expect(cards).toContainText('加快組建山東未來網絡研究院');
  await page.getByLabel('Search notes').fill('');
  await page.getByLabel('Tag', { exact: true }).selectOption('GDP');
  await expect(cards).toHaveCount(1);
  await page.getByLabel('Tag', { exact: true }).selectOption('');
  await page.getByLabel('Colour', { exact: true }).selectOption('green');
  await expect(cards).toHaveCount(1);
  await page.getByLabel('Colour', { exact: true }).selectOption('');

  // Export all three formats and check what the files contain.
  const saved: Record<string, string> = {};
  for (const [button, ext] of [
    ['Export Markdown', 'md'],
    ['Export JSON', 'json'],
    ['Export CSV', 'csv'],
  ] as const) {
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: button }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(new RegExp(`^shandong-notes-\\d{4}-\\d{2}-\\d{2}\\.${ext}$`));
    saved[ext] = readFileSync(await file.path(), 'utf8');
  }
  expect(saved.md).toContain('## Shandong Government Work Report 2022');
  expect(saved.md).toContain('> increase GDP by more than 5.5%');
  expect(saved.md).toContain('> 加快組建山東未來網絡研究院');
  // The note, exactly as typed, in a fenced block: Markdown shows it as text, markup and all.
  expect(saved.md).toContain('```text\nThe headline target. <img src=x onerror=alert(1)>\n```');
  expect(saved.md).toMatch(
    /\[open in the reader\]\(<shandong-reader:\/\/doc\/press-conference-14th-fyp\/p\/9\?a=[0-9a-f-]+>\)/,
  );
  const json = JSON.parse(saved.json!);
  expect(json).toMatchObject({ type: 'AnnotationCollection', total: 2 });
  expect(json.first.items[1].body).toEqual([
    { type: 'TextualBody', purpose: 'commenting', value: '网络：注意繁简。', format: 'text/plain' },
    { type: 'TextualBody', purpose: 'tagging', value: '网络' },
    { type: 'TextualBody', purpose: 'tagging', value: '研究院' },
  ]);
  expect(saved.csv!.charCodeAt(0)).toBe(0xfeff);
  expect(saved.csv).toContain('加快組建山東未來網絡研究院');
  expect(saved.csv).toContain('网络：注意繁简。');

  // A fresh profile: import the JSON and see the same notes; a malformed file changes nothing, and says why.
  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  failOnPageErrors(other);
  await other.goto('/#/notes');
  await expect(other.locator('.search-summary')).toHaveText('0 notes');
  const good = join(tmpdir(), `notes-${Date.now()}.json`);
  writeFileSync(good, saved.json!);
  for (const attempt of [1, 2]) {
    await importFile(other, good);
    await expect(
      other
        .getByRole('status')
        .filter({ hasText: attempt === 1 ? 'Imported 2 notes.' : 'Imported 0 notes; 2 were already here.' }),
    ).toBeVisible();
  }
  await expect(other.locator('.note-card')).toHaveCount(2);
  // The item lacks the date it was made: said in plain words, with which note it is, in the interface's language.
  const bad = join(tmpdir(), `bad-${Date.now()}.json`);
  writeFileSync(
    bad,
    JSON.stringify({
      ...json,
      first: {
        ...json.first,
        items: [
          json.first.items[0],
          { ...json.first.items[1], created: undefined, id: 'urn:uuid:0b2b6c8e-0000-4000-8000-000000000001' },
        ],
      },
    }),
  );
  await importFile(other, bad);
  await expect(other.getByRole('alert')).toHaveText(
    'Nothing was imported. Note 2 in the file: the date it was made is missing.',
  );
  await expect(other.locator('.note-card')).toHaveCount(2);
  await chooseLanguage(other, '中文');
  await importFile(other, bad);
  await expect(other.getByRole('alert')).toHaveText('未导入任何内容。文件中的第 2 条笔记：缺少创建时间。');
  const notJson = join(tmpdir(), `not-json-${Date.now()}.json`);
  writeFileSync(notJson, 'shandong,notes\n1,2');
  await importFile(other, notJson);
  await expect(other.getByRole('alert')).toHaveText(
    '未导入任何内容。文件不是 JSON 格式。请选择用“导出 JSON”生成的文件。',
  );
  await expect(other.locator('.note-card')).toHaveCount(2);
  await other.goto('/#/doc/press-conference-14th-fyp/p/9');
  await expect.poll(() => highlighted(other, 9)).toBe('加快組建山東未來網絡研究院');
  await fresh.close();
});

test('a note made from the keyboard alone: a sentence at a time, extended and shrunk, then n', async ({ page }) => {
  await page.goto('/#/doc/work-report-2022');
  await expect(page.locator('.para-text .term').first()).toBeVisible();
  for (let i = 0; i < 4; i++) await page.keyboard.press('j');
  await expect(page.locator('#p-3')).toBeFocused();
  const selected = () => page.evaluate(() => window.getSelection()!.toString());
  await page.keyboard.press('v');
  await expect.poll(selected).toBe('We will take precise measures to control high-polluting industries.');
  await expect(page.getByRole('status').filter({ hasText: 'Sentence 1 of 2 selected' })).toBeVisible();
  await page.keyboard.press('v');
  await expect.poll(selected).toMatch(/^Implement the requirements of the “four distinctions”.* projects\.$/);
  await page.keyboard.press('Shift+V');
  await expect.poll(selected).toBe('We will take precise measures to control high-polluting industries.');
  await page.keyboard.press('e');
  await expect.poll(selected).toMatch(/^We will take precise measures .* projects\.$/);
  await expect(page.getByRole('status').filter({ hasText: 'Sentences 1–2 of 2 selected' })).toBeVisible();
  await page.keyboard.press('Shift+E');
  await expect.poll(selected).toBe('We will take precise measures to control high-polluting industries.');
  // Past the paragraph's last sentence, v goes on to the next paragraph.
  await page.keyboard.press('v');
  await page.keyboard.press('v');
  await expect.poll(selected).toBe('We will promote advanced manufacturing as a whole.');
  await expect(page.locator('#p-4')).toBeFocused();
  await page.keyboard.press('n');
  await expect(page.getByLabel('Note', { exact: true })).toBeFocused();
  await page.keyboard.type('Manufacturing as a whole, then the clusters.');
  await page.keyboard.press('Control+Enter');
  await expect(page.locator('.note-editor')).toHaveCount(0);
  await expect.poll(() => highlighted(page, 4)).toBe('We will promote advanced manufacturing as a whole.');
  await expect(page.locator('#p-4 .hl-marker')).toHaveAttribute('aria-label', /Manufacturing as a whole/);
  // In the Chinese document too, and h highlights without a note.
  await page.goto('/#/doc/press-conference-14th-fyp/p/7');
  await expect(page.locator('#p-7')).toBeFocused();
  await expect(page.locator('.para-text .term').first()).toBeVisible();
  await page.keyboard.press('v');
  const first = await selected();
  await page.keyboard.press('v');
  await page.keyboard.press('v');
  await expect
    .poll(selected)
    .toBe('深入實施首臺(套)技術裝備、首批次新材料、首版次軟件等領域的保險補償機制,形成應用與創新相互促進的良性格局。');
  await page.keyboard.press('h');
  await expect
    .poll(() => highlighted(page, 7))
    .toBe('深入實施首臺(套)技術裝備、首批次新材料、首版次軟件等領域的保險補償機制,形成應用與創新相互促進的良性格局。');
  // After h, v goes on to the sentence after the one just highlighted, not back to the first.
  await page.keyboard.press('v');
  await expect.poll(selected).not.toBe('');
  const next = await selected();
  expect(next).not.toBe(first);
  expect(next).not.toBe(
    '深入實施首臺(套)技術裝備、首批次新材料、首版次軟件等領域的保險補償機制,形成應用與創新相互促進的良性格局。',
  );
  await page.screenshot({ path: `${SHOTS}/notes-keyboard.png` });
});

test('a note can be deleted and the delete undone; a selection across paragraphs is refused with a message', async ({
  page,
}) => {
  await page.goto('/#/doc/mayors-17-cities');
  await annotate(page, 20, 'new fluorosilicon materials', 'Zibo’s turn.', '');
  await page.locator('#p-20 .hl-marker').click();
  await page.getByRole('button', { name: 'Delete' }).click();
  await expect(page.locator('#p-20 .hl')).toHaveCount(0);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect.poll(() => highlighted(page, 20)).toBe('new fluorosilicon materials');

  await page.evaluate(() => {
    const range = document.createRange();
    range.setStart(document.querySelector('#p-19 .para-text')!.firstChild!, 2);
    range.setEnd(document.querySelector('#p-21 .para-text')!.firstChild!, 4);
    window.getSelection()!.removeAllRanges();
    window.getSelection()!.addRange(range);
  });
  await expect(page.locator('.selection-toolbar')).toHaveText('Select within one paragraph to highlight.');
});

test('a link from an exported note opens the passage with its note', async ({ page }) => {
  await page.goto('/#/doc/state-council-opinions');
  await annotate(
    page,
    2,
    'carbon emissions will be stable and moderate after peaking',
    'Peak, then plateau.',
    'carbon',
  );
  const id = await page.locator('#p-2 .hl').first().getAttribute('data-annotation');
  await page.goto('/#/');
  await page.goto(`/#/doc/state-council-opinions/p/2?a=${id}`);
  await expect(page.getByLabel('Note', { exact: true })).toHaveValue('Peak, then plateau.');
  await expect(page.locator(`[data-annotation="${id}"]`).first()).toBeInViewport();
});

test('a store that opens empty offers the automatic backup, and restoring it loses nothing (issue 12)', async ({
  page,
}) => {
  await page.goto('/#/doc/work-report-2022/p/12');
  await annotate(page, 12, 'increase GDP by more than 5.5%', 'The headline target.', 'GDP');
  await annotate(page, 12, 'general public budget revenue', 'Budget.', 'budget');
  await expect(page.locator('.notes-list li')).toHaveCount(2);
  await expect(page.locator('.notes-list [aria-busy="true"]')).toHaveCount(0);
  // The backup is taken a few seconds after the last save, as a file of the page's own (OPFS).
  await expect.poll(() => backupFiles(page), { timeout: 10_000 }).toBeGreaterThan(0);
  // Damage: the notes' records are gone from their store, as after a corrupted profile.
  await page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('shandong-reader-notes');
        open.onsuccess = () => {
          const tx = open.result.transaction('annotations', 'readwrite');
          tx.objectStore('annotations').clear();
          tx.oncomplete = () => resolve();
          tx.onerror = () => reject(tx.error);
        };
      }),
  );
  await page.reload();
  const offer = page.getByRole('alert').filter({ hasText: 'Some of your notes are missing' });
  await expect(offer).toContainText('holds 2 notes that are no longer here');
  await expectAccessible(page);
  await offer.getByRole('button', { name: 'Restore them' }).click();
  await expect(offer).toHaveCount(0);
  await page.reload();
  await expect(page.locator('.notes-list li')).toHaveCount(2);
  await expect(page.getByRole('alert').filter({ hasText: 'missing' })).toHaveCount(0);
});

test('a note whose passage was corrected since is placed by likeness in the worker, and says so (issue 12)', async ({
  page,
}) => {
  await page.goto('/#/doc/work-report-2022/p/12');
  await annotate(page, 12, 'increase general public budget revenue by around 5%', 'Budget.', 'budget');
  // The passage as the note remembers it is no longer in the text: a word of its quote differs.
  await page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('shandong-reader-notes');
        open.onsuccess = () => {
          const store = open.result.transaction('annotations', 'readwrite').objectStore('annotations');
          const all = store.getAll();
          all.onsuccess = () => {
            const [a] = all.result as Array<{ quote: { exact: string }; position: { start: number } }>;
            a!.quote.exact = a!.quote.exact.replace('general', 'genaral');
            a!.position.start += 1000;
            const put = store.put(a);
            put.onsuccess = () => resolve();
            put.onerror = () => reject(put.error);
          };
        };
      }),
  );
  await page.reload();
  const item = page.locator('.notes-list li').first();
  await expect(item).toContainText('The passage has been corrected since this note was made');
  await expect(page.locator('#p-12 .hl')).not.toHaveCount(0);
  expect(await highlighted(page, 12)).toBe('increase general public budget revenue by around 5%');
});

test('the Notes view draws many notes a page at a time, the rest as it scrolls or from the button (issue 12)', async ({
  page,
}) => {
  // One note made in the program and exported; its export copied 450 times under new identifiers, and imported.
  await page.goto('/#/doc/work-report-2022/p/12');
  await annotate(page, 12, 'increase GDP by more than 5.5%', 'One of many.', 'many');
  await page.goto('/#/notes');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export JSON' }).click();
  const exported = JSON.parse(readFileSync(await (await download).path(), 'utf8'));
  const [item] = exported.first.items;
  // Each with a note of its own (a copy with the same passage and note would be skipped as already there).
  exported.first.items = Array.from({ length: 450 }, (_, i) => ({
    ...item,
    id: `urn:uuid:00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
    body: item.body.map((b: { purpose: string }) => (b.purpose === 'commenting' ? { ...b, value: `Copy ${i}` } : b)),
  }));
  exported.total = 450;
  const file = join(tmpdir(), `many-notes-${Date.now()}.json`);
  writeFileSync(file, JSON.stringify(exported));
  await importFile(page, file);
  await expect(page.getByText('Imported 450 notes.')).toBeVisible();
  const cards = page.locator('.note-card');
  // A few screens first; then 200 at a time.
  await expect(cards).toHaveCount(50);
  await expect(page.getByRole('status').filter({ hasText: '451 notes' })).toBeVisible();
  // The button says what it will add; scrolling to it adds the next page by itself.
  const more = page.getByRole('button', { name: /^Show 200 more \(401 not shown\)$/ });
  await more.scrollIntoViewIfNeeded();
  await expect(cards).toHaveCount(250);
  // The button itself (clicked where it is: scrolling it into view would add the page by itself, as above).
  await page.getByRole('button', { name: /^Show 200 more \(201 not shown\)$/ }).dispatchEvent('click');
  await expect(cards).toHaveCount(450);
  await page.getByRole('button', { name: /^Show 1 more/ }).dispatchEvent('click');
  await expect(cards).toHaveCount(451);
  await expect(page.getByRole('button', { name: /^Show \d+ more/ })).toHaveCount(0);
  // The document's notes panel lists them 100 at a time.
  await page.goto('/#/doc/work-report-2022');
  const listed = page.locator('.notes-list li');
  await expect(listed).toHaveCount(100);
  await page.getByRole('button', { name: /^Show 100 more \(351 not shown\)$/ }).click();
  await expect(listed).toHaveCount(200);
});
