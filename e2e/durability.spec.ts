import { execSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, expect, test, type BrowserContext } from '@playwright/test';

// Durability (issue 12): in a persistent profile, bursts of notes made from the keyboard, and the browser killed
// (SIGKILL: no unload, no database close) in the middle of a burst, round after round. Every note the page showed as
// saved (listed, not "Saving…") before a kill must be there after the restart.
const ROUNDS = 4;
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

function launch(profile: string): Promise<BrowserContext> {
  return chromium.launchPersistentContext(profile, {
    executablePath,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
    viewport: { width: 1280, height: 800 },
  });
}

test('every note shown as saved survives the browser killed in the middle of a burst of saves', async ({ baseURL }) => {
  test.setTimeout(180_000);
  const profile = mkdtempSync(join(tmpdir(), 'reader-profile-'));
  const mustHave = new Set<string>();
  try {
    for (let round = 0; round <= ROUNDS; round++) {
      const context = await launch(profile);
      const page = context.pages()[0] ?? (await context.newPage());
      // Everything shown as saved before the last kill is here.
      await page.goto(`${baseURL}/#/notes`);
      if (mustHave.size > 0) await expect(page.locator('.note-card').first()).toBeVisible({ timeout: 10_000 });
      const stored = await page
        .locator('.note-card')
        .evaluateAll((cards) => cards.map((c) => c.getAttribute('data-note')));
      for (const id of mustHave) expect(stored, `note ${id}, shown as saved before the kill`).toContain(id);
      if (round === ROUNDS) {
        await context.close();
        break;
      }
      // A burst: a sentence at a time, highlighted, as fast as the keys go; then killed without warning.
      const n = 4 + 2 * round;
      await page.goto(`${baseURL}/#/doc/work-report-2022/p/${n}`);
      await expect(page.locator(`#p-${n}`)).toBeFocused();
      for (let i = 0; i < 6; i++) {
        await page.keyboard.press('v');
        await page.keyboard.press('h');
      }
      const saved = await page
        .locator('.notes-list li[data-note]')
        .evaluateAll((items) =>
          items.filter((li) => li.getAttribute('aria-busy') !== 'true').map((li) => li.getAttribute('data-note')!),
        );
      for (const id of saved) mustHave.add(id);
      // Chromium's processes for this profile (the shell that runs pgrep has gone by the time they are killed).
      const pids = execSync(`pgrep -f -- 'user-data-dir=${profile}' || true`)
        .toString()
        .trim()
        .split(/\s+/)
        .filter(Boolean)
        .map(Number);
      expect(pids.length).toBeGreaterThan(0);
      for (const pid of pids) {
        try {
          process.kill(pid, 'SIGKILL');
        } catch {
          // Gone already.
        }
      }
      await context.close().catch(() => undefined);
    }
    expect(mustHave.size).toBeGreaterThan(0);
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
});
