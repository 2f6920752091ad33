import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';

// Targets journeys on the fixture documents (see reader.spec.ts).

const SHOTS = 'e2e/screenshots';

test.beforeEach(async ({ page }) => {
  page.on('pageerror', (error) => {
    throw error;
  });
  await page.goto('/');
  await page.getByRole('link', { name: 'Targets', exact: true }).click();
  await expect(page.locator('tr[data-target]').first()).toBeVisible();
});

test('the table lists targets and statistics; a row opens the reader with its clause marked', async ({ page }) => {
  const rows = page.locator('tr[data-target]');
  await expect(rows).toHaveCount(13);
  const axe = await new AxeBuilder({ page }).analyze();
  expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);
  await page.screenshot({ path: `${SHOTS}/targets.png`, fullPage: true });

  const gdp = rows.filter({ hasText: 'more than 5.5%' });
  await expect(gdp).toContainText('Target');
  await expect(rows.filter({ hasText: '31,600 enterprises' })).toContainText('Statistic');
  await gdp.getByRole('link', { name: 'GDP' }).click();
  await expect(page).toHaveURL(/#\/doc\/work-report-2022\/p\/1\?span=\d+-\d+$/);
  const marked = page.locator('#p-1 mark');
  await expect(marked).toHaveText('In 2022 the province aims to increase GDP by more than 5.5%.');
  await expect(marked).toBeInViewport();
  await page.screenshot({ path: `${SHOTS}/target-in-reader.png` });
});

test('sorts and filters by each column, by text and on the timeline', async ({ page }) => {
  const rows = page.locator('tr[data-target]');
  await page.getByRole('button', { name: /^Value/ }).click();
  await page.getByRole('button', { name: /^Value/ }).click();
  await expect(rows.first()).toContainText('above 50 million tons');
  await expect(page.getByRole('columnheader', { name: /Value/ })).toHaveAttribute('aria-sort', 'descending');

  await page.getByLabel('Kind', { exact: true }).selectOption('statistic');
  await expect(rows).toHaveCount(1);
  await page.getByLabel('Kind', { exact: true }).selectOption('');
  await page.getByLabel('Scope', { exact: true }).selectOption('jinan');
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText('100 people');
  await page.getByLabel('Scope', { exact: true }).selectOption('');
  await page.getByLabel('Filter', { exact: true }).fill('數字經濟');
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText('about 10%'); // 左右 in the source, said in the interface's language
  await page.getByLabel('Filter', { exact: true }).fill('');

  await page.getByRole('button', { name: '2 targets due by 2025' }).click();
  await expect(rows).toHaveCount(2);
  await page.getByRole('button', { name: 'Show all years, not only 2025' }).click();
  await expect(rows).toHaveCount(13);
});

test('exports the table as CSV that Excel opens with Chinese text', async ({ page }) => {
  await page.getByLabel('Document', { exact: true }).selectOption('press-conference-14th-fyp');
  await expect(page.locator('tr[data-target]')).toHaveCount(2);
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export CSV' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('shandong-targets.csv');
  const bytes = readFileSync(await file.path());
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const text = bytes.toString('utf8');
  const lines = text.slice(1).split('\r\n').filter(Boolean);
  expect(lines[0]).toBe('kind,metric,qualifier,value,unit,direction,horizon,scope,document,file,paragraph,quote,link');
  expect(lines).toHaveLength(3);
  expect(text).toContain('數字經濟核心產業增加值占GDP比重');
  expect(text).toContain('#/doc/press-conference-14th-fyp/p/7?span=');
  await expect(page.getByRole('status').filter({ hasText: 'Exported 2 rows as CSV.' })).toBeVisible();
});

test('works from the keyboard alone and in the Chinese interface; a click anywhere on a row opens it', async ({ page }) => {
  await page.getByRole('button', { name: '中文' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('目标');
  const rows = page.locator('tr[data-target]');
  // Values are said in the interface's language, whatever the document's.
  await expect(rows.filter({ hasText: 'GDP' }).first()).toContainText('超过5.5%');
  await expect(rows.filter({ hasText: '數字經濟' })).toContainText('10%左右');
  await page.screenshot({ path: `${SHOTS}/targets-zh.png`, fullPage: true });

  // Sort by value from the keyboard.
  await page.getByRole('button', { name: /^数值/ }).focus();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('columnheader', { name: /数值/ })).toHaveAttribute('aria-sort', 'descending');
  // A timeline mark, from the keyboard.
  await page.getByRole('button', { name: '2025 年前到期的目标 2 项' }).focus();
  await page.keyboard.press('Space');
  await expect(rows).toHaveCount(2);
  // Tab from the last header reaches the first row's link; Enter opens its clause, marked.
  await page.getByRole('button', { name: /^文件/ }).focus();
  await page.keyboard.press('Tab');
  const first = rows.first().getByRole('link');
  await expect(first).toBeFocused();
  const id = await rows.first().getAttribute('data-target');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\?span=\d+-\d+$/);
  await expect(page.locator('.para mark').first()).toBeInViewport();
  // Back finds the table as it was left: the same year, the same sort.
  await page.goBack();
  await expect(rows).toHaveCount(2);
  await expect(rows.first()).toHaveAttribute('data-target', id!);
  await expect(page.getByRole('columnheader', { name: /数值/ })).toHaveAttribute('aria-sort', 'descending');

  // A click on the row's value cell (not its link) opens the same place as its link.
  await page.getByRole('button', { name: /显示所有年份/ }).click();
  const row = rows.filter({ hasText: 'GDP' }).first();
  const href = await row.getByRole('link').getAttribute('href');
  await row.locator('td.num').click();
  await expect(page).toHaveURL(new RegExp(`${href!.replace(/[?.*+^$()[\]{}|\\]/g, '\\$&')}$`));
});

test('in the reader, a marker beside a paragraph lists its targets, and each marks its clause', async ({ page }) => {
  // As many as the Targets view gives this paragraph.
  const n = await page.locator('tr[data-target] a[href^="#/doc/work-report-2022/p/1?"]').count();
  expect(n).toBeGreaterThan(1);
  await page.goto('/#/doc/work-report-2022');
  const toggle = page.locator('#p-1 .para-targets-toggle');
  await expect(toggle).toHaveAttribute('aria-label', `${n} targets and statistics from this paragraph`);
  // A paragraph with nothing extracted has no marker.
  await expect(page.locator('#p-0 .para-targets-toggle')).toHaveCount(0);
  await toggle.focus();
  await page.keyboard.press('Enter');
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  const list = page.locator('#targets-1');
  await expect(list.getByRole('listitem')).toHaveCount(n);
  const axe = await new AxeBuilder({ page }).include('#p-1').analyze();
  expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);
  await list.scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${SHOTS}/targets-in-paragraph.png` });
  await list.getByRole('link', { name: /GDP · more than 5\.5%/ }).click();
  await expect(page).toHaveURL(/#\/doc\/work-report-2022\/p\/1\?span=\d+-\d+$/);
  await expect(page.locator('#p-1 mark')).toHaveText('In 2022 the province aims to increase GDP by more than 5.5%.');
});
