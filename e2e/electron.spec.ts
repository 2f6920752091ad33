import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { _electron as electron, expect, test } from '@playwright/test';
import { chooseTheme } from './helpers';

// Launches the real desktop app where an Electron binary is present. The `electron` package fetches its
// binary from outside the npm registry the first time anything asks for its path, so this spec never asks:
// it looks for the binary itself (ELECTRON_OVERRIDE_DIST_PATH, or an installed node_modules/electron/dist).
function findElectron(): string | null {
  const name =
    process.platform === 'win32'
      ? 'electron.exe'
      : process.platform === 'darwin'
        ? 'Electron.app/Contents/MacOS/Electron'
        : 'electron';
  const pathFile = resolve('node_modules/electron/path.txt');
  const relative = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : name;
  const candidates = [
    process.env.ELECTRON_OVERRIDE_DIST_PATH ? join(process.env.ELECTRON_OVERRIDE_DIST_PATH, relative) : null,
    resolve('node_modules/electron/dist', relative),
  ];
  return candidates.find((c): c is string => c !== null && existsSync(c)) ?? null;
}

const executablePath = findElectron();
const SKIP_REASON =
  'No Electron binary on this machine (set ELECTRON_OVERRIDE_DIST_PATH, or install node_modules/electron/dist): ' +
  "the desktop shell was only type-checked against Electron's own definitions; the same reader was tested in Chromium.";
if (executablePath === null) console.log(`SKIPPED electron.spec.ts: ${SKIP_REASON}`);

test.describe('the desktop app', () => {
  test.skip(executablePath === null, SKIP_REASON);

  test('opens the reader from its own scheme, locked down', async () => {
    const app = await electron.launch({
      executablePath: executablePath!,
      args: [resolve('build/electron/main.cjs')],
      env: { ...process.env, READER_RENDERER_DIR: resolve('build/renderer') },
    });
    try {
      const page = await app.firstWindow();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('The documents');
      await expect(page.locator('.doc-card')).toHaveCount(5);
      expect(page.url()).toMatch(/^app:\/\/reader\//);
      const exposed = await page.evaluate(() => ({
        require: typeof (window as unknown as { require?: unknown }).require,
        process: typeof (window as unknown as { process?: unknown }).process,
        bridge: Object.keys((window as unknown as { shandongReader?: object }).shandongReader ?? {}).sort(),
        opened: window.open('https://example.org') === null,
      }));
      expect(exposed).toEqual({
        require: 'undefined',
        process: 'undefined',
        bridge: [
          'appInfo',
          'copyText',
          'onMenuCommand',
          'onOpenLink',
          'openFile',
          'readBackup',
          'reportMenuState',
          'saveFile',
          'shell',
          'writeBackup',
        ],
        opened: true,
      });
      const prefs = await app.evaluate(({ BrowserWindow }) => {
        type Prefs = { contextIsolation?: boolean; sandbox?: boolean; nodeIntegration?: boolean } | null;
        const contents = BrowserWindow.getAllWindows()[0]!.webContents as unknown as { getLastWebPreferences(): Prefs };
        const wp = contents.getLastWebPreferences();
        return { contextIsolation: wp?.contextIsolation, sandbox: wp?.sandbox, nodeIntegration: wp?.nodeIntegration };
      });
      expect(prefs).toEqual({ contextIsolation: true, sandbox: true, nodeIntegration: false });
      // Navigation away from the app is refused.
      await page.evaluate(() => {
        window.location.href = 'https://example.org/';
      });
      await page.waitForTimeout(300);
      expect(page.url()).toMatch(/^app:\/\/reader\//);
      // A theme chosen in the page shows as chosen in the application menu.
      await chooseTheme(page, 'Dark');
      await expect
        .poll(() => app.evaluate(({ Menu }) => Menu.getApplicationMenu()?.getMenuItemById('theme:dark')?.checked))
        .toBe(true);
      await page.screenshot({ path: 'e2e/screenshots/electron-library.png' });
    } finally {
      await app.close();
    }
  });

  test('a shandong-reader:// link that starts the program opens its passage', async () => {
    const app = await electron.launch({
      executablePath: executablePath!,
      args: [resolve('build/electron/main.cjs'), 'shandong-reader://doc/work-report-2022/p/12'],
      env: { ...process.env, READER_RENDERER_DIR: resolve('build/renderer') },
    });
    try {
      const page = await app.firstWindow();
      await expect(page).toHaveURL(/#\/doc\/work-report-2022\/p\/12$/);
      await expect(page.locator('#p-12')).toContainText(
        'The main targets for shandong’s economic and social development in 2022',
      );
    } finally {
      await app.close();
    }
  });
});
