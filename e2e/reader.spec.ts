import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

// These journeys run on the synthetic fixture documents in e2e/fixtures/seeds (the real seed files are not in
// the repository yet); each fixture carries the noise of the seed it stands for.

const SHOTS = 'e2e/screenshots';
const PINYIN = /[(（][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,6}[)）]/;

async function expectAccessible(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).analyze();
  const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(bad.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)).toEqual([]);
}

async function expectNothingCutOff(page: Page): Promise<void> {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
}

test.beforeEach(async ({ page }) => {
  page.on('pageerror', (error) => {
    throw error;
  });
});

test('the library lists the five documents with title, date, language and length', async ({ page }) => {
  await page.goto('/');
  const cards = page.locator('.doc-card');
  await expect(cards).toHaveCount(5);
  await expect(cards.nth(0)).toContainText('Shandong Government Work Report 2022');
  await expect(cards.nth(0)).toContainText('28 April 2022');
  await expect(cards.nth(3)).toContainText('Chinese · Traditional characters');
  await expect(cards.nth(3)).toContainText(/\d+ characters · 8 paragraphs/);
  await expect(page.locator('.missing')).toHaveCount(0);
  await expectNothingCutOff(page);
  await expectAccessible(page);
  await page.screenshot({ path: `${SHOTS}/library.png` });
});

test('003 reads cleanly, switches to Simplified, and shows the original exactly', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('link', { name: /Provincial press conference/ }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Provincial press conference on the 14th Five-Year Plan');
  const paragraphs = page.locator('.para-text');
  await expect(paragraphs.filter({ hasText: '齊魯網·閃電新聞' })).toHaveCount(1);
  const all = (await paragraphs.allTextContents()).join('\n');
  expect(all).not.toMatch(PINYIN);
  expect(all).toContain('首臺(套)');
  expect(all).toContain('網絡');
  await expect(page.getByRole('heading', { level: 2, name: '實施產業布局調整工程' })).toBeVisible();
  await expect(paragraphs.first()).toHaveAttribute('lang', 'zh-Hant');
  await expectAccessible(page);
  await page.screenshot({ path: `${SHOTS}/reader-003-traditional.png` });

  await page.getByRole('button', { name: /Simplified/ }).click();
  await expect(paragraphs.filter({ hasText: '齐鲁网·闪电新闻' })).toHaveCount(1);
  await expect(paragraphs.first()).toHaveAttribute('lang', 'zh-Hans');
  await page.screenshot({ path: `${SHOTS}/reader-003-simplified.png` });
  await page.reload();
  await expect(page.locator('.para-text').filter({ hasText: '齐鲁网' })).toHaveCount(1);

  await page.getByRole('button', { name: 'Show original' }).click();
  const original = page.locator('.original pre');
  await expect(original).toContainText('齊魯網(wǎng)·閃電新聞');
  await expect(original).toContainText('記(jì)者從(cóng)');
  await expectAccessible(page);
  await page.screenshot({ path: `${SHOTS}/reader-003-original.png` });
  await page.getByRole('button', { name: 'Show cleaned text' }).click();
  await expect(original).toHaveCount(0);
});

