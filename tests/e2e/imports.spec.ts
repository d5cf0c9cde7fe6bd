import { join } from 'node:path';
import { expect, test } from './fixtures';
import { strToU8, zipSync } from 'fflate';

const picker = 'Bring in a backup, or a Day One or jrnl export';

const dayOne = {
  metadata: { version: '1.0' },
  entries: [
    {
      uuid: 'F00DF00DF00DF00DF00DF00DF00DF00D',
      creationDate: '2024-06-01T06:45:00Z',
      modifiedDate: '2024-06-01T07:00:00Z',
      timeZone: 'Europe/London',
      text: 'Morning pages\\. Left one typo in on purpose\\!\n\n![](dayone-moment://PHOTO1)',
      tags: ['morning'],
      starred: false,
    },
  ],
};

const jrnl = {
  tags: { '@evening': 1 },
  entries: [
    {
      title: 'Dishes',
      body: 'Left them till morning.\nIt was fine.',
      date: '2024-06-02',
      time: '22:10',
      tags: ['@evening'],
      starred: false,
    },
  ],
};

test('a Day One zip and a jrnl export come in through the file picker, once @dates', async ({ page }) => {
  await page.goto('/settings');
  const zip = zipSync({ 'Journal.json': strToU8(JSON.stringify(dayOne)) });
  await page
    .getByLabel(picker)
    .setInputFiles({ name: 'Export.zip', mimeType: 'application/zip', buffer: Buffer.from(zip) });
  const preview = page.getByRole('dialog', { name: 'Bring this in?' });
  await expect(preview).toContainText('This is a Day One export.');
  await expect(preview).toContainText('Entries: 1 new');
  await expect(preview).toContainText('1 photo');
  await preview.getByRole('button', { name: 'Bring it in' }).click();
  await expect(page.getByText(/Done\. 1 added/)).toBeVisible();

  await page
    .getByLabel(picker)
    .setInputFiles({ name: 'jrnl.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(jrnl)) });
  await expect(preview).toContainText('This is a jrnl export.');
  await preview.getByRole('button', { name: 'Bring it in' }).click();
  await expect(page.getByText(/Done\. 1 added/)).toBeVisible();

  // The same Day One file again adds nothing.
  await page
    .getByLabel(picker)
    .setInputFiles({ name: 'Export.zip', mimeType: 'application/zip', buffer: Buffer.from(zip) });
  await expect(preview).toContainText('Entries: 0 new, 0 updated, 1 already here.');
  await preview.getByRole('button', { name: 'Not now' }).click();

  // Both are in the journal's own list (On this day may show them too, on their dates).
  await page.goto('/journal');
  const everything = page.locator('.timeline');
  await expect(everything.getByRole('link', { name: /Morning pages\. Left one typo in on purpose!/ })).toBeVisible();
  await expect(everything.getByRole('link', { name: /Dishes/ })).toBeVisible();
});

for (const name of [
  '03-truncated.json',
  '08-future-version.json',
  '15-proto-key.json',
  '19-mood-out-of-range.json',
  '25-day-not-a-real-day.json',
  '26-time-1e300.json',
  '27-revision-unbounded.json',
]) {
  test(`the bad file ${name} is refused with a kind message, and the journal is unchanged`, async ({ page }) => {
    await page.goto('/journal/new');
    await expect(page.getByRole('textbox', { name: 'Your words' })).toBeFocused();
    await page.keyboard.type('Still here afterwards.');
    await expect(page.getByText('Saved on this device')).toBeVisible();
    await page.goto('/settings');
    await page.getByLabel(picker).setInputFiles(join(process.cwd(), 'tests/fixtures/bad-backups', name));
    await expect(page.getByRole('alert')).toContainText("That file wasn't brought in");
    await expect(page.getByRole('alert')).toContainText('Your journal is exactly as it was.');
    await page.goto('/journal');
    await expect(page.locator('.timeline__row').filter({ hasText: 'Still here afterwards.' })).toHaveCount(1);
  });
}
