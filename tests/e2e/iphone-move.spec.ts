import AxeBuilder from '@axe-core/playwright';
import { type BrowserContext, expect, type Page, pinClock, test } from './fixtures';
import type { Browser, Moment } from './fixtures';
import { openToday } from './helpers';

/**
 * On iPhone and iPad the Home Screen app does not share storage with Safari: what was written
 * in a Safari tab is not in the app, which opens empty. Safari holding words offers to move
 * them (a backup file, shared or downloaded); the app opening empty offers to bring them in.
 * Each side runs in its own context here, with its own storage, as on the phone.
 */

const IPHONE_SAFARI =
  'Mozilla/5.0 (iPhone; CPU iPhone OS 18_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.5 Mobile/15E148 Safari/604.1';
// The Home Screen app's web view names no Safari version.
const IPHONE_HOME_SCREEN_APP =
  'Mozilla/5.0 (iPhone; CPU iPhone OS 18_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148';
const ANDROID_CHROME =
  'Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/138.0.0.0 Mobile Safari/537.36';

const MOVE = 'Move your journal into the Home Screen app';
const BRING_IN = 'Bring in your journal from Safari';

async function phone(browser: Browser, moment: Moment, userAgent: string, standalone: boolean) {
  const context = await browser.newContext({ userAgent, isMobile: true, hasTouch: true });
  await pinClock(context, moment);
  if (standalone) {
    // Chromium's CDP can't emulate display-mode (see install.spec.ts): the page's own media
    // query answers as an installed app's would.
    await context.addInitScript(() => {
      const real = window.matchMedia.bind(window);
      window.matchMedia = (query: string) =>
        query === '(display-mode: standalone)'
          ? ({ ...real(query), matches: true, media: query } as MediaQueryList)
          : real(query);
    });
  }
  return context;
}

async function writeEntry(page: Page, words: string) {
  await page.goto('/journal/new');
  await expect(page.getByRole('textbox', { name: 'Your words' })).toBeFocused();
  await page.keyboard.type(words);
  await expect(page.getByText('Saved on this device')).toBeVisible();
}

async function screenshots(page: Page, name: string, button: string) {
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    await page.getByRole('button', { name: button }).evaluate((element) => element.scrollIntoView({ block: 'center' }));
    await page.screenshot({ path: `test-results/${name}-${colorScheme}.png` });
  }
  await page.emulateMedia({ colorScheme: null });
}

/** Opens the app for the first time: its welcome, on an empty journal. */
async function openInstalledApp(context: BrowserContext): Promise<Page> {
  const page = await context.newPage();
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'Welcome to Good Enough' })).toBeVisible();
  return page;
}

test('Safari on an iPhone says the Home Screen app starts empty, and offers nothing to move while it holds nothing', async ({
  browser,
  moment,
}) => {
  const context = await phone(browser, moment, IPHONE_SAFARI, false);
  const page = await context.newPage();
  await openToday(page);
  await page.goto('/settings');
  await expect(page.getByRole('heading', { name: 'Keep it on your phone' })).toBeVisible();
  await expect(page.getByText(/keeps its own journal, apart from Safari/)).toBeVisible();
  await expect(page.getByText(/keeps your journal on this phone/)).toHaveCount(0);
  // Once the journal has been counted (and found empty), no offer to move it.
  await expect(page.locator('[data-journal-move="none"]')).toBeAttached();
  await expect(page.getByRole('button', { name: MOVE })).toHaveCount(0);
  await context.close();
});

test('Safari on an iPhone holding entries offers to move them; the Home Screen app, opened empty, brings them in', async ({
  browser,
  moment,
}) => {
  test.setTimeout(90_000);
  const safari = await phone(browser, moment, IPHONE_SAFARI, false);
  const tab = await safari.newPage();
  await openToday(tab);
  await writeEntry(tab, 'Written in Safari, before the app was on the Home Screen.');
  await tab.goto('/settings');
  const move = tab.getByRole('button', { name: MOVE });
  await expect(move).toBeVisible();
  await expect(tab.getByRole('listitem').filter({ hasText: 'Files' }).first()).toBeVisible();
  await screenshots(tab, 'iphone-move', MOVE);
  const { violations } = await new AxeBuilder({ page: tab })
    .include('section[aria-labelledby="install-heading"]')
    .analyze();
  expect(violations.map((violation) => violation.id)).toEqual([]);

  // Chromium here has no share sheet for files, so the file downloads, as in any browser without one.
  const downloading = tab.waitForEvent('download');
  await move.click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^good-enough-backup-\d{4}-\d{2}-\d{2}\.json$/);
  const file = test.info().outputPath(download.suggestedFilename());
  await download.saveAs(file);
  await safari.close();

  const app = await phone(browser, moment, IPHONE_HOME_SCREEN_APP, true);
  const page = await openInstalledApp(app);
  const bringIn = page.getByRole('button', { name: BRING_IN });
  await expect(bringIn).toBeVisible();
  await screenshots(page, 'iphone-bring-in', BRING_IN);
  const choosing = page.waitForEvent('filechooser');
  await bringIn.click();
  await (await choosing).setFiles(file);
  const preview = page.getByRole('dialog', { name: 'Bring this in?' });
  await preview.getByRole('button', { name: 'Bring it in' }).click();
  await expect(page.getByText(/Done\. 1 added/)).toBeVisible();
  await page.goto('/journal');
  await expect(
    page.getByRole('link', { name: /Written in Safari, before the app was on the Home Screen\./ }),
  ).toBeVisible();
  await app.close();
});

