import { expect, launchProfile, type Moment, type Page, pinClock, test } from './fixtures';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TEST_ORIGIN } from '../../tools/browser.ts';
import { SCREENS, openToday } from './helpers';
import { waitForActivatedServiceWorker } from '../../tools/service-worker';
import { seedEntries } from '../../tools/seed-entries';

const PASSPHRASE = 'kettle gravel orbit lantern';
const NEW_PASSPHRASE = 'quiet harbour seven maples';

async function turnOnLock(page: Page, passphrase = PASSPHRASE) {
  await page.goto('/settings');
  await page.getByRole('button', { name: 'Set a passphrase' }).click();
  await page.getByLabel('New passphrase', { exact: true }).fill(passphrase);
  await page.getByLabel('The same passphrase again', { exact: true }).fill(passphrase);
  await page.getByRole('button', { name: 'Lock my journal with this passphrase' }).click();
  await expect(page.getByText('Your journal is now locked with your passphrase.')).toBeVisible({ timeout: 30_000 });
}

/** Loading a page starts it locked (keys live in memory only): unlock when asked. */
async function visit(page: Page, path: string, passphrase = PASSPHRASE) {
  await page.goto(path);
  const locked = page.getByText('Your journal is locked.');
  const main = page.locator('#root').getByRole('navigation', { name: 'Main' });
  await expect(locked.or(main)).toBeVisible();
  if (await locked.isVisible()) await unlockWith(page, passphrase);
  await expect(main).toBeVisible({ timeout: 15_000 });
}

async function writeEntry(page: Page, text: string) {
  await visit(page, '/journal/new');
  await expect(page.getByRole('textbox', { name: 'Your words' })).toBeFocused();
  await page.keyboard.type(text);
  await expect(page.getByText('Saved on this device')).toBeVisible();
}

async function unlockWith(page: Page, passphrase: string) {
  await page.getByLabel('Passphrase', { exact: true }).fill(passphrase);
  await page.getByRole('button', { name: 'Unlock' }).click();
}

/** Every file under `dir`, searched for `word` as stored one byte per character or as UTF-16. */
function foundOnDisk(dir: string, word: string): string[] {
  const needles = [Buffer.from(word, 'latin1'), Buffer.from(word, 'utf16le')];
  const hits: string[] = [];
  const walk = (path: string) => {
    for (const name of readdirSync(path)) {
      const full = join(path, name);
      const info = statSync(full);
      if (info.isDirectory()) walk(full);
      else if (info.isFile() && needles.some((needle) => readFileSync(full).includes(needle))) hits.push(full);
    }
  };
  walk(dir);
  return hits;
}

/** Writes a marker word in a real profile, closes the browser, and searches its files. */
/**
 * `clean-start`: written without a lock, then the clean start Settings describes: back up,
 * clear the site's data in the browser, set the passphrase, bring the backup back.
 */
