import { defineConfig } from '@playwright/test';

// End-to-end tests drive the built reader in Debian's Chromium (Playwright's own browser download is not
// available on our machines). CHROMIUM_PATH overrides the path elsewhere.
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const chromium = {
  browserName: 'chromium' as const,
  launchOptions: {
    executablePath,
    // No network here: stop Chromium's own background traffic, which is refused and slows start-up.
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  },
};

export default defineConfig({
  testDir: 'e2e',
  outputDir: 'e2e/test-results',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [['list']],
  forbidOnly: true,
  timeout: 30_000,
  use: {
    baseURL: 'http://127.0.0.1:4173',
    viewport: { width: 1280, height: 800 },
    trace: 'off',
    screenshot: 'only-on-failure',
  },
  projects: [
    // The program exactly as `npm run build` makes it from seeds/: the five real documents.
    { name: 'chromium', testIgnore: /electron\.spec\.ts/, use: chromium },
    { name: 'electron', testMatch: /electron\.spec\.ts/ },
  ],
  webServer: {
    command: 'npx vite preview --config renderer/vite.config.ts',
    url: 'http://127.0.0.1:4173',
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