test("on an iPhone, where Safari's share sheet takes files, the move goes there (to Save to Files)", async ({
  browser,
  moment,
}) => {
  const safari = await phone(browser, moment, IPHONE_SAFARI, false);
  // Safari's share sheet, as far as the page can see it: the file it was handed.
  await safari.addInitScript(() => {
    Object.assign(navigator, {
      canShare: (data: { files?: File[] }) => Boolean(data.files?.length),
      share: async (data: { files: File[] }) => {
        const file = data.files[0];
        Object.assign(window, { shared: file ? { name: file.name, text: await file.text() } : null });
      },
    });
  });
  const tab = await safari.newPage();
  await openToday(tab);
  await writeEntry(tab, 'Shared to Files.');
  await tab.goto('/settings');
  await tab.getByRole('button', { name: MOVE }).click();
  await expect(tab.getByText('Your backup is ready.', { exact: false })).toBeVisible();
  const shared = await tab.evaluate(() => (window as unknown as { shared: { name: string; text: string } }).shared);
  expect(shared.name).toMatch(/^good-enough-backup-\d{4}-\d{2}-\d{2}\.json$/);
  expect(shared.text).toContain('Shared to Files.');
  await safari.close();
});

test('the move can be protected with a passphrase, which the Home Screen app then asks for', async ({
  browser,
  moment,
}) => {
  test.setTimeout(90_000);
  const safari = await phone(browser, moment, IPHONE_SAFARI, false);
  const tab = await safari.newPage();
  await openToday(tab);
  await writeEntry(tab, 'Private words, moved under a passphrase.');
  await tab.goto('/settings');
  const section = tab.locator('section[aria-labelledby="install-heading"]');
  await section.getByRole('checkbox', { name: 'Protect the backup with a passphrase' }).check();
  await section.getByLabel('Backup passphrase', { exact: true }).fill('harbour quietly orange');
  await section.getByLabel('Backup passphrase again', { exact: true }).fill('harbour quietly orange');
  const downloading = tab.waitForEvent('download');
  await section.getByRole('button', { name: MOVE }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/-encrypted\.json$/);
  const file = test.info().outputPath(download.suggestedFilename());
  await download.saveAs(file);
  await safari.close();

  const app = await phone(browser, moment, IPHONE_HOME_SCREEN_APP, true);
  const page = await openInstalledApp(app);
  const choosing = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: BRING_IN }).click();
  await (await choosing).setFiles(file);
  await page.getByLabel("The backup's passphrase", { exact: true }).fill('harbour quietly orange');
  await page.getByRole('button', { name: 'Open the backup' }).click();
  await page.getByRole('dialog', { name: 'Bring this in?' }).getByRole('button', { name: 'Bring it in' }).click();
  await expect(page.getByText(/Done\. 1 added/)).toBeVisible();
  await page.goto('/journal');
  await expect(page.getByRole('link', { name: /Private words, moved under a passphrase\./ })).toBeVisible();
  await app.close();
});

test('no offer to bring a journal in where none is kept apart: Safari itself, or an app on Android', async ({
  browser,
  moment,
}) => {
  // An Android app shares its storage with Chrome: there is nothing apart to bring in.
  const android = await phone(browser, moment, ANDROID_CHROME, true);
  const androidPage = await openInstalledApp(android);
  await expect(androidPage.locator('[data-journal-move="none"]')).toBeAttached();
  await expect(androidPage.getByRole('button', { name: BRING_IN })).toHaveCount(0);
  await android.close();

  // Safari's own first visit: it is where the journal is written, not where it is brought.
  const safari = await phone(browser, moment, IPHONE_SAFARI, false);
  const safariPage = await openInstalledApp(safari);
  await expect(safariPage.locator('[data-journal-move="none"]')).toBeAttached();
  await expect(safariPage.getByRole('button', { name: BRING_IN })).toHaveCount(0);
  await safari.close();
});