async function markerOnDiskAfterWriting(lock: 'off' | 'on' | 'clean-start', moment: Moment): Promise<string[]> {
  const profile = mkdtempSync(join(tmpdir(), 'good-enough-profile-'));
  // Random letters: nothing else on disk repeats them, so storage compression can't hide them.
  const marker = `zq${Math.random().toString(36).slice(2, 10).replace(/\d/g, 'x')}jv`;
  try {
    const context = await launchProfile(profile, moment);
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto(TEST_ORIGIN);
    await waitForActivatedServiceWorker(page);
    if (lock === 'on') await turnOnLock(page);
    await writeEntry(page, `A private thought: ${marker}.`);
    if (lock === 'clean-start') {
      await visit(page, `${TEST_ORIGIN}/settings`);
      const downloading = page.waitForEvent('download');
      await page.getByRole('button', { name: 'Make a backup' }).click();
      const backupPath = join(profile, '..', `${marker}-backup.json`);
      await (await downloading).saveAs(backupPath);
      // What the browser's own "clear site data" does (Settings says to use it for a clean start).
      const cdp = await context.newCDPSession(page);
      await cdp.send('Storage.clearDataForOrigin', { origin: TEST_ORIGIN, storageTypes: 'all' });
      await cdp.detach();
      // A cleared origin is a new start, so the welcome greets again.
      await openToday(page, TEST_ORIGIN);
      await expect(page.getByRole('heading', { name: 'Start where you are' })).toBeVisible();
      await turnOnLock(page);
      await page.getByLabel('Bring in a backup, or a Day One or jrnl export').setInputFiles(backupPath);
      await page.getByRole('dialog', { name: 'Bring this in?' }).getByRole('button', { name: 'Bring it in' }).click();
      await expect(page.getByText(/Done\. 1 added/)).toBeVisible();
      rmSync(backupPath);
    }
    await visit(page, `${TEST_ORIGIN}/journal`);
    await expect(page.getByText(`A private thought: ${marker}.`)).toBeVisible();
    await context.close();
    return foundOnDisk(profile, marker);
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
}

test('with the lock off the words are on disk; with it on, nothing readable is', async ({ moment }) => {
  test.setTimeout(180_000);
  // Without the lock the marker is found: the search below can fail.
  expect((await markerOnDiskAfterWriting('off', moment)).some((file) => file.includes('IndexedDB'))).toBe(true);
  expect(await markerOnDiskAfterWriting('on', moment)).toEqual([]);
  expect(await markerOnDiskAfterWriting('clean-start', moment)).toEqual([]);
});

test('locked: nothing shows and a wrong passphrase opens nothing; the right one opens every screen', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(error.message));
  await openToday(page);
  await waitForActivatedServiceWorker(page);
  await seedEntries(page, 300); // a journal with history, then the lock
  await turnOnLock(page);
  await writeEntry(page, 'Sent the email with a typo. Nobody minded.');
  // An answer and an experiment run, written while unlocked.
  await visit(page, '/questions/session/ditching-perfect');
  await page.getByRole('textbox', { name: 'Your answer (optional)' }).fill('Relief, then the urge to check.');
  await expect(page.getByText('Saved on this device')).toBeVisible();
  await visit(page, '/experiments/send-it-with-a-typo/runs/new');
  await page.getByRole('textbox', { name: 'What do you predict will happen?' }).fill('Someone will point it out.');
  await expect(page.getByText('Saved on this device')).toBeVisible();

  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Good Enough' })).toBeVisible();
  await expect(page.getByText('Your journal is locked.')).toBeVisible();
  expect(await page.locator('body').innerText()).not.toMatch(/minded|marker|Relief|point it out/);
  await expect(page.getByRole('navigation', { name: 'Main' })).toHaveCount(0);

  await unlockWith(page, 'kettle gravel orbit lantem');
  await expect(page.getByRole('alert')).toContainText("That passphrase didn't open your journal");
  expect(await page.locator('body').innerText()).not.toMatch(/minded|marker|Relief|point it out/);

  // Keyboard only: the cursor is already in the passphrase field; Enter unlocks.
  await expect(page.getByLabel('Passphrase', { exact: true })).toBeFocused();
  await page.keyboard.type(PASSPHRASE);
  await page.keyboard.press('Enter');
  await expect(page.locator('#root').getByRole('navigation', { name: 'Main' })).toBeVisible();
  for (const screen of SCREENS) {
    await visit(page, screen.path);
    await expect(page.getByRole('heading', { level: 1, name: screen.heading })).toBeVisible();
  }
  await visit(page, '/journal/search');
  await page.getByRole('searchbox').fill('minded');
  await expect(page.getByRole('main').getByText(/Nobody minded/)).toBeVisible();
  await page.getByRole('searchbox').fill('marker299');
  await expect(page.getByRole('main').getByText(/marker299\b/)).toBeVisible();
  await visit(page, '/journal');
  await expect(page.getByRole('link', { name: /Relief, then the urge to check/ })).toBeVisible();
  await expect(page.getByRole('link', { name: /Send it with a small typo/ })).toBeVisible();
  await visit(page, '/');
  await expect(page.getByText('Waiting for you')).toBeVisible();

  // The lock button locks at once.
  await page.getByRole('button', { name: 'Lock the journal' }).click();
  await expect(page.getByText('Your journal is locked.')).toBeVisible();
  expect(await page.locator('body').innerText()).not.toMatch(/minded|marker|Relief|point it out/);
  expect(problems).toEqual([]);
});

test('a passphrase change cut short by closing the tab loses nothing and finishes on the next unlock', async ({
  context,
}) => {
  test.setTimeout(180_000);
  const page = await context.newPage();
  await openToday(page);
  await waitForActivatedServiceWorker(page);
  await seedEntries(page, 3_000);
  await turnOnLock(page);
  await visit(page, '/settings');
  await page.getByRole('button', { name: 'Change passphrase' }).click();
  await page.getByLabel('Current passphrase', { exact: true }).fill(PASSPHRASE);
  await page.getByLabel('New passphrase', { exact: true }).fill(NEW_PASSPHRASE);
  await page.getByLabel('The same passphrase again', { exact: true }).fill(NEW_PASSPHRASE);
  await page.getByRole('button', { name: 'Change passphrase' }).click();
  // Close the tab with no warning once the re-encryption is under way.
  await expect(page.getByRole('status').filter({ hasText: /Changing your passphrase: [1-9]\d?%/ })).toBeVisible({
    timeout: 30_000,
  });
  await page.close({ runBeforeUnload: false });

  const again = await context.newPage();
  await visit(again, '/journal/search', NEW_PASSPHRASE);
  await again.getByRole('searchbox').fill('marker2999');
  await expect(again.getByRole('main').getByText(/marker2999/)).toBeVisible();
  // The change finishes by itself (it resumes after the unlock, in the background); afterwards
  // only the new passphrase opens the journal.
  const lockState = () =>
    again.evaluate(async () => {
      const open = indexedDB.open('good-enough');
      const db: IDBDatabase = await new Promise((resolve) => (open.onsuccess = () => resolve(open.result)));
      const read = <T>(store: string, action: (s: IDBObjectStore) => IDBRequest<T>) =>
        new Promise<T>((resolve) => {
          const request = action(db.transaction(store).objectStore(store));
          request.onsuccess = () => resolve(request.result);
        });
      const row = await read('lock', (store) => store.get('lock'));
      const entries = await read('entries', (store) => store.getAll());
      db.close();
      return {
        slots: row.slots.length,
        pending: row.pending,
        keys: [...new Set(entries.map((entry: { sealed?: { keyId: string } }) => entry.sealed?.keyId))],
        count: entries.length,
      };
    });
  await expect.poll(async () => (await lockState()).pending, { timeout: 60_000 }).toBeNull();
  const state = await lockState();
  expect(state).toMatchObject({ slots: 1, pending: null, count: 3_000 });
  expect(state.keys).toHaveLength(1);
  await again.reload();
  await expect(again.getByText('Your journal is locked.')).toBeVisible();
  await unlockWith(again, PASSPHRASE);
  await expect(again.getByRole('alert')).toContainText("That passphrase didn't open your journal");
  await unlockWith(again, NEW_PASSPHRASE);
  await expect(again.locator('#root').getByRole('navigation', { name: 'Main' })).toBeVisible();
});

