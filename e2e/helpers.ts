import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/** Where the run writes its screenshots (looked at after each run, not only produced). */
export const SHOTS = 'e2e/screenshots';

/** Pinyin the page inserted after a character, as 003's file has it: 網(wǎng). */
export const PINYIN = /[(（][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,6}[)）]/;

/** No serious or critical accessibility violation on the page (axe-core). */
export async function expectAccessible(page: Page, include?: string): Promise<void> {
  const builder = new AxeBuilder({ page });
  const results = await (include ? builder.include(include) : builder).analyze();
  const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(bad.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)).toEqual([]);
}

/** Nothing wider than the window: no horizontal scroll bar. */
export async function expectNothingCutOff(page: Page): Promise<void> {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
}

/** Any error thrown in the page fails the test. */
export function failOnPageErrors(page: Page): void {
  page.on('pageerror', (error) => {
    throw error;
  });
}

/** Opens the "Aa" display settings. */
export async function openDisplaySettings(page: Page): Promise<void> {
  await page.getByRole('button', { name: /^(Display settings|显示设置)$/ }).click();
  await expect(page.getByRole('dialog', { name: /^(Display settings|显示设置)$/ })).toBeVisible();
}

/** Chooses the interface language from the display settings, and closes them. */
export async function chooseLanguage(page: Page, language: 'English' | '中文'): Promise<void> {
  await openDisplaySettings(page);
  await page.getByRole('radio', { name: language }).click();
  await page.keyboard.press('Escape');
}

/** Chooses the theme from the display settings, and closes them. */
export async function chooseTheme(
  page: Page,
  theme: 'System' | 'Light' | 'Dark' | '跟随系统' | '浅色' | '深色',
): Promise<void> {
  await openDisplaySettings(page);
  await page.getByRole('radio', { name: theme, exact: true }).click();
  await page.keyboard.press('Escape');
}

/** Selects `exact` inside paragraph `n` of the open document, as a person dragging the mouse would. */
export async function selectText(page: Page, n: number, exact: string): Promise<void> {
  await expect(page.locator(`#p-${n} .para-text`)).toContainText(exact);
  await page.locator(`#p-${n}`).scrollIntoViewIfNeeded();
  // Wait for the page to settle (its glossary terms arrive from the search worker and redraw the text), as a reader
  // does before selecting: a redraw replaces the text nodes a selection was made in.
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

/** The fonts Chromium actually drew the text of every element matching `selector` with (DevTools protocol), by family. */
export async function fontsUsed(page: Page, selector: string): Promise<string[]> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('DOM.enable');
  await cdp.send('CSS.enable');
  const { root } = await cdp.send('DOM.getDocument', { depth: -1 });
  const { nodeIds } = await cdp.send('DOM.querySelectorAll', { nodeId: root.nodeId, selector });
  const families = new Set<string>();
  for (const nodeId of nodeIds) {
    const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
    for (const f of fonts) families.add(f.familyName);
  }
  await cdp.detach();
  return [...families].sort();
}

/** How many automatic backups of the notes the page keeps in its private files (OPFS). */
export function backupFiles(page: Page): Promise<number> {
  return page.evaluate(async () => {
    const dir = await (await navigator.storage.getDirectory()).getDirectoryHandle('notes-backups', { create: true });
    let n = 0;
    for await (const name of dir.keys()) if (name.endsWith('.json')) n++;
    return n;
  });
}
