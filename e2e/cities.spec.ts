import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';

// Cities journeys on the fixture documents (see reader.spec.ts).

const SHOTS = 'e2e/screenshots';

test.beforeEach(async ({ page }) => {
  page.on('pageerror', (error) => {
    throw error;
  });
});

test('the map places the 17 cities; picking one opens its page with its section and mentions', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('link', { name: 'Cities', exact: true }).click();
  const markers = page.locator('.map-city');
  await expect(markers).toHaveCount(17);
  await expect(page.getByRole('link', { name: /^Jinan 济南: 5 paragraphs$/ })).toBeVisible();
  const axe = await new AxeBuilder({ page }).analyze();
  expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);
  await page.screenshot({ path: `${SHOTS}/cities-map.png` });

  await page.locator('.map-city[href="#/cities/zibo"]').click();
  await expect(page).toHaveURL(/#\/cities\/zibo$/);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Zibo 淄博');
  const section = page.locator('.city-page ol').first();
  await expect(section.locator('li')).toHaveCount(3);
  await expect(section).toContainText('Four articles will be written'); // under Zibo's heading, without naming it
  await expect(page.locator('.map-city.selected')).toHaveAttribute('href', '#/cities/zibo');
  await page.screenshot({ path: `${SHOTS}/city-page.png` });

  await section.getByRole('link').nth(2).click();
  await expect(page).toHaveURL(/#\/doc\/mayors-17-cities\/p\/7$/);
});

test('cities can be chosen with the keyboard, and Laiwu says it merged into Jinan', async ({ page }) => {
  await page.goto('/#/cities');
  await expect(page.locator('.map-city')).toHaveCount(17);
  await page.locator('.city-list a').filter({ hasText: 'Laiwu' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Laiwu');
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
  await expect(page.locator('.city-page .note')).toContainText('merged into Jinan in January 2019');
  await page.getByRole('button', { name: '中文' }).click();
  await expect(page.locator('.city-page .note')).toContainText('并入济南市');
  await page.getByRole('link', { name: /所有城市/ }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('城市');
});

test('a city page lists its targets; Laiwu in the reader says it merged into Jinan', async ({ page }) => {
  await page.goto('/#/cities/jinan');
  const targets = page.locator('.city-targets li');
  await expect(targets).toHaveCount(1);
  await expect(targets).toContainText('100 people');
  await targets.getByRole('link').click();
  await expect(page.locator('#p-4 mark')).toHaveText('The city will set up a special fund and attract 100 high-end talents each year.');

  await page.goto('/#/doc/mayors-17-cities/p/10');
  await page.locator('#p-10 a.term.city').filter({ hasText: 'Laiwu' }).hover();
  await expect(page.getByRole('tooltip')).toContainText('merged into Jinan in January 2019');
});

test('city names in the reader link to the city page, in either script', async ({ page }) => {
  await page.goto('/#/doc/press-conference-14th-fyp');
  const yantai = page.locator('#p-7 a.term.city').filter({ hasText: '煙台' });
  await expect(yantai).toHaveAttribute('href', '#/cities/yantai');
  await yantai.focus();
  await expect(page.getByRole('tooltip')).toContainText('Yantai'); // keyboard focus shows the card too
  await page.locator('#p-0 .para-text').click();
  await expect(page.getByRole('tooltip')).toHaveCount(0);
  await yantai.hover();
  await expect(page.getByRole('tooltip')).toContainText('Yantai');
  await yantai.click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Yantai 烟台');
  await expect(page.locator('.city-page')).toContainText('Yantai will build a green petrochemical base');
});
