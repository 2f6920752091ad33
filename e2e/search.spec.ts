import { expect, test, type Page } from '@playwright/test';
import { expectAccessible, failOnPageErrors, openDisplaySettings, SHOTS } from './helpers';

// Search journeys on the real documents: type, see grouped results with marks, open a hit, step through matches,
// filter, misspell, and try the bad queries.

async function searchFor(page: Page, query: string): Promise<void> {
  await page.keyboard.press('Control+k');
  await expect(page.getByRole('searchbox')).toBeFocused();
  await page.getByRole('searchbox').fill(query);
}

const summary = (page: Page) => page.locator('.search-summary');

test.beforeEach(async ({ page }) => {
  failOnPageErrors(page);
  await page.goto('/');
  await expect(page.locator('.doc-card').first()).toBeVisible();
});

test('results appear as you type, grouped by document, with the matches marked in each script', async ({ page }) => {
  await searchFor(page, 'new materials');
  await expect(summary(page)).toHaveText(/^\d+ paragraphs in 4 documents$/);
  const groups = page.locator('.result-group');
  await expect(groups).toHaveCount(4);
  await expect(groups.nth(0).locator('h2')).toContainText('mayors');
  await expect(page.locator('.hit mark').filter({ hasText: /^新材料$/ })).toHaveCount(2);
  await expect(page.locator('.hit mark').filter({ hasText: /^new materials$/ })).toHaveCount(3);
  await expectAccessible(page);
  await page.screenshot({ path: `${SHOTS}/search-results.png` });

  await searchFor(page, '网络');
  await expect(page.locator('.hit mark')).toHaveText(['網絡', '網絡']);
  await searchFor(page, '一带一路');
  // A query in Chinese lists the Chinese document first, then the English ones.
  await expect(page.locator('.hit mark')).toHaveText(['一帶一路', 'one belt and one road', 'one belt and one road']);
  await searchFor(page, '濟南');
  await expect(page.locator('.hit mark').first()).toHaveText('濟南');
  await expect(page.locator('.hit mark').filter({ hasText: "Ji'nan" })).toHaveCount(1);
});

