import { readdirSync } from 'node:fs';
import { type BrowserContext, expect, type Page, pinClock, test } from './fixtures';
import { updateTestPort } from '../../tools/browser.ts';
import { PreviewServer } from '../../tools/preview-server';
import { readStore } from './helpers';
import { SCHEMA_VERSIONS } from '../../src/db/schema';

/*
 * A tab of the current build and a tab of the next one, side by side on one origin. The next
 * build (npm run build:next) carries one more schema version (src/db/schema.ts), so opening it
 * must upgrade the journal while the older tab has it open. Service workers are kept out, so
 * each tab gets exactly the build the server has at the time.
 */

const current = new PreviewServer(updateTestPort(), 'dist');
const next = new PreviewServer(updateTestPort(), 'dist-next');

test.afterEach(async () => {
  await current.stop();
  await next.stop();
});

async function contextWithoutServiceWorkers(
  browser: import('./fixtures').Browser,
  moment: import('./fixtures').Moment,
) {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  await pinClock(context, moment);
  return context;
}

/** IndexedDB's versions (Dexie's times ten) of this build's schema and of the next build's, one further. */
const THIS_VERSION = SCHEMA_VERSIONS.at(-1)!.version * 10;
const NEXT_VERSION = THIS_VERSION + 10;

/** The raw database's version as IndexedDB has it (Dexie's version times ten). */
const rawVersion = (page: Page) =>
  page.evaluate(async () => (await indexedDB.databases()).find((db) => db.name === 'good-enough')?.version);

const entryTexts = async (page: Page) => (await readStore<{ text: string }>(page, 'entries')).map((e) => e.text);

/**
 * Swaps the server to the next build. Without a service worker nothing else would keep the
 * older tab's code at hand for the screens it loads later: it loads all of it first.
 */
async function newerBuildServed(older: Page) {
  const chunks = readdirSync('dist/assets').filter((file) => file.endsWith('.js'));
  await older.evaluate(async (files) => {
    await Promise.all(files.map((file) => import(/* @vite-ignore */ `/assets/${file}`)));
  }, chunks);
  await current.stop();
  await next.start();
}

test('an older tab makes way for a newer version: it saves first, closes for good, asks for a reload and writes nothing more', async ({
  browser,
  moment,
}) => {
  test.setTimeout(90_000);
  await current.start();
  const context: BrowserContext = await contextWithoutServiceWorkers(browser, moment);
  try {
    const older = await context.newPage();
    await older.goto(`${current.origin}/journal/new`);
    const words = older.getByRole('textbox', { name: 'Your words' });
    await expect(words).toBeFocused();
    await older.keyboard.type('Written in the older tab');
    await expect(older).toHaveURL(/\/journal\/[0-9a-f-]{36}$/);
    await newerBuildServed(older);

    // The last words typed in the older tab, then (before autosave's half second) the newer
    // version opens in a second tab.
    await older.keyboard.insertText(', and a last few');
    const newer = await context.newPage();
    await newer.goto(`${next.origin}/journal`);
    await expect(newer.getByRole('heading', { level: 1, name: 'Journal' })).toBeVisible();

    const notice = older.getByRole('alert').filter({ hasText: 'A newer version is open' });
    await expect(notice).toBeVisible();
    await expect(notice).toContainText('Reload this tab when you are ready');
    expect(await rawVersion(newer)).toBe(NEXT_VERSION);
    expect(await entryTexts(newer)).toEqual(['Written in the older tab, and a last few']);

    // Typing on in the older tab reaches nothing: it says so, and offers to copy the words.
    await words.press('End');
    await older.keyboard.type(' typed after it stepped back');
    await expect(older.getByText("This browser isn't letting the journal save right now")).toBeVisible();
    await expect(notice).toContainText("Your latest words here couldn't be saved");
    await expect(notice.getByRole('button', { name: 'Copy my words' })).toBeVisible();
    await expect(words).toHaveValue('Written in the older tab, and a last few typed after it stepped back');
    await older.screenshot({ path: 'test-results/schema-older-tab.png' });
    expect(await entryTexts(newer)).toEqual(['Written in the older tab, and a last few']);
    expect(await rawVersion(newer)).toBe(NEXT_VERSION);

    // Reloading brings the older tab onto the newer version, with what was saved.
    await notice.getByRole('button', { name: 'Reload' }).click();
    await expect(older.getByRole('textbox', { name: 'Your words' })).toHaveValue(
      'Written in the older tab, and a last few',
    );
    await expect(older.getByRole('alert').filter({ hasText: 'A newer version is open' })).toBeHidden();
  } finally {
    await context.close();
  }
});

test('a newer version kept waiting by an older tab that does not let go says so, then opens once it does', async ({
  browser,
  moment,
}) => {
  test.setTimeout(90_000);
  await current.start();
  const context = await contextWithoutServiceWorkers(browser, moment);
  try {
    const older = await context.newPage();
    await older.goto(`${current.origin}/journal`);
    await expect(older.getByRole('heading', { level: 1, name: 'Journal' })).toBeVisible();
    // An older tab that does not let go: a connection at the older version that ignores the
    // newer one's request to close (as a build from before this fix, or a tab stuck saving).
    await older.evaluate(
      () =>
        new Promise<void>((resolve) => {
          const request = indexedDB.open('good-enough');
          request.onsuccess = () => {
            Object.assign(window, { __heldOpen: request.result });
            resolve();
          };
        }),
    );
    await newerBuildServed(older);

    const newer = await context.newPage();
    await newer.goto(`${next.origin}/journal`);
    const waiting = newer.getByRole('status').filter({
      hasText: 'Good Enough is open in another tab with an older version: close it or reload it',
    });
    await expect(waiting).toBeVisible();
    await newer.screenshot({ path: 'test-results/schema-newer-tab-waiting.png' });
    expect(await rawVersion(older)).toBe(THIS_VERSION);

    // The older tab lets go: the upgrade goes ahead and the app appears in place of the note.
    await older.evaluate(() => (window as unknown as { __heldOpen: IDBDatabase }).__heldOpen.close());
    await expect(newer.getByRole('heading', { level: 1, name: 'Journal' })).toBeVisible();
    await expect(waiting).toBeHidden();
    expect(await rawVersion(newer)).toBe(NEXT_VERSION);
  } finally {
    await context.close();
  }
});
