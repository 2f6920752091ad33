import { defineConfig } from '@playwright/test';

// End-to-end tests drive the built reader in Debian's Chromium (Playwright's own browser download is not
// available on our machines). CHROMIUM_PATH overrides the path elsewhere.
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const chromium = {
  browserName: 'chromium' as const,
  launchOptions: {
    executablePath,
    // No network here: stop Chromium's own background traffic, which is refused and slows start-up.
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
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
    {
      name: 'chromium',
      testIgnore: /(electron|app)\.spec\.ts/,
      use: chromium,
    },
    // The program as `npm run build` makes it from seeds/ (the real documents when they are there).
    { name: 'app', testMatch: /app\.spec\.ts/, use: { ...chromium, baseURL: 'http://127.0.0.1:4174' } },
    { name: 'electron', testMatch: /electron\.spec\.ts/ },
  ],
  webServer: [
    // The reader built from the fixture documents (npm run build:e2e), for the journeys.
    {
      command: 'npx vite preview --config renderer/vite.config.ts --mode e2e',
      url: 'http://127.0.0.1:4173',
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
    },
    // The program built from seeds/ (npm run build), for app.spec.ts.
    {
      command: 'npx vite preview --config renderer/vite.config.ts --port 4174',
      url: 'http://127.0.0.1:4174',
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
    },
  ],
});
