import { defineConfig, devices } from '@playwright/test';
import { chromiumLaunchOptions } from './tests/tools/chromium';

const PORT = 4173;
/** The bureau server of the browser tests (`tests/e2e/server/`), on a fresh PGlite folder, serving the same build. */
const SERVED_PORT = 4180;

/** Browser tests on the production build (`vite build` + `vite preview`), in Debian's Chromium. */
export default defineConfig({
  testDir: 'tests/e2e',
  timeout: 30_000,
  expect: { timeout: 10_000 },
  fullyParallel: true,
  workers: 2,
  forbidOnly: !!process.env.CI,
  retries: 0,
  reporter: [['list'], ['json', { outputFile: 'test-results/playwright.json' }]],
  // Playwright empties its output folder at start: keep it apart from the Vitest report beside it.
  outputDir: 'test-results/playwright',
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    viewport: { width: 1440, height: 900 },
    timezoneId: 'America/Los_Angeles',
    trace: 'retain-on-failure',
    launchOptions: chromiumLaunchOptions,
  },
  projects: [
    {
      name: 'chromium',
      testIgnore: 'server/**',
      use: { ...devices['Desktop Chrome'], viewport: { width: 1440, height: 900 } },
    },
    {
      name: 'served',
      testMatch: 'server/**/*.spec.ts',
      use: {
        ...devices['Desktop Chrome'],
        viewport: { width: 1440, height: 900 },
        baseURL: `http://127.0.0.1:${SERVED_PORT}`,
      },
    },
  ],
  // One after the other: the server serves the build the first one makes.
  webServer: [
    {
      command: `npx vite build && npx vite preview --host 127.0.0.1 --port ${PORT} --strictPort`,
      url: `http://127.0.0.1:${PORT}/`,
      reuseExistingServer: !process.env.CI,
      timeout: 120_000,
      stdout: 'ignore',
    },
    {
      command: `rm -rf test-results/served-var && npx tsx server/main.ts`,
      env: { HOST: '127.0.0.1', PORT: String(SERVED_PORT), DATA_DIR: 'test-results/served-var', LOG_LEVEL: 'warn' },
      url: `http://127.0.0.1:${SERVED_PORT}/readyz`,
      reuseExistingServer: !process.env.CI,
      timeout: 120_000,
      stdout: 'ignore',
    },
  ],
});
