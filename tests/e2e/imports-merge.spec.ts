import { expect, type Page, test } from './fixtures';
import { readStore } from './helpers';

const picker = 'Bring in a backup, or a Day One or jrnl export';

type StoredEntry = { id: string; text: string; rev: number; updatedAt: number; deletedAt: number | null };

function backupOf(entries: object[], settings: object[] = []): Buffer {
  return Buffer.from(
    JSON.stringify({
      format: 'good-enough-backup',
      formatVersion: 1,
      appVersion: 'other phone',
      exportedAt: '2026-12-01T09:00:00.000Z',
      tables: { entries, runs: [], drafts: [], settings },
    }),
  );
}

async function bringIn(page: Page, file: Buffer) {
  await page.goto('/settings');
  await page.getByLabel(picker).setInputFiles({ name: 'backup.json', mimeType: 'application/json', buffer: file });
  return page.getByRole('dialog', { name: 'Bring this in?' });
}

test('a backup brought in under an open editor is never overwritten by its next keystroke, and no words are lost', async ({
  context,
}) => {
  const editor = await context.newPage();
  await editor.goto('/journal/new');
  await expect(editor.getByRole('textbox', { name: 'Your words' })).toBeFocused();
  await editor.keyboard.type('Written on this phone.');
  await expect(editor.getByText('Saved on this device')).toBeVisible();
  const [mine] = await readStore<StoredEntry>(editor, 'entries');
  if (!mine) throw new Error('the entry was not saved');

  // The other phone changed the same entry: the same revision, a later time, other words.
  const full = (await readStore<Record<string, unknown>>(editor, 'entries'))[0];
  const changed = { ...full, text: 'Changed on the other phone.', updatedAt: mine.updatedAt + 60_000 };
  const settings = await context.newPage();
  const preview = await bringIn(settings, backupOf([changed]));
  await expect(preview).toContainText('Entries: 0 new, 1 updated, 0 already here.');
  await expect(preview).toContainText('1 thing was changed both here and in the file. Both versions will be kept');
  await preview.getByRole('button', { name: 'Bring it in' }).click();
  await expect(settings.getByText(/Done\. 0 added and 1 updated\. 1 changed both here and in the file/)).toBeVisible();

  // The editor, still open at the old revision, goes on typing.
  await editor.bringToFront();
  const words = editor.getByRole('textbox', { name: 'Your words' });
  await words.press('End');
  await editor.keyboard.type(' And a little more.');
  await expect(editor.getByRole('alert')).toContainText('Both versions are kept');
  await expect(editor.getByText('Saved on this device')).toBeVisible();
  await editor.screenshot({ path: 'test-results/imports-under-an-editor.png' });

  const texts = (await readStore<StoredEntry>(editor, 'entries'))
    .filter((entry) => entry.deletedAt === null)
    .map((entry) => entry.text)
    .sort();
  expect(texts).toEqual([
    'Changed on the other phone.',
    'Written on this phone.',
    'Written on this phone. And a little more.',
  ]);
  const stored = (await readStore<StoredEntry>(editor, 'entries')).find((entry) => entry.id === mine.id);
  expect(stored).toMatchObject({ text: 'Changed on the other phone.', rev: mine.rev + 1 });
});

test('settings from a file are taken one by one: never the lock, nor unknown keys or odd values, and the preview names them', async ({
  page,
}) => {
  const at = Date.UTC(2026, 10, 1);
  const file = backupOf(
    [],
    [
      { key: 'lock.afterMinutes', value: null, updatedAt: at },
      { key: 'backupSuggestions', value: 'sometimes', updatedAt: at },
      { key: 'telemetry.endpoint', value: 'https://example.invalid', updatedAt: at },
      { key: 'lastBackupAt', value: at, updatedAt: at },
    ],
  );
  const preview = await bringIn(page, file);
  const left = preview.getByRole('list', { name: 'Settings left out' });
  await expect(left.getByRole('listitem')).toHaveText([
    'Lock again after the app has been out of sight: lock settings are only ever changed here, on this device',
    'Backup suggestions: not a value this setting can have',
    '"telemetry.endpoint": not a setting this app has',
  ]);
  await page.screenshot({ path: 'test-results/imports-settings-left-out.png' });
  await preview.getByRole('button', { name: 'Bring it in' }).click();
  await expect(page.getByText(/Done\./)).toBeVisible();

  const stored = await readStore<{ key: string; value: unknown }>(page, 'settings');
  const keys = stored.map((setting) => setting.key);
  expect(keys).toContain('lastBackupAt');
  for (const left of ['lock.afterMinutes', 'backupSuggestions', 'telemetry.endpoint']) expect(keys).not.toContain(left);
  await expect(page.getByTestId('last-backup')).toHaveText('Last backup: 1 November 2026, 00:00.');
});
