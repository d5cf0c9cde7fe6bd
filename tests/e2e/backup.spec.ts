import { expect, test } from './fixtures';

test('back up, delete everything, and bring it all back through the file picker', async ({ page }) => {
  test.setTimeout(90_000);
  // An entry, an answer and an experiment run.
  await page.goto('/journal/new');
  await expect(page.getByRole('textbox', { name: 'Your words' })).toBeFocused();
  await page.keyboard.type('Kept through a backup 🌱');
  await expect(page.getByText('Saved on this device')).toBeVisible();
  await page.goto('/questions/session/ditching-perfect');
  await page.getByRole('textbox', { name: 'Your answer (optional)' }).fill('Relief, mostly.');
  await expect(page.getByText('Saved on this device')).toBeVisible();
  await page.goto('/experiments/send-it-with-a-typo/runs/new');
  await page.getByRole('textbox', { name: 'What do you predict will happen?' }).fill('Someone will point it out.');
  await expect(page.getByText('Saved on this device')).toBeVisible();

  await page.goto('/settings');
  await expect(page.getByText('No backup made yet.')).toBeVisible();
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Make a backup' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^good-enough-backup-\d{4}-\d{2}-\d{2}\.json$/);
  const backupPath = await download.path();
  await expect(page.getByText(/saved to your downloads/)).toBeVisible();
  await expect(page.getByText(/^Last backup: /)).toBeVisible();

  // Delete everything, with a clear confirmation.
  await page.getByRole('button', { name: 'Delete everything...' }).click();
  const confirm = page.getByRole('dialog', { name: 'Delete your whole journal?' });
  await expect(confirm.getByRole('button', { name: 'Delete everything' })).toBeDisabled();
  await confirm.getByRole('checkbox').check();
  await confirm.getByRole('button', { name: 'Delete everything' }).click();
  // Nothing is kept, not even having seen the welcome: a fresh start is greeted like a first one.
  await expect(page.getByRole('heading', { name: 'Welcome to Good Enough' })).toBeVisible();
  await page.goto('/journal');
  await expect(page.getByText('Nothing here yet')).toBeVisible();

  // Bring it back.
  await page.goto('/settings');
  await page.getByLabel('Bring in a backup, or a Day One or jrnl export').setInputFiles(backupPath);
  const preview = page.getByRole('dialog', { name: 'Bring this in?' });
  await expect(preview).toContainText('Entries: 2 new, 0 updated, 0 already here.');
  await expect(preview).toContainText('Experiment runs: 1 new');
  await preview.getByRole('button', { name: 'Bring it in' }).click();
  await expect(page.getByText(/Done\. 3 added and 0 updated/)).toBeVisible();
  await page.goto('/journal');
  await expect(page.getByRole('link', { name: /Kept through a backup 🌱/ })).toBeVisible();
  await expect(page.getByRole('link', { name: /Relief, mostly\./ })).toBeVisible();
  await expect(page.getByRole('link', { name: /Send it with a small typo/ })).toBeVisible();
});

test('a bad file is refused kindly and changes nothing', async ({ page }) => {
  await page.goto('/settings');
  await page.getByLabel('Bring in a backup, or a Day One or jrnl export').setInputFiles({
    name: 'notes.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{"format": "good-enough-backup", "formatVersion": 99}'),
  });
  await expect(page.getByRole('alert')).toContainText('made by a newer version of Good Enough');
  await expect(page.getByRole('alert')).toContainText('Your journal is exactly as it was.');
});

test('where the browser can share files, the backup goes to the share sheet', async ({ page }) => {
  await page.addInitScript(() => {
    Object.assign(navigator, {
      canShare: () => true,
      share: async (data: { files: File[] }) => {
        (window as unknown as { sharedName: string }).sharedName = data.files[0]?.name ?? '';
      },
    });
  });
  await page.goto('/settings');
  await page.getByRole('button', { name: 'Make a backup' }).click();
  await expect(page.getByText('Your backup is ready.', { exact: false })).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { sharedName: string }).sharedName)).toMatch(
    /^good-enough-backup-/,
  );
});
