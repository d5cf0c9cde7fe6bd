import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH, TEST_ORIGIN, TEST_PORT } from './tools/browser.ts';
import { DATE_MATRIX, DEFAULT_MOMENT, type Moment } from './tests/helpers/moments.ts';

// Runs against the production build (npm test builds it first), in Debian's Chromium.
export default defineConfig<{ moment: Moment }>({
  testDir: './tests/e2e',
  fullyParallel: false,
  // Two workers on the two-core CI machine: files run side by side, each test in its own context.
  workers: Number(process.env.E2E_WORKERS ?? 2),
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
  projects: [
    // Everything, at one ordinary pinned moment (tests/helpers/moments.ts).
    // Its zone is the browser's own (TZ), not an emulated one, so a test can still move the
    // device between zones through DevTools (time-changes.spec.ts), which refuses to stack overrides.
    {
      name: 'chromium',
      use: {
        moment: DEFAULT_MOMENT,
        launchOptions: {
          executablePath: CHROMIUM_PATH,
          args: CHROMIUM_ARGS,
          env: { ...process.env, TZ: DEFAULT_MOMENT.timeZone },
        },
      },
    },
    // The tests tagged @dates again at each awkward moment: month ends, a leap day, New Year,
    // the daylight-saving changes. `--project chromium` leaves them out while working.
    ...DATE_MATRIX.map((moment) => ({
      name: `dates: ${moment.label}`,
      grep: /@dates/,
      use: { moment, timezoneId: moment.timeZone },
    })),
  ],
  webServer: {
    command: `npx vite preview --host 127.0.0.1 --port ${TEST_PORT} --strictPort`,
    url: TEST_ORIGIN,
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
