import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH, TEST_ORIGIN, TEST_PORT } from './scripts/browser.ts';

// Runs against the production build (npm test builds it first), in Debian's Chromium.
export default defineConfig({
  testDir: './tests/e2e',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [['list']],
  timeout: 60_000,
  // CI runs on a shared two-core machine where a screen can take a few seconds to appear; a
  // wait that ends in failure still fails, only later.
  expect: { timeout: 10_000 },
  use: {
    baseURL: TEST_ORIGIN,
    viewport: { width: 390, height: 844 },
    serviceWorkers: 'allow',
    launchOptions: { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS },
  },
  webServer: {
    command: `npx vite preview --host 127.0.0.1 --port ${TEST_PORT} --strictPort`,
    url: TEST_ORIGIN,
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