test('an encrypted backup from a locked journal restores on a fresh profile with its passphrase', async ({
  browser,
  moment,
}) => {
  test.setTimeout(120_000);
  const first = await browser.newContext();
  await pinClock(first, moment);
  const page = await first.newPage();
  await openToday(page);
  await turnOnLock(page);
  await writeEntry(page, 'Left the dishes for tomorrow. The sky did not fall.');
  await visit(page, '/settings');
  // With the lock on, backups are protected by default.
  await expect(page.getByRole('checkbox', { name: 'Protect the backup with a passphrase' })).toBeChecked();
  await expect(page.getByRole('button', { name: 'Make a backup' })).toBeDisabled();
  await page.getByLabel('Backup passphrase', { exact: true }).fill(NEW_PASSPHRASE);
  await page.getByLabel('Backup passphrase again', { exact: true }).fill(NEW_PASSPHRASE);
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Make a backup' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^good-enough-backup-\d{4}-\d{2}-\d{2}-encrypted\.json$/);
  // Kept outside the first context, whose downloads go when it closes.
  const backupPath = join(mkdtempSync(join(tmpdir(), 'good-enough-backup-')), download.suggestedFilename());
  await download.saveAs(backupPath);
  const file = JSON.parse(readFileSync(backupPath, 'utf8'));
  expect(file).toMatchObject({ format: 'good-enough-encrypted-backup', kdf: { iterations: 600_000 } });
  expect(readFileSync(backupPath, 'utf8')).not.toContain('dishes');
  await first.close();

  // Another phone: a fresh profile, no lock.
  const fresh = await browser.newContext();
  await pinClock(fresh, moment);
  const other = await fresh.newPage();
  await other.goto('/settings');
  await other.getByLabel('Bring in a backup, or a Day One or jrnl export').setInputFiles(backupPath);
  await expect(other.getByText('This backup is protected with a passphrase.')).toBeVisible();
  await other.getByLabel("The backup's passphrase", { exact: true }).fill(PASSPHRASE);
  await other.getByRole('button', { name: 'Open the backup' }).click();
  await expect(other.getByText("That passphrase doesn't open this backup")).toBeVisible();
  await other.getByLabel("The backup's passphrase", { exact: true }).fill(NEW_PASSPHRASE);
  await other.getByRole('button', { name: 'Open the backup' }).click();
  const preview = other.getByRole('dialog', { name: 'Bring this in?' });
  await expect(preview).toContainText('Entries: 1 new');
  await preview.getByRole('button', { name: 'Bring it in' }).click();
  await expect(other.getByText(/Done\. 1 added/)).toBeVisible();
  await other.goto('/journal');
  await expect(other.getByRole('link', { name: /Left the dishes for tomorrow/ })).toBeVisible();
  await fresh.close();
});

test('locking a moment after typing a new entry saves it, and unlocking opens it again', async ({ page }) => {
  test.setTimeout(60_000);
  await openToday(page);
  await turnOnLock(page);
  await visit(page, '/journal/new');
  await expect(page.getByRole('textbox', { name: 'Your words' })).toBeFocused();
  await page.keyboard.type('Locked straight after writing this.');
  await page.getByRole('button', { name: 'Lock the journal' }).click();
  await expect(page.getByText('Your journal is locked.')).toBeVisible();
  await unlockWith(page, PASSPHRASE);
  await expect(page).toHaveURL(/\/journal\/[0-9a-f-]{36}$/);
  await expect(page.getByRole('textbox', { name: 'Your words' })).toHaveValue('Locked straight after writing this.');
});
