import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TEST_ORIGIN } from '../../tools/browser.ts';
import { expect, test } from './couch-fixture';
import { launchProfile, pinClock } from './fixtures';
import { openToday, readStore } from './helpers';
import { waitForActivatedServiceWorker } from '../../tools/service-worker';
import { seedEntries } from '../../tools/seed-entries';
import { expectSynced, newDevice, syncStatus, turnOnSync, writeEntry } from './sync-steps';

/**
 * Sync under stress, in the browser: a journal of a thousand entries reaching a fresh device
 * whole, the browser killed mid-sync again and again, and what leaves the page while syncing.
 */
const PASSPHRASE = 'faults sync passphrase';

type Row = { id: string; text: string; rev: number; deletedAt: number | null };
const shape = (rows: Row[]) =>
  rows.map(({ id, text, deletedAt }) => ({ id, text, deletedAt })).sort((a, b) => a.id.localeCompare(b.id));

test('a fresh third device receives a journal of 1,000 entries intact', async ({
  page,
  browser,
  journal,
  couch,
  moment,
}) => {
  test.setTimeout(240_000);
  await openToday(page);
  await seedEntries(page, 1000);
  await turnOnSync(page, journal, PASSPHRASE);
  await expectSynced(page);
  await expect.poll(async () => (await couch.allDocs(journal.url)).length, { timeout: 120_000 }).toBe(1001);

  const third = await browser.newContext();
  await pinClock(third, moment);
  const tablet = await newDevice(third);
  await turnOnSync(tablet, journal, PASSPHRASE);
  await expectSynced(tablet);
  const here = shape(await readStore<Row>(page, 'entries'));
  expect(here).toHaveLength(1000);
  expect(shape(await readStore<Row>(tablet, 'entries'))).toEqual(here);
  await third.close();
});

/*
 * Chromium, killed outright, now and then starts again without the site's IndexedDB database
 * at all (seen on CI's machines; never in 130 kills on a development one): the
 * browser's loss, below anything a page can do, and the app never deletes its database but
 * when asked to ("Delete everything"). Only that earns a second attempt, and the report says
 * so; any other failure fails at once.
 */
test.describe(() => {
  test.describe.configure({ retries: 1 });
  test('the browser killed mid-sync ten times: nothing lost, nothing duplicated', async ({ journal, moment }) => {
    test.setTimeout(400_000);
    const browserLostStore = join(test.info().project.outputDir, 'sync-kill-browser-lost-its-store.txt');
    if (test.info().retry > 0 && !existsSync(browserLostStore)) {
      throw new Error('the first attempt failed for a reason of its own, not a store the browser lost: see above');
    }
    const TOTAL = 3000;
    const profile = mkdtempSync(join(tmpdir(), 'sync-kill-'));
    const freshProfile = mkdtempSync(join(tmpdir(), 'sync-fresh-'));
    const count = async () =>
      (
        (await (
          await fetch(journal.url, {
            headers: { authorization: journal.authorization },
            signal: AbortSignal.timeout(15_000),
          })
        ).json()) as {
          doc_count: number;
        }
      ).doc_count;
    try {
      let context = await launchProfile(profile, moment, { baseURL: TEST_ORIGIN });
      let page = await newDevice(context);
      await seedEntries(page, TOTAL);
      await turnOnSync(page, journal, PASSPHRASE);
      let kills = 0;
      // The first kill waits for records, not just the setup document: killed between making that
      // document and keeping its settings, the device would rightly ask to be signed in again.
      // After that, the count is read while no browser runs on the profile.
      let before = 1;
      const killedAt: number[] = [];
      for (; kills < 10; kills += 1) {
        // Killed as soon as the server has more than before: somewhere inside a sync, never after it.
        try {
          await expect.poll(count, { timeout: 120_000, intervals: [20] }).toBeGreaterThan(before);
        } catch {
          // What the settings screen says instead (bounded: the status line may not be there at all).
          const screen = await page
            .locator('main')
            .innerText({ timeout: 5_000 })
            .catch((error: Error) => error.message);
          throw new Error(
            `after kill ${kills}, no sync moved the server past ${before} in 2 minutes; the screen: ${screen}`,
          );
        }
        killBrowser(profile);
        // The browser is gone; closing only tidies the driver's side, so it may not be waited on.
        await Promise.race([context.close().catch(() => undefined), browserGone(context)]);
        // Every process of the old browser must have exited (and let go of the profile's files)
        // before the next one opens it, as when a person reopens a phone's app after a crash.
        await processesGone(profile);
        before = await count();
        killedAt.push(before);
        console.log(`kill ${kills + 1}: ${before} documents on the server`);
        expect(before, `kill ${kills + 1} came after the sync had finished`).toBeLessThan(TOTAL + 1);
        context = await launchProfile(profile, moment, { baseURL: TEST_ORIGIN });
        await context.addInitScript(recordBrowserDataLoss);
        page = await context.newPage();
        // Opening the app starts a sync by itself.
        await page.goto('/settings', { timeout: 60_000 });
        // Nothing written before the kill is gone from this device (read once the app has opened its store).
        await expect(page.getByRole('heading', { name: 'Sync between your devices' })).toBeVisible({ timeout: 60_000 });
        const kept = (await readStore<Row>(page, 'entries')).length;
        if (kept !== TOTAL) {
          const loss = await page.evaluate(() => (window as { browserDataLoss?: unknown }).browserDataLoss ?? null);
          const opened = loss as { oldVersion?: number } | null;
          if (opened?.oldVersion === 0) {
            writeFileSync(browserLostStore, JSON.stringify(loss));
            test.info().annotations.push({ type: 'browser lost its store', description: JSON.stringify(loss) });
          }
          throw new Error(
            `after kill ${kills + 1}, ${kept} of ${TOTAL} entries were on the device; ` +
              `the browser's own report on opening its store: ${JSON.stringify(loss)}`,
          );
        }
      }
      expect(kills).toBe(10);
      console.log(`documents on the server at each kill: ${killedAt.join(', ')}`);
      await expect.poll(count, { timeout: 120_000 }).toBe(TOTAL + 1);
      await expectSynced(page);
      const here = shape(await readStore<Row>(page, 'entries'));
      expect(here).toHaveLength(TOTAL);
      await context.close();

      const fresh = await launchProfile(freshProfile, moment, { baseURL: TEST_ORIGIN });
      const other = await newDevice(fresh);
      await turnOnSync(other, journal, PASSPHRASE);
      await expectSynced(other);
      expect(shape(await readStore<Row>(other, 'entries'))).toEqual(here);
      await fresh.close();
    } finally {
      // A browser left running when the test failed would still be writing into its profile, and
      // removing that (ENOTEMPTY) would hide the test's own error.
      for (const dir of [profile, freshProfile]) {
        killBrowser(dir);
        await processesGone(dir);
        rmSync(dir, { recursive: true, force: true, maxRetries: 5 });
      }
    }
  });
});

