import { expect, test } from '@playwright/test';
import { expectNothingCutOff, failOnPageErrors, fontsUsed, SHOTS } from './helpers';

// Every view of the program built from seeds/, at 1280×800 and 800×700, light and dark, in both interface
// languages: each is checked for what a screenshot would show wrong (text cut off, the top bar wrapping, Chinese
// drawn as boxes), and saved in e2e/screenshots/screens/ to be looked at.

const VIEWS: Array<[name: string, hash: string, ready: string]> = [
  ['library', '#/', '.doc-card'],
  ['reader-000', '#/doc/work-report-2022', '.para-text .term'],
  ['reader-003', '#/doc/press-conference-14th-fyp', '.para-text .term'],
  ['search', '#/search?q=%E6%96%B0%E6%9D%90%E6%96%99', '.hit mark'],
  ['targets', '#/targets', 'tr[data-target]'],
  ['notes', '#/notes', '.search-summary'],
  ['cities', '#/cities/zibo', '.city-page'],
];

for (const [width, height] of [
  [1280, 800],
  [800, 700],
] as const) {
  for (const theme of ['light', 'dark'] as const) {
    for (const language of ['en', 'zh'] as const) {
      test(`every view at ${width}×${height}, ${theme}, ${language === 'en' ? 'English' : 'Chinese'} interface`, async ({
        page,
      }) => {
        failOnPageErrors(page);
        await page.setViewportSize({ width, height });
        await page.addInitScript(
          ([theme, language]) =>
            localStorage.setItem('shandong-reader.settings.v1', JSON.stringify({ theme, uiLanguage: language })),
          [theme, language] as const,
        );
        for (const [name, hash, ready] of VIEWS) {
          await page.goto(`/${hash}`);
          await expect(page.locator(ready).first()).toBeVisible();
          await expect(page.locator('html')).toHaveAttribute('lang', language === 'zh' ? 'zh-Hans' : 'en');
          expect((await page.locator('.topbar').boundingBox())!.height, name).toBeLessThanOrEqual(64);
          await expectNothingCutOff(page);
          // The interface's own words in a face of their language: Chinese labels in a Chinese face, English in a Latin one.
          const nav = await fontsUsed(page, '.topnav a');
          if (language === 'zh') expect(nav, name).toContain('Noto Sans CJK SC');
          else
            expect(
              nav.filter((f) => /CJK/.test(f)),
              name,
            ).toEqual([]);
          await page.screenshot({ path: `${SHOTS}/screens/${name}-${width}x${height}-${theme}-${language}.png` });
        }
      });
    }
  }
}
