import { chromium, test as base, type BrowserContext } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../tools/browser.ts';
import { DEFAULT_MOMENT, type Moment } from '../helpers/moments';

export { expect } from '@playwright/test';
export type { Browser, BrowserContext, CDPSession, Page } from '@playwright/test';
export type { Moment } from '../helpers/moments';

/**
 * Every e2e test imports `test` from here, never from @playwright/test (ESLint says so): its
 * pages start at the project's pinned moment, in the project's time zone, not at today's
 * date. The clock runs on from there; a test that needs it elsewhere moves it
 * (`page.clock.setSystemTime`, `pauseAt`, `fastForward`).
 */
export const test = base.extend<{ moment: Moment }>({
  moment: [DEFAULT_MOMENT, { option: true }],
  context: async ({ context, moment }, provide) => {
    await pinClock(context, moment);
    await provide(context);
  },
});

/** For a context a test makes itself (a persistent profile, a second build's origin). */
export async function pinClock(context: BrowserContext, moment: Moment): Promise<void> {
  await context.clock.install({ time: moment.now });
}

/**
 * A persistent Chromium profile (where installability can be asked and files survive a
 * restart), at the given moment and its time zone like every other test's pages.
 */
export async function launchProfile(
  dir: string,
  moment: Moment,
  options: Parameters<typeof chromium.launchPersistentContext>[1] = {},
): Promise<BrowserContext> {
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: CHROMIUM_PATH,
    args: CHROMIUM_ARGS,
    viewport: { width: 390, height: 844 },
    timezoneId: moment.timeZone,
    ...options,
  });
  await pinClock(context, moment);
  return context;
}
