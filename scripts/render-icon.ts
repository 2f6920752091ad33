// Renders assets/icon.svg to assets/icon.png (1024 × 1024, transparent corners), the icon electron-builder
// packages for every platform (it makes .icns and .ico from it). Run after changing the SVG:
//   npm run icon
// It uses Debian's Chromium (CHROMIUM_PATH overrides), as the end-to-end tests do; the glyph needs fonts-noto-cjk.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium } from '@playwright/test';

const SIZE = 1024;
const svg = readFileSync(resolve('assets/icon.svg'), 'utf8');
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox'],
});
try {
  const page = await browser.newPage({ viewport: { width: SIZE, height: SIZE } });
  await page.setContent(
    `<!doctype html><style>html,body{margin:0;background:transparent}svg{display:block;width:${SIZE}px;height:${SIZE}px}</style>${svg}`,
  );
  await page.evaluate(() => document.fonts.ready);
  await page.screenshot({ path: resolve('assets/icon.png'), omitBackground: true });
  console.log(`assets/icon.png: ${SIZE} × ${SIZE}`);
} finally {
  await browser.close();
}
