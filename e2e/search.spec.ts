import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

// Search journeys on the fixture documents (see reader.spec.ts): type, see grouped results with marks, open a
// hit, step through matches, filter, and try the bad queries.

const SHOTS = 'e2e/screenshots';

async function searchFor(page: Page, query: string): Promise<void> {
  await page.keyboard.press('Control+k');
  await expect(page.getByRole('searchbox')).toBeFocused();
  await page.getByRole('searchbox').fill(query);
}

const summary = (page: Page) => page.locator('.search-summary');

test.beforeEach(async ({ page }) => {
  page.on('pageerror', (error) => {
    throw error;
  });
  await page.goto('/');
  await expect(page.locator('.doc-card').first()).toBeVisible();
});

test('results appear as you type, grouped by document, with the matches marked in each script', async ({ page }) => {
  await searchFor(page, 'new materials');
  await expect(summary(page)).toHaveText('5 paragraphs in 3 documents');
  const groups = page.locator('.result-group');
  await expect(groups).toHaveCount(3);
  await expect(groups.nth(0).locator('h2')).toContainText('mayors');
  await expect(groups.nth(0).locator('.count')).toHaveText('3');
  await expect(page.locator('.hit mark').filter({ hasText: '新材料' })).toHaveCount(1);
  await expect(page.locator('.hit mark').filter({ hasText: /^new materials$/ })).toHaveCount(4);
  const axe = await new AxeBuilder({ page }).analyze();
  expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);
  await page.screenshot({ path: `${SHOTS}/search-results.png` });

  await searchFor(page, '网络');
  await expect(page.locator('.hit mark')).toHaveText(['網絡']);
  await searchFor(page, '一带一路');
  await expect(page.locator('.hit mark')).toHaveText(['一帶一路']);
  await searchFor(page, 'Yantai');
  await expect(page.locator('.hit mark')).toHaveText(['Yantai', '煙台']);
});

test('a hit opens the document at its paragraph with every match marked, and Enter steps through them', async ({ page }) => {
  await searchFor(page, 'new materials');
  await page.locator('.hit').filter({ hasText: 'The mayor said the old industrial base' }).click();
  await expect(page).toHaveURL(/#\/doc\/mayors-17-cities\/p\/6\?q=new\+materials$/);
  const count = page.locator('.match-count');
  await expect(count).toHaveText('2 of 3 · matches for “new materials”');
  await expect(page.locator('.paragraphs mark')).toHaveCount(3);
  await expect(page.locator('#p-6 mark.current')).toHaveText('new materials');
  await page.screenshot({ path: `${SHOTS}/search-marked-document.png` });

  await page.locator('#p-6 .para-text').click();
  await page.keyboard.press('Enter');
  await expect(count).toHaveText('3 of 3 · matches for “new materials”');
  await expect(page.locator('#p-10 mark.current')).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(count).toHaveText('1 of 3 · matches for “new materials”');
  await page.keyboard.press('Shift+Enter');
  await expect(count).toHaveText('3 of 3 · matches for “new materials”');
  await page.getByRole('button', { name: /Previous match/ }).click();
  await expect(count).toHaveText('2 of 3 · matches for “new materials”');
  await page.keyboard.press('Escape');
  await expect(page.locator('.match-stepper')).toHaveCount(0);
  await expect(page.locator('.paragraphs mark')).toHaveCount(0);
  await expect(page).toHaveURL(/#\/doc\/mayors-17-cities\/p\/6$/);
});

test('Enter opens the first hit, and Escape clears the search and goes back', async ({ page }) => {
  await page.goto('/#/doc/state-council-opinions');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('State Council');
  // Enter straight after typing, before the results are drawn, still opens the first hit.
  await searchFor(page, '氫能');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#\/doc\/press-conference-14th-fyp\/p\/5\?q=/);
  await expect(page.locator('#p-5 mark.current')).toHaveText('氫能');

  await searchFor(page, 'hydrogen');
  await page.keyboard.press('Escape');
  await expect(page).toHaveURL(/#\/doc\/press-conference-14th-fyp\/p\/5\?q=/);
  await expect(page.getByRole('searchbox')).toHaveValue('');
});

test('filters by language and document', async ({ page }) => {
  await searchFor(page, 'Yantai');
  await expect(page.locator('.result-group')).toHaveCount(2);
  await page.getByLabel('Language', { exact: true }).selectOption('zh');
  await expect(page.locator('.result-group')).toHaveCount(1);
  await expect(page.locator('.hit mark')).toHaveText(['煙台']);
  await page.getByLabel('Language', { exact: true }).selectOption('');
  await page.getByLabel('Document', { exact: true }).selectOption('work-report-2022');
  await expect(page.locator('.hit mark')).toHaveText(['Yantai']);
});

test('bad queries give an empty result or a note, never an error', async ({ page }) => {
  for (const query of ['((( [*`', '   ', '!!!', '<img src=x onerror=alert(1)>']) {
    await searchFor(page, query);
    await expect(summary(page)).toHaveText(query.trim() === '' ? /Type a word or phrase/ : /No paragraph matches/);
  }
  await searchFor(page, `hydrogen ${'energy '.repeat(100)}`);
  await expect(page.getByRole('note')).toContainText('only its first 200 characters were searched');
});

test('glossary terms are marked quietly, and their card searches both languages', async ({ page }) => {
  await page.goto('/#/doc/press-conference-14th-fyp');
  const term = page.locator('#p-5 .term').filter({ hasText: '新材料' });
  await expect(term).toHaveCount(1);
  await term.hover();
  const card = page.getByRole('tooltip');
  await expect(card).toContainText('new materials');
  await page.screenshot({ path: `${SHOTS}/glossary-card.png` });
  await card.getByRole('button', { name: 'Search this' }).click();
  await expect(summary(page)).toHaveText('5 paragraphs in 3 documents');
});

test('from the keyboard, t moves through the glossary terms and shows each card; Enter searches the term', async ({ page }) => {
  await page.goto('/#/doc/press-conference-14th-fyp');
  await expect(page.locator('#p-5 .term').first()).toBeVisible();
  await page.locator('#p-5').focus();
  // The terms of paragraph 5, in order: each press of t focuses the next one and describes it with its card.
  const first = await page.locator('#p-5 .term').first().textContent();
  await page.keyboard.press('t');
  const focused = page.locator('.term:focus');
  await expect(focused).toHaveText(first!);
  const card = page.getByRole('tooltip');
  await expect(card).toBeVisible();
  await expect(focused).toHaveAttribute('aria-describedby', await card.getAttribute('id') ?? 'missing');
  let guard = 0;
  while ((await focused.textContent()) !== '新材料' && guard++ < 20) await page.keyboard.press('t');
  await expect(focused).toHaveText('新材料');
  await expect(card).toContainText('new materials');
  // Shift+T goes back one term, t forward again.
  await page.keyboard.press('Shift+T');
  await expect(focused).not.toHaveText('新材料');
  await page.keyboard.press('t');
  await expect(focused).toHaveText('新材料');
  // Esc closes the card and returns to the paragraph; Enter on a term searches it.
  await page.keyboard.press('Escape');
  await expect(card).toHaveCount(0);
  await expect(page.locator('#p-5')).toBeFocused();
  await page.keyboard.press('t');
  while ((await focused.textContent()) !== '新材料' && guard++ < 40) await page.keyboard.press('t');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#\/search\?q=/);
  await expect(summary(page)).toHaveText('5 paragraphs in 3 documents');
});
