import { type BrowserContext, type CDPSession, expect, type Page, pinClock, test } from './fixtures';
import { UPDATE_TEST_PORT } from '../../scripts/browser.ts';
import { PreviewServer } from '../engines/preview-server';
import { readStore, waitForActivatedServiceWorker } from './helpers';

/*
 * An update accepted in one tab puts the new service worker in charge of every tab of the
 * origin at once. Each of the other tabs saves what is typed there before it reloads, and
 * holds its reload (saying why) while anything can't be saved.
 */

const current = new PreviewServer(UPDATE_TEST_PORT, 'dist');
const next = new PreviewServer(UPDATE_TEST_PORT, 'dist-next');

test.afterEach(async () => {
  await current.stop();
  await next.stop();
});

/** Two tabs of one browser, both served (and controlled) by the current build's worker. */
async function openTwoTabs(context: BrowserContext, tabA?: Page): Promise<[Page, Page]> {
  tabA ??= await context.newPage();
  await tabA.goto(`${current.origin}/settings`);
  await waitForActivatedServiceWorker(tabA);
  await tabA.goto(`${current.origin}/journal`);
  const tabB = await context.newPage();
  await tabB.goto(`${current.origin}/journal/new`);
  await expect(tabB.getByRole('textbox', { name: 'Your words' })).toBeFocused();
  expect(await tabB.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
  return [tabA, tabB];
}

/** The next build goes live on the same origin; both tabs find it and offer it. */
async function offerNextVersion(tabA: Page, tabB: Page) {
  await current.stop();
  await next.start();
  await tabA.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
  for (const tab of [tabA, tabB]) {
    await expect(tab.getByRole('status').filter({ hasText: 'A new version of Good Enough is ready' })).toBeVisible();
  }
}

/** Marks a page, so a test can tell whether it has been reloaded since. */
const markPage = (page: Page) => page.evaluate(() => Object.assign(window, { __samePage: true }));
const isSamePage = (page: Page) =>
  page.evaluate(() => (window as unknown as { __samePage?: boolean }).__samePage === true);
const entryTexts = async (page: Page) => (await readStore<{ text: string }>(page, 'entries')).map((e) => e.text);

test('accepting an update in one tab: another tab saves the words typed a moment ago, then reloads with them on screen', async ({
  browser,
  moment,
}) => {
  await current.start();
  const context = await browser.newContext();
  await pinClock(context, moment);
  try {
    const [tabA, tabB] = await openTwoTabs(context);
    await offerNextVersion(tabA, tabB);
    await markPage(tabB);

    // Tab B's first words, typed a moment before the person accepts the update in tab A: no
    // pause for autosave, and the new entry has no address of its own yet.
    const accept = tabA.getByRole('button', { name: 'Load new version' });
    await expect(accept).toBeEnabled();
    await tabB.keyboard.insertText('Written in the second tab, and then some more.');
    // The tap itself, without the driver's own checks first: it lands well within the half second.
    await accept.evaluate((button: HTMLButtonElement) => button.click());

    await expect.poll(() => isSamePage(tabB).catch(() => 'reloading')).toBe(false);
    await expect(tabB.getByRole('textbox', { name: 'Your words' })).toHaveValue(
      'Written in the second tab, and then some more.',
    );
    expect(await entryTexts(tabB)).toEqual(['Written in the second tab, and then some more.']);
    await tabB.goto(`${next.origin}/settings`);
    await expect(tabB.getByText(/^Good Enough \d+\.\d+\.\d+\+next$/)).toBeVisible();
  } finally {
    await context.close();
  }
});

/**
 * A full disk, as Chromium reports it (storage-full.spec.ts says more): the quota is read when
 * the origin's storage first opens, so it is set before anything loads.
 */
async function setQuota(session: CDPSession, bytes: number | null) {
  await session.send('Storage.overrideQuotaForOrigin', {
    origin: current.origin,
    ...(bytes === null ? {} : { quotaSize: bytes }),
  });
}

// Not yet dependable here: with both builds' caches near the shrunk quota, the long passage's
// save sometimes hangs at "Saving..." for over a minute, and sometimes fits after the old
// build's cache is cleared. It passed once on this branch and failed on the old code (tab B
// reloaded and lost the passage). tests/components/update-other-tab.test.tsx holds the
// behaviour meanwhile.
test.fixme('accepting an update in one tab: another tab whose words are held by a full disk waits, says why, and reloads once they are saved', async ({
  browser,
  moment,
}) => {
  test.setTimeout(240_000);
  await current.start();
  const context = await browser.newContext();
  await pinClock(context, moment);
  const firstTab = await context.newPage();
  const quota = await context.newCDPSession(firstTab);
  // Room for both builds' copies of the app and a short entry, not for a long passage.
  await setQuota(quota, 2_400_000);
  try {
    const [tabA, tabB] = await openTwoTabs(context, firstTab);
    await offerNextVersion(tabA, tabB);
    const words = tabB.getByRole('textbox', { name: 'Your words' });
    await tabB.keyboard.type('A short start.');
    await expect(tabB.getByText('Saved on this device')).toBeVisible();

    // A long passage (over a megabyte, unlike itself throughout so no compression shrinks it)
    // no longer fits: tab B's latest words are held on screen.
    const passage = Array.from({ length: 150_000 }, (_, i) => ` w${(i * 7919) % 99_991}`).join('');
    await words.press('End');
    await tabB.keyboard.insertText(passage);
    const full = tabB.getByRole('status').filter({ hasText: 'This device is out of space' });
    await expect(full).toBeVisible({ timeout: 60_000 });
    await markPage(tabB);

    const reloadedA = tabA.waitForEvent('load');
    await tabA.getByRole('button', { name: 'Load new version' }).click();
    await reloadedA;

    // Tab B stays, its words on screen, and says why it has not switched yet.
    const held = tabB.getByRole('status').filter({ hasText: 'new version' });
    await expect(held).toContainText('once your latest words are saved');
    await tabB.screenshot({ path: 'test-results/update-held-other-tab.png' });
    expect(await isSamePage(tabB)).toBe(true);
    await expect(full).toBeVisible();
    await expect(words).toHaveValue(`A short start.${passage}`);

    // Room comes back: the retry saves the words, and only then does tab B reload.
    await setQuota(quota, null);
    await expect.poll(() => isSamePage(tabB).catch(() => 'reloading'), { timeout: 20_000 }).toBe(false);
    await expect(tabB.getByRole('textbox', { name: 'Your words' })).toHaveValue(`A short start.${passage}`);
    expect(await entryTexts(tabB)).toEqual([`A short start.${passage}`]);
  } finally {
    await context.close();
  }
});
