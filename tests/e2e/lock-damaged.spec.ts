import { readFileSync } from 'node:fs';
import { expect, type Page, test } from './fixtures';
import { openToday } from './helpers';
import { changePassphraseIn, NEW_PASSPHRASE, turnOnLockIn, visit, writeEntry } from './lock-steps';

/** Changes one bit of a sealed entry's ciphertext, straight in IndexedDB, as a failing disk might. */
function damageStoredEntry(page: Page, id: string): Promise<void> {
  return page.evaluate(async (entryId) => {
    const open = indexedDB.open('good-enough');
    const db: IDBDatabase = await new Promise((resolve) => (open.onsuccess = () => resolve(open.result)));
    const store = () => db.transaction('entries', 'readwrite').objectStore('entries');
    const stored = await new Promise<{ sealed: { data: Uint8Array } }>((resolve) => {
      const request = store().get(entryId);
      request.onsuccess = () => resolve(request.result as { sealed: { data: Uint8Array } });
    });
    const data = new Uint8Array(stored.sealed.data);
    data[0] = (data[0] ?? 0) ^ 0x80;
    await new Promise(
      (resolve) => (store().put({ ...stored, sealed: { ...stored.sealed, data } }).onsuccess = resolve),
    );
    db.close();
  }, id);
}

test('after a passphrase change, an entry that could not be re-encrypted is listed as damaged, and history, search and backups still work', async ({
  page,
}) => {
  await openToday(page);
  await page.goto('/settings');
  await turnOnLockIn(page);
  await writeEntry(page, 'The walk by the canal was lovely.');
  await writeEntry(page, 'These words will be damaged.');
  const damagedId = page.url().split('/').at(-1)!;
  await damageStoredEntry(page, damagedId);

  await visit(page, '/settings');
  await changePassphraseIn(page);
  // A new tab, as after closing the app: only the new passphrase's key is in memory.
  await page.reload();
  await visit(page, '/journal', NEW_PASSPHRASE);
  await expect(page.getByText('The walk by the canal was lovely.')).toBeVisible();
  await expect(page.getByText("This entry can't be opened")).toBeVisible();
  await page.screenshot({ path: 'test-results/damaged-entry-in-history.png' });

  await visit(page, '/journal/search', NEW_PASSPHRASE);
  await page.getByRole('searchbox').fill('canal');
  await expect(page.getByText('The walk by the canal was lovely.')).toBeVisible();

  await visit(page, '/settings', NEW_PASSPHRASE);
  // Plain, to read it here; with the lock on it is encrypted unless the person says otherwise.
  await page.getByLabel('Protect the backup with a passphrase').uncheck();
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Make a backup' }).click();
  const backup = readFileSync(await (await downloading).path(), 'utf8');
  expect(backup).toContain('The walk by the canal was lovely.');
  await expect(
    page.getByText("1 record was damaged on this device and couldn't be opened, so the backup doesn't include it."),
  ).toBeVisible();
});
