import { readFileSync } from 'node:fs';
import { expect, test } from './fixtures';
import { seedEntries } from './seed';

test('a 10,000-entry journal backs up and comes back in, showing progress as it is checked', async ({ page }) => {
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

  // Restoring the same file finds everything already here, and changes nothing.
  await page.getByLabel('Bring in a backup, or a Day One or jrnl export').setInputFiles({
    name: 'big-backup.json',
    mimeType: 'application/json',
    buffer: Buffer.from(backup),
  });
  const preview = page.getByRole('dialog', { name: 'Bring this in?' });
  await expect(preview).toContainText('Entries: 0 new, 0 updated, 10000 already here.', { timeout: 60_000 });
  expect(await page.evaluate(() => (window as unknown as { sawProgress?: boolean }).sawProgress)).toBe(true);
  await preview.getByRole('button', { name: 'Bring it in' }).click();
  await expect(page.getByText(/Done\. 0 added and 0 updated/)).toBeVisible();
});
