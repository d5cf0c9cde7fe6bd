import { readFileSync, statSync } from 'node:fs';
import { expect, type Page, test } from './fixtures';
import { seedEntries } from '../../tools/seed-entries';

test('a 10,000-entry journal backs up and comes back in, checked off the page, showing progress', async ({ page }) => {
  test.setTimeout(120_000);
  await page.addInitScript(() => {
    // Remember whether the progress bar ever showed, however briefly.
    new MutationObserver(() => {
      if (document.querySelector('progress[aria-label="Checking the file"]')) {
        (window as unknown as { sawProgress: boolean }).sawProgress = true;
      }
    }).observe(document, { subtree: true, childList: true });
  });
  await page.goto('/settings');
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
  await seedEntries(page, 10_000);

  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Make a backup' }).click();
  const backup = readFileSync((await (await downloading).path()) ?? '', 'utf8');
  expect(JSON.parse(backup).tables.entries).toHaveLength(10_000);

  // Restoring the same file finds everything already here, and changes nothing. The file is
  // checked in a worker of its own, which is gone once the check is done.
  const checking = page.waitForEvent('worker', (worker) => /import-check/.test(worker.url()));
  await page.getByLabel('Bring in a backup, or a Day One or jrnl export').setInputFiles({
    name: 'big-backup.json',
    mimeType: 'application/json',
    buffer: Buffer.from(backup),
  });
  const preview = page.getByRole('dialog', { name: 'Bring this in?' });
  await expect(preview).toContainText('Entries: 0 new, 0 updated, 10000 already here.', { timeout: 60_000 });
  expect(await page.evaluate(() => (window as unknown as { sawProgress?: boolean }).sawProgress)).toBe(true);
  const worker = await checking;
  await expect.poll(() => page.workers().includes(worker)).toBe(false);
  await preview.getByRole('button', { name: 'Bring it in' }).click();
  await expect(page.getByText(/Done\. 0 added and 0 updated/)).toBeVisible();
});

test('an encrypted backup over the old 100 MB limit comes back in: whatever the app exports, it imports', async ({
  page,
}) => {
  test.setTimeout(180_000);
  const passphrase = 'quiet harbour seven maples';
  await page.goto('/settings');
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
  // 420 entries of 200,000 characters: an 84 MB backup, which encrypted grows by a third.
  const count = 420;
  await seedLongEntries(page, count);

  await page.getByRole('checkbox', { name: 'Protect the backup with a passphrase' }).check();
  await page.getByLabel('Backup passphrase', { exact: true }).fill(passphrase);
  await page.getByLabel('Backup passphrase again', { exact: true }).fill(passphrase);
  const downloading = page.waitForEvent('download', { timeout: 120_000 });
  await page.getByRole('button', { name: 'Make a backup' }).click();
  const path = (await (await downloading).path()) ?? '';
  expect(statSync(path).size).toBeGreaterThan(100 * 1024 * 1024);

  // Gone from this device, then brought back from the file.
  await page.evaluate(async () => {
    const open = indexedDB.open('good-enough');
    const db: IDBDatabase = await new Promise((resolve) => (open.onsuccess = () => resolve(open.result)));
    const request = db.transaction('entries', 'readwrite').objectStore('entries').clear();
    await new Promise((resolve) => (request.onsuccess = resolve));
    db.close();
  });
  await page.getByLabel('Bring in a backup, or a Day One or jrnl export').setInputFiles(path);
  await expect(page.getByText('This backup is protected with a passphrase.')).toBeVisible({ timeout: 60_000 });
  await page.getByLabel("The backup's passphrase", { exact: true }).fill(passphrase);
  await page.getByRole('button', { name: 'Open the backup' }).click();
  const preview = page.getByRole('dialog', { name: 'Bring this in?' });
  await expect(preview).toContainText(`Entries: ${count} new, 0 updated, 0 already here.`, { timeout: 90_000 });
  await preview.getByRole('button', { name: 'Bring it in' }).click();
  await expect(page.getByText(`Done. ${count} added`)).toBeVisible({ timeout: 60_000 });
  const last = await page.evaluate(
    async (id) => {
      const open = indexedDB.open('good-enough');
      const db: IDBDatabase = await new Promise((resolve) => (open.onsuccess = () => resolve(open.result)));
      const request = db.transaction('entries').objectStore('entries').get(id);
      const entry: { text: string } = await new Promise(
        (resolve) => (request.onsuccess = () => resolve(request.result)),
      );
      db.close();
      return { start: entry.text.slice(0, 20), length: entry.text.length };
    },
    `00000000-0000-4000-8000-${String(count - 1).padStart(12, '0')}`,
  );
  expect(last).toEqual({ start: `Entry ${count - 1}. A long, o`, length: 199_988 + String(count - 1).length });
});

/** `count` entries of about 200,000 characters each (200 KB of backup apiece), straight into IndexedDB. */
async function seedLongEntries(page: Page, count: number) {
  await page.evaluate(async (total) => {
    const open = indexedDB.open('good-enough');
    const db: IDBDatabase = await new Promise((resolve) => (open.onsuccess = () => resolve(open.result)));
    const store = db.transaction('entries', 'readwrite').objectStore('entries');
    const at = Date.UTC(2026, 10, 1, 12);
    for (let index = 0; index < total; index += 1) {
      const id = `00000000-0000-4000-8000-${String(index).padStart(12, '0')}`;
      const text = `Entry ${index}. ${'A long, ordinary day, written down in full. '.repeat(4545)}`;
      store.put({
        ...{ id, createdAt: at + index, updatedAt: at + index, rev: 1, deletedAt: null, kind: 'free' },
        ...{ title: '', text, mood: null, tags: [], packId: null, questionId: null },
        ...{ day: '2026-11-01', timeZone: 'Europe/London' },
      });
    }
    await new Promise((resolve) => (store.transaction.oncomplete = resolve));
    db.close();
  }, count);
}

test('a journal grown past what a backup file can hold says so, instead of making a file it could not read back', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await page.goto('/settings');
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
  await seedLongEntries(page, 530);
  let downloads = 0;
  page.on('download', () => (downloads += 1));
  await page.getByRole('button', { name: 'Make a backup' }).click();
  await expect(
    page.getByText(/grown past what one backup file can hold \(100 MB\), so no backup was made/),
  ).toBeVisible({
    timeout: 60_000,
  });
  await expect(page.getByText('No backup made yet.')).toBeVisible();
  expect(downloads).toBe(0);
});
