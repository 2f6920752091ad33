import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { chooseLanguage, expectAccessible, failOnPageErrors, SHOTS } from './helpers';

// Cities journeys on the real documents.

const extracts = JSON.parse(readFileSync('build/data/extracts.json', 'utf8')) as {
  targets: Array<{ scope: string; paragraph: number; quote: string; value: number | null }>;
};

test.beforeEach(async ({ page }) => {
  failOnPageErrors(page);
});

test('the map places the 17 cities; picking one opens its page with its section and mentions', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('link', { name: 'Cities', exact: true }).click();
  await expect(page.locator('.map-city')).toHaveCount(17);
  // Jinan: its section in 002 (seven paragraphs), the work report's super node and 003's 濟南-青島 pilot zone.
  await expect(page.getByRole('link', { name: /^Jinan 济南: 9 paragraphs$/ })).toBeVisible();
  await expectAccessible(page);
  await page.screenshot({ path: `${SHOTS}/cities-map.png` });

  await page.locator('.map-city[href="#/cities/zibo"]').click();
  await expect(page).toHaveURL(/#\/cities\/zibo$/);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Zibo 淄博');
  await expect(page.locator('.city-page')).toContainText('Yu Haitian');
  const section = page.locator('.city-page ol').first();
  await expect(section.locator('li')).toHaveCount(5);
  // Under Zibo's heading, without naming Zibo.
  await expect(section).toContainText('First, speed up the upgrading of traditional industries');
  await expect(page.locator('.map-city.selected')).toHaveAttribute('href', '#/cities/zibo');
  await page.screenshot({ path: `${SHOTS}/city-page.png` });

  await section.getByRole('link').nth(2).click();
  await expect(page).toHaveURL(/#\/doc\/mayors-17-cities\/p\/19$/);
});

test('cities can be chosen with the keyboard, and Laiwu says it merged into Jinan', async ({ page }) => {
  await page.goto('/#/cities');
  await expect(page.locator('.map-city')).toHaveCount(17);
  await page.locator('.city-list a').filter({ hasText: 'Laiwu' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Laiwu');
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
  await expect(page.locator('.city-page .note')).toContainText('merged into Jinan in January 2019');
  await expect(page.locator('.city-page')).toContainText('Mei Jianhua');
  await chooseLanguage(page, '中文');
  await expect(page.locator('.city-page .note')).toContainText('并入济南市');
  await page.getByRole('link', { name: /所有城市/ }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('城市');
});

test('a city page lists its targets, each opening its clause; Laiwu in the reader says it merged into Jinan', async ({
  page,
}) => {
  const zibo = extracts.targets.filter((t) => t.scope === 'zibo');
  await page.goto('/#/cities/zibo');
  const targets = page.locator('.city-targets li');
  await expect(targets).toHaveCount(zibo.length);
  const invested = zibo.find((t) => t.value === 100_000_000_000)!;
  await targets.filter({ hasText: 'more than 100 billion yuan' }).getByRole('link').click();
  await expect(page.locator(`#p-${invested.paragraph} mark`)).toHaveText(invested.quote);

  await page.goto('/#/doc/mayors-17-cities/p/44');
  await page.locator('#p-44 a.term.city').filter({ hasText: 'Laiwu' }).hover();
  await expect(page.getByRole('tooltip')).toContainText('merged into Jinan in January 2019');
});

test('city names in the reader link to the city page, in either script', async ({ page }) => {
  await page.goto('/#/doc/press-conference-14th-fyp');
  const jinan = page.locator('#p-9 a.term.city').filter({ hasText: '濟南' });
  await expect(jinan).toHaveAttribute('href', '#/cities/jinan');
  await jinan.focus();
  await expect(page.getByRole('tooltip')).toContainText('Jinan'); // keyboard focus shows the card too
  await page.locator('#p-1 .para-text').click();
  await expect(page.getByRole('tooltip')).toHaveCount(0);
  await jinan.hover();
  await expect(page.getByRole('tooltip')).toContainText('Jinan');
  await jinan.click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Jinan 济南');
  await expect(page.locator('.city-page')).toContainText('濟南-青島人工智能創新應用先導區');
});