/**
 * Chromium's IndexedDB says on opening when it had to throw a damaged store away
 * (`dataLoss` on the upgrade event): kept on the page, so a failure can say whose loss it was.
 */
function recordBrowserDataLoss() {
  const open = IDBFactory.prototype.open;
  IDBFactory.prototype.open = function (this: IDBFactory, ...args: Parameters<IDBFactory['open']>) {
    const request = open.apply(this, args);
    request.addEventListener('upgradeneeded', (event) => {
      const { dataLoss, dataLossMessage } = event as IDBVersionChangeEvent & {
        dataLoss?: string;
        dataLossMessage?: string;
      };
      (window as { browserDataLoss?: unknown }).browserDataLoss = {
        oldVersion: event.oldVersion,
        dataLoss,
        dataLossMessage,
      };
    });
    return request;
  };
}

/** Waits until no process of the browser on this profile is left (a killed one may take a moment to exit). */
async function processesGone(profile: string): Promise<void> {
  await expect
    .poll(
      () => {
        try {
          return execFileSync('pgrep', ['-f', `user-data-dir=${profile}`])
            .toString()
            .trim();
        } catch {
          return ''; // pgrep exits 1 when nothing matches
        }
      },
      { timeout: 30_000, message: "the killed browser's processes never exited" },
    )
    .toBe('');
}

/** Resolves once the driver has noticed the killed browser's context is closed. */
function browserGone(context: { once(event: 'close', listener: () => void): unknown }): Promise<void> {
  return new Promise((resolve) => context.once('close', () => resolve()));
}

/** SIGKILL for every process of the browser using this profile: no chance to finish anything. */
function killBrowser(profile: string): void {
  try {
    // No leading dashes in the pattern: pkill would read it as an option of its own.
    execFileSync('pkill', ['-KILL', '-f', `user-data-dir=${profile}`]);
  } catch (error) {
    // 1: nothing matched, it was already gone. Anything else is the kill itself failing.
    if ((error as { status?: number }).status !== 1) throw error;
  }
}

test('while syncing, the page contacts only its own origin and the server typed, and sends no words', async ({
  page,
  context,
  journal,
  couch,
}) => {
  const secret = 'plumbrattle';
  const requests: { url: string; body: string }[] = [];
  const console: string[] = [];
  context.on('request', (request) => requests.push({ url: request.url(), body: request.postData() ?? '' }));
  context.on('console', (message) => console.push(message.text()));
  await openToday(page);
  await waitForActivatedServiceWorker(page);
  await turnOnSync(page, journal, PASSPHRASE);
  await expectSynced(page);
  await writeEntry(page, `Nobody knows about ${secret}.`);
  await page.goto('/settings');
  await page.getByRole('button', { name: 'Sync now' }).click();
  // The status line may still say "Synced just now" from the sync before the entry: wait for
  // the entry itself to reach the server (beside the setup document).
  await expect.poll(async () => (await couch.allDocs(journal.url)).length, { timeout: 30_000 }).toBe(2);
  await expect(syncStatus(page)).toHaveText(/Synced just now/);
  const serverOrigin = new URL(journal.url).origin;
  const origins = new Set(requests.map((request) => new URL(request.url).origin));
  expect([...origins].sort()).toEqual([TEST_ORIGIN, serverOrigin].sort());
  const toServer = requests.filter((request) => request.url.startsWith(serverOrigin));
  expect(toServer.some((request) => request.url.includes('_bulk_docs'))).toBe(true);
  for (const request of toServer) {
    expect(request.url).not.toContain(secret);
    expect(request.body).not.toContain(secret);
    expect(request.body).not.toContain(journal.password);
  }
  expect(console.join('\n')).not.toContain(secret);
});
