import { expect, test } from '@playwright/test';
import { failOnPageErrors } from './helpers';

// No network, ever (issue 12): a whole session, every view and the features that load data, recorded request by
// request; any request that leaves the program's own origin fails the test. (The desktop shell cancels such requests
// as well; this checks the page never makes them.)
test('a full session asks for nothing outside the program', async ({ page, baseURL }) => {
  failOnPageErrors(page);
  const origin = new URL(baseURL!).origin;
  const outside: string[] = [];
  const seen: string[] = [];
  const record = (url: string): void => {
    seen.push(url);
    if (!/^(?:data|blob|about):/.test(url) && new URL(url).origin !== origin) outside.push(url);
  };
  page.on('request', (r) => record(r.url()));
  page.on('websocket', (ws) => outside.push(ws.url()));
  page.context().on('serviceworker', (sw) => outside.push(`service worker ${sw.url()}`));

  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('The documents');
  await page.getByRole('searchbox').fill('new energy 新能源');
  await expect(page.locator('.result-group').first()).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page.locator('mark').first()).toBeVisible();
  for (const view of [
    '#/targets',
    '#/cities',
    '#/cities/jinan',
    '#/notes',
    '#/about',
    '#/doc/press-conference-14th-fyp',
  ]) {
    await page.goto(`/${view}`);
    await expect(page.locator('main')).not.toBeEmpty();
  }
  // Traditional to Simplified loads its converter; the glossary cards and the map draw from the program's files.
  await page.keyboard.press('s');
  await page.waitForTimeout(500);
  expect(seen.length).toBeGreaterThan(3);
  expect(outside).toEqual([]);
});