test('a deep link opens the document at that paragraph, and its link can be copied', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/#/doc/mayors-17-cities/p/5');
  const target = page.locator('#p-5');
  await expect(target).toContainText('Zibo: highlight four articles');
  await expect(target).toBeFocused();
  await expect(target).toBeInViewport();
  await expect(page.locator('#p-0')).not.toBeInViewport();
  await page.screenshot({ path: `${SHOTS}/reader-002-deep-link.png` });

  await page.locator('#p-8').hover();
  await page.getByRole('button', { name: 'Copy link to paragraph 8' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Link copied' })).toBeVisible();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toMatch(/#\/doc\/mayors-17-cities\/p\/8$/);
  await page.goto(copied);
  await expect(page.locator('#p-8')).toBeFocused();
});

test('theme and interface language switch, and are remembered with the place last read', async ({ page }) => {
  await page.goto('/#/doc/work-report-2022');
  await page.getByLabel('Theme').selectOption('dark');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  expect(background).toBe('rgb(22, 24, 27)');
  await page.getByRole('button', { name: '中文' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('2022年山东省政府工作报告（摘要）');
  await expect(page.getByRole('link', { name: '文库' })).toBeVisible();
  await expectAccessible(page);
  await page.screenshot({ path: `${SHOTS}/reader-000-dark-zh.png` });

  // Scroll down a long document, leave, and come back on a fresh start at the same place.
  await page.goto('/#/doc/mayors-17-cities');
  await page.setViewportSize({ width: 1280, height: 420 });
  await page.evaluate(() => window.scrollTo(0, 300));
  await page.waitForTimeout(400); // the place is saved 200 ms after scrolling stops
  await page.goto('/');
  await page.evaluate(() => {
    window.location.hash = '';
  });
  await page.reload();
  await expect(page).toHaveURL(/#\/doc\/mayors-17-cities$/);
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(page.getByRole('link', { name: '文库' })).toBeVisible();
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(300);
});

test('the keyboard moves between documents and paragraphs, with a visible focus ring', async ({ page }) => {
  await page.goto('/#/doc/state-council-opinions');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('State Council Opinions');
  await page.keyboard.press(']');
  await expect(page).toHaveURL(/#\/doc\/mayors-17-cities$/);
  // Pressed faster than the page renders, each key still moves exactly one document.
  await page.keyboard.press('[');
  await page.keyboard.press('[');
  await expect(page).toHaveURL(/#\/doc\/work-report-2022$/);
  await page.keyboard.press('[');
  await expect(page).toHaveURL(/#\/doc\/industrial-system-2023$/);
  await page.keyboard.press(']');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Work Report 2022');
  await page.keyboard.press('j');
  await page.keyboard.press('j');
  await expect(page.locator('#p-1')).toBeFocused();
  await page.keyboard.press('k');
  await expect(page.locator('#p-0')).toBeFocused();
  await page.keyboard.press('o');
  await expect(page.locator('.original pre')).toContainText('2022-04-28 0 By');
  await page.keyboard.press('o');

  await page.keyboard.press('Tab');
  const ring = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
  expect(ring).toBe('solid');
  await page.keyboard.press('?');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('About these documents');
  await expect(page.getByRole('table')).toContainText('Previous / next document');
  await expectAccessible(page);
  await page.screenshot({ path: `${SHOTS}/about.png`, fullPage: true });
  await page.keyboard.press('l');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('The documents');
});

test('nothing is cut off in a narrow window, and an unknown address says so', async ({ page }) => {
  await page.setViewportSize({ width: 420, height: 800 });
  await page.goto('/#/doc/press-conference-14th-fyp');
  await expect(page.locator('.para-text').first()).toBeVisible();
  await expectNothingCutOff(page);
  await expectAccessible(page);
  await page.screenshot({ path: `${SHOTS}/reader-003-narrow.png` });
  await page.goto('/#/doc/no-such-document');
  await expect(page.getByRole('alert')).toContainText('There is no document with this address.');
});

test('documents whose seed file was missing at build time are listed as such', async ({ page }) => {
  await page.route('**/corpus.json', async (route) => {
    const corpus = await (await route.fetch()).json();
    const [kept, ...gone] = corpus.documents;
    await route.fulfill({ json: { documents: [kept], missing: gone.map((d: { id: string; titles: object }) => ({ id: d.id, seed: '00x_', titles: d.titles })) } });
  });
  await page.goto('/');
  await expect(page.locator('.doc-card')).toHaveCount(1);
  const missing = page.getByRole('region', { name: 'Not in this build' });
  await expect(missing.getByRole('listitem')).toHaveCount(4);
  await expect(missing).toContainText('Perfect Industrial System');
  await expectAccessible(page);
});

test('a corpus that cannot be loaded gives a clear message, not a blank page', async ({ page }) => {
  await page.route('**/corpus.json', (route) => route.fulfill({ status: 500, body: 'broken' }));
  await page.goto('/');
  await expect(page.getByRole('alert')).toContainText('The documents could not be loaded');
  await expect(page.getByRole('alert')).toContainText('500');
});

test('every view keeps to the Content Security Policy: the page asks for nothing it refuses', async ({ page }) => {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`));
  });
  await page.goto('/');
  await expect(page.locator('.doc-card').first()).toBeVisible();
  // Each view, waiting for what shows it has done its work (the search answered by the worker, the data loaded).
  const views: Array<[string, string]> = [
    ['#/doc/press-conference-14th-fyp', '.term'],
    ['#/search?q=new%20materials', '.hit mark'],
    ['#/targets', 'tr[data-target]'],
    ['#/cities/jinan', '.city-page'],
    ['#/notes', '.search-summary'],
    ['#/about', 'table.shortcuts'],
  ];
  for (const [hash, done] of views) {
    await page.evaluate((h) => (window.location.hash = h), hash);
    await expect(page.locator(done).first()).toBeVisible();
  }
  expect(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)).toEqual([]);
});