test('no keystroke is lost, however fast the keys come, from any view', async ({ page }) => {
  // From a document: the first key changes the view, and the browser reports that only after the next keys.
  await page.goto('/#/doc/state-council-opinions');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('State Council');
  await page.keyboard.press('Control+k');
  await page.keyboard.type('hydrogen'); // no delay between keys
  await expect(page.getByRole('searchbox')).toHaveValue('hydrogen');
  await expect(page).toHaveURL(/#\/search\?q=hydrogen$/);
  await expect(summary(page)).toHaveText('2 paragraphs in 2 documents');
  // From the Targets view, with a click into the box, and in Chinese.
  await page.goto('/#/targets');
  await expect(page.locator('tr[data-target]').first()).toBeVisible();
  const box = page.getByRole('searchbox', { name: 'Search both languages' });
  await box.click();
  await page.keyboard.type('aluminium industry');
  await expect(box).toHaveValue('aluminium industry');
  await expect(page).toHaveURL(/q=aluminium\+industry$/);
  await page.goto('/#/cities');
  await box.click();
  await page.keyboard.insertText('網');
  await page.keyboard.insertText('絡');
  await expect(box).toHaveValue('網絡');
  await expect(page.locator('.hit mark')).toHaveText(['網絡', '網絡']);
});

test('a hit opens the document at its paragraph with every match marked, and Enter steps through them', async ({
  page,
}) => {
  await searchFor(page, 'Jinan');
  await page.locator('.hit').filter({ hasText: 'Wang Zhonglin, Mayor of Jinan City' }).click();
  await expect(page).toHaveURL(/#\/doc\/mayors-17-cities\/p\/3\?q=Jinan$/);
  const count = page.locator('.match-count');
  // Ji'nan heads the section, Jinan City and Jinan are in the mayor's paragraph, and Jinan once more in paragraph 6.
  await expect(count).toHaveText('2 of 4 · matches for “Jinan”');
  await expect(page.locator('.paragraphs mark')).toHaveText(["Ji'nan", 'Jinan City', 'Jinan', 'Jinan']);
  await expect(page.locator('#p-3 mark.current')).toHaveText('Jinan City');
  await page.screenshot({ path: `${SHOTS}/search-marked-document.png` });

  await page.locator('#p-3 .para-text').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('Enter');
  await expect(count).toHaveText('3 of 4 · matches for “Jinan”');
  await page.keyboard.press('Enter');
  await expect(count).toHaveText('4 of 4 · matches for “Jinan”');
  await expect(page.locator('#p-6 mark.current')).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(count).toHaveText('1 of 4 · matches for “Jinan”');
  await page.keyboard.press('Shift+Enter');
  await expect(count).toHaveText('4 of 4 · matches for “Jinan”');
  await page.getByRole('button', { name: /Previous match/ }).click();
  await expect(count).toHaveText('3 of 4 · matches for “Jinan”');
  await page.keyboard.press('Escape');
  await expect(page.locator('.match-stepper')).toHaveCount(0);
  await expect(page.locator('.paragraphs mark')).toHaveCount(0);
  await expect(page).toHaveURL(/#\/doc\/mayors-17-cities\/p\/3$/);
});

test('Enter opens the first hit, and Escape clears the search and goes back', async ({ page }) => {
  await page.goto('/#/doc/state-council-opinions');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('State Council');
  // Enter straight after typing, before the results are drawn, still opens the first hit.
  await searchFor(page, '氫能');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#\/doc\/press-conference-14th-fyp\/p\/3\?q=/);
  await expect(page.locator('#p-3 mark.current')).toHaveText('氫能');

  await searchFor(page, 'hydrogen');
  await page.keyboard.press('Escape');
  await expect(page).toHaveURL(/#\/doc\/press-conference-14th-fyp\/p\/3\?q=/);
  await expect(page.getByRole('searchbox')).toHaveValue('');
});

test('a page of 50 hits first; the rest come by the button or by scrolling to it', async ({ page }) => {
  // "and" is in 90 paragraphs of the English documents.
  await searchFor(page, 'and');
  const hits = page.locator('.hit');
  const places = () => hits.evaluateAll((links) => links.map((a) => a.getAttribute('href')!.split('?')[0]));
  await expect(hits).toHaveCount(50);
  await expect(summary(page)).toHaveText(/^90 paragraphs in \d documents$/);
  await expect(page.getByText('Showing the first 50 of 90.')).toBeVisible();
  const first = await places();
  // Pressed from the keyboard, where it is (scrolling it into view would fetch the page by itself).
  const more = page.getByRole('button', { name: 'Show 40 more (40 not shown)' });
  await more.focus();
  await page.keyboard.press('Enter');
  await expect(hits).toHaveCount(90);
  await expect(page.getByRole('button', { name: /^Show \d+ more/ })).toHaveCount(0);
  await expect(page.getByText(/^Showing the first/)).toHaveCount(0);
  // The first page is the best 50 of them all: every one is still there, the others joined them.
  const all = await places();
  expect(new Set(all).size).toBe(90);
  expect(all).toEqual(expect.arrayContaining(first));
  // A new query starts again at one page; scrolling to the end brings the rest, the same hits in the same order.
  await searchFor(page, 'and ');
  await expect(hits).toHaveCount(50);
  await page.locator('.more-results button').scrollIntoViewIfNeeded();
  await expect(hits).toHaveCount(90);
  expect(await places()).toEqual(all);
  // Coming back to a query (typing on, then deleting) starts again at one page too. From the top of the list: at its
  // end, the next page would come by itself.
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.getByRole('searchbox').press('t');
  await expect(summary(page)).not.toHaveText(/^90 paragraphs/);
  await page.getByRole('searchbox').press('Backspace');
  await expect(summary(page)).toHaveText(/^90 paragraphs/);
  await expect(hits).toHaveCount(50);
});

test('when the spelling vocabulary cannot be read, every search is still answered, without corrections', async ({
  page,
}) => {
  await page.route('**/search-words.bin', (route) => route.fulfill({ status: 404, body: 'gone' }));
  const warnings: string[] = [];
  page.on('console', (m) => m.type() === 'warning' && warnings.push(m.text()));
  await page.goto('/');
  await expect(page.locator('.doc-card').first()).toBeVisible();
  await searchFor(page, 'hydorgen');
  await expect(summary(page)).toHaveText('No paragraph matches “hydorgen”.');
  await expect(page.locator('.suggestion')).toHaveCount(0);
  await searchFor(page, 'hydrogen');
  await expect(summary(page)).toHaveText('2 paragraphs in 2 documents');
  expect(warnings.join('\n')).toMatch(/spelling corrections are off: .*search-words\.bin: 404/);
});

test('filters by language and document', async ({ page }) => {
  await searchFor(page, 'hydrogen');
  await expect(page.locator('.result-group')).toHaveCount(2);
  await page.getByLabel('Language', { exact: true }).selectOption('zh');
  await expect(page.locator('.result-group')).toHaveCount(1);
  await expect(page.locator('.hit mark')).toHaveText(['氫能']);
  await page.getByLabel('Language', { exact: true }).selectOption('');
  await page.getByLabel('Document', { exact: true }).selectOption('industrial-system-2023');
  await expect(page.locator('.hit mark')).toHaveText(['hydrogen energy']);
});

test('every translation of 新旧动能转换 finds the others, in both languages and scripts', async ({ page }) => {
  await searchFor(page, '新舊動能轉換');
  await expect(summary(page)).toHaveText('28 paragraphs in 4 documents');
  const titles = page.locator('.result-group h2');
  await expect(titles).toHaveCount(4);
  for (const title of ['Work Report 2022', 'State Council Opinions', 'mayors', 'Perfect Industrial System'])
    await expect(titles.filter({ hasText: title })).toHaveCount(1);
  // 004's own wording finds 000's title, worded differently.
  await searchFor(page, 'replacement of old growth drivers among the new ones');
  await expect(
    page.locator('.hit mark').filter({ hasText: 'replacement of old drivers of growth with new ones' }),
  ).toHaveCount(1);
  await expect(
    page.locator('.hit mark').filter({ hasText: 'transformation of new and old kinetic energy' }).first(),
  ).toBeVisible();
});

test('a misspelled word still finds what it meant, and the results offer the corrected query', async ({ page }) => {
  await searchFor(page, 'hydorgen');
  await expect(summary(page)).toHaveText('No paragraph matches “hydorgen”. 2 paragraphs match “hydrogen”:');
  await expect(page.locator('.suggestion')).toHaveText('Did you mean hydrogen?');
  await expect(page.locator('.hit mark')).toHaveText(['hydrogen energy', '氫能']);
  await expect(page.locator('.hit-approximate')).toHaveText(['spelling corrected', 'spelling corrected']);
  await page.screenshot({ path: `${SHOTS}/search-did-you-mean.png` });
  await page.locator('.suggestion a').click();
  await expect(page).toHaveURL(/#\/search\?q=hydrogen$/);
  await expect(summary(page)).toHaveText('2 paragraphs in 2 documents');
  // British and American spellings are one word: 002 writes aluminium, 004 aluminum.
  await searchFor(page, 'aluminium');
  const british = await page.locator('.hit').allTextContents();
  await searchFor(page, 'aluminum');
  await expect(page.locator('.hit')).toHaveText(british);
  await expect(page.locator('.suggestion')).toHaveCount(0);
});

test('bad queries give an empty result or a note, never an error', async ({ page }) => {
  for (const query of ['((( [*`', '   ', '!!!', '<img src=x onerror=alert(1)>']) {
    await searchFor(page, query);
    await expect(summary(page)).toHaveText(query.trim() === '' ? /Type a word or phrase/ : /No paragraph matches/);
  }
  await searchFor(page, `hydrogen ${'energy '.repeat(100)}`);
  await expect(page.getByRole('note')).toContainText('only its first 200 characters were searched');
});

test('glossary terms are marked only where their card says something, and the reader can turn marks off', async ({
  page,
}) => {
  await page.goto('/#/doc/work-report-2022');
  const terms = page.locator('.term');
  await expect(terms.first()).toBeVisible();
  // Everyday words (enterprises, energy, Shandong) are searched across languages but not underlined.
  const marked = await terms.allTextContents();
  expect(marked.filter((t) => /^(enterprises?|energy|Shandong|manufacturing|green)$/i.test(t))).toEqual([]);
  const internet = page.locator('#p-9 .term').filter({ hasText: /^industrial Internet$/ });
  await internet.hover();
  const card = page.getByRole('tooltip');
  await expect(card).toContainText('工业互联网');
  await page.screenshot({ path: `${SHOTS}/glossary-card.png` });
  await card.getByRole('button', { name: 'Search this' }).click();
  await expect(page.locator('.hit mark').filter({ hasText: '工業互聯網' }).first()).toBeVisible();

  // A name the translation alone does not explain has a note on its card.
  await page.goto('/#/doc/press-conference-14th-fyp');
  await page.locator('#p-5 .term').filter({ hasText: '鏈長制' }).hover();
  await expect(page.getByRole('tooltip')).toContainText('chain chief');

  await openDisplaySettings(page);
  await page.getByRole('checkbox', { name: /Mark glossary terms/ }).uncheck();
  await page.keyboard.press('Escape');
  await expect(page.locator('span.term')).toHaveCount(0);
  // City names stay links to their page.
  await expect(page.locator('#p-9 a.term.city').filter({ hasText: '濟南' })).toHaveAttribute('href', '#/cities/jinan');
  await page.reload();
  await expect(page.locator('#p-9 a.term.city').first()).toBeVisible();
  await expect(page.locator('span.term')).toHaveCount(0);
  await openDisplaySettings(page);
  await page.getByRole('checkbox', { name: /Mark glossary terms/ }).check();
  await page.keyboard.press('Escape');
  await expect(page.locator('#p-5 span.term').first()).toBeVisible();
});

test('from the keyboard, t moves through the glossary terms and shows each card; Enter searches the term', async ({
  page,
}) => {
  await page.goto('/#/doc/press-conference-14th-fyp');
  await expect(page.locator('#p-9 .term').first()).toBeVisible();
  await page.locator('#p-9').focus();
  const first = await page.locator('#p-9 .term').first().textContent();
  await page.keyboard.press('t');
  const focused = page.locator('.term:focus');
  await expect(focused).toHaveText(first!);
  const card = page.getByRole('tooltip');
  await expect(card).toBeVisible();
  await expect(focused).toHaveAttribute('aria-describedby', (await card.getAttribute('id')) ?? 'missing');
  let guard = 0;
  while ((await focused.textContent()) !== '人工智能' && guard++ < 40) await page.keyboard.press('t');
  await expect(focused).toHaveText('人工智能');
  await expect(card).toContainText('artificial intelligence');
  // Shift+T goes back one term, t forward again.
  await page.keyboard.press('Shift+T');
  await expect(focused).not.toHaveText('人工智能');
  await page.keyboard.press('t');
  await expect(focused).toHaveText('人工智能');
  // Esc closes the card and returns to the paragraph; Enter on a term searches it.
  await page.keyboard.press('Escape');
  await expect(card).toHaveCount(0);
  await expect(page.locator('#p-9')).toBeFocused();
  await page.keyboard.press('t');
  while ((await focused.textContent()) !== '人工智能' && guard++ < 80) await page.keyboard.press('t');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#\/search\?q=/);
  await expect(summary(page)).toHaveText('3 paragraphs in 3 documents');
});
