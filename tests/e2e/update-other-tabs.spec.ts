import { type BrowserContext, type CDPSession, expect, type Page, pinClock, test } from './fixtures';
import { updateTestPort } from '../../tools/browser.ts';
import { PreviewServer } from '../../tools/preview-server';
import { readStore } from './helpers';
import { waitForActivatedServiceWorker } from '../../tools/service-worker';

/*
 * An update accepted in one tab puts the new service worker in charge of every tab of the
 * origin at once. Each of the other tabs saves what is typed there before it reloads, and
 * holds its reload (saying why) while anything can't be saved.
 */

const current = new PreviewServer(updateTestPort(), 'dist');
const next = new PreviewServer(updateTestPort(), 'dist-next');

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
 * A full disk, as Chromium reports it: the origin's quota is shrunk (read when its storage
 * first opens, so set before anything loads; storage-full.spec.ts says more), then other data
 * fills what is left, as a phone's other files would. Freeing it is "space coming back".
 */
async function setQuota(session: CDPSession, bytes: number) {
  await session.send('Storage.overrideQuotaForOrigin', { origin: current.origin, quotaSize: bytes });
}

/** Fills the origin's storage with other data until there is no room left. */
function fillDisk(page: Page): Promise<void> {
  return page.evaluate(async () => {
    const open = indexedDB.open('disk-filler');
    open.onupgradeneeded = () => open.result.createObjectStore('filler', { autoIncrement: true });
    const db: IDBDatabase = await new Promise((resolve) => (open.onsuccess = () => resolve(open.result)));
    // Random, so no compression makes room; 32 KB a piece, so at most that much is left over.
    const piece = () => Array.from(crypto.getRandomValues(new Uint32Array(2_048)), (n) => n.toString(36)).join(' ');
    for (let full = false; !full;) {
      full = await new Promise<boolean>((resolve) => {
        const transaction = db.transaction('filler', 'readwrite');
        transaction.objectStore('filler').add(piece());
        transaction.oncomplete = () => resolve(false);
        transaction.onabort = () => resolve(true);
      });
    }
    db.close();
  });
}

function freeDisk(page: Page): Promise<void> {
  return page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        indexedDB.deleteDatabase('disk-filler').onsuccess = () => resolve();
      }),
  );
}

test('accepting an update in one tab: another tab whose words are held by a full disk waits, says why, and reloads once they are saved', async ({
  browser,
  moment,
}) => {
  test.setTimeout(180_000);
  await current.start();
  const context = await browser.newContext();
  await pinClock(context, moment);
  const firstTab = await context.newPage();
  await setQuota(await context.newCDPSession(firstTab), 10_000_000);
  try {
    const [tabA, tabB] = await openTwoTabs(context, firstTab);
    await offerNextVersion(tabA, tabB);
    const words = tabB.getByRole('textbox', { name: 'Your words' });
    await tabB.keyboard.type('A short start.');
    await expect(tabB.getByText('Saved on this device')).toBeVisible();

    // The disk fills up: tab B's next words (a passage of about one and a half megabytes, more than the
    // room the new version frees below by clearing the old one's copy) are held on screen.
    await fillDisk(tabA);
    const passage = Array.from({ length: 200_000 }, (_, i) => ` w${(i * 7919) % 99_991}`).join('');
    await words.press('End');
    await tabB.keyboard.insertText(passage);
    const full = tabB.getByRole('status').filter({ hasText: 'This device is out of space' });
    await expect(full).toBeVisible();
    await markPage(tabB);

    const reloadedA = tabA.waitForEvent('load');
    await tabA.getByRole('button', { name: 'Load new version' }).click();
    await reloadedA;
    // What the new version freed is taken up again by the phone's other files.
    await fillDisk(tabA);

    // Tab B stays, its words on screen, and says why it has not switched yet.
    const held = tabB.getByRole('status').filter({ hasText: 'new version' });
    await expect(held).toContainText('once your latest words are saved');
    await tabB.screenshot({ path: 'test-results/update-held-other-tab.png' });
    expect(await isSamePage(tabB)).toBe(true);
    await expect(full).toBeVisible();
    await expect(words).toHaveValue(`A short start.${passage}`);
    // Tab A, now on the next build (whose journal has one more schema version), waits for tab
    // B to let go of the journal, which it does only once its words are saved; and says so.
    await expect(tabA.getByText('Good Enough is open in another tab with an older version')).toBeVisible();

    // Room comes back: the retry saves the words, and only then does tab B reload. (Generous
    // waits: the retry comes every five seconds, and a busy machine takes its time saving and
    // reopening a megabyte and a half of words.)
    await freeDisk(tabA);
    await expect.poll(() => isSamePage(tabB).catch(() => 'reloading'), { timeout: 60_000 }).toBe(false);
    await expect(tabB.getByRole('textbox', { name: 'Your words' })).toHaveValue(`A short start.${passage}`, {
      timeout: 30_000,
    });
    expect(await entryTexts(tabB)).toEqual([`A short start.${passage}`]);
    await expect(tabA.getByRole('heading', { level: 1, name: 'Journal' })).toBeVisible();
  } finally {
    await context.close();
  }
});
