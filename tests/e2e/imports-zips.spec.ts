import { closeSync, mkdtempSync, openSync, rmSync, statSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strToU8, Zip, ZipDeflate, ZipPassThrough, zipSync } from 'fflate';
import { expect, type Page, test } from './fixtures';
import { readStore } from './helpers';

const picker = 'Bring in a backup, or a Day One or jrnl export';

function dayOneJournal(prefix: string, count: number) {
  return {
    metadata: { version: '1.0' },
    entries: Array.from({ length: count }, (_, index) => ({
      uuid: `${prefix}${String(index).padStart(32 - prefix.length, '0')}`,
      creationDate: `2024-06-0${index + 1}T06:45:00Z`,
      timeZone: 'Europe/London',
      text: `${prefix} entry ${index + 1}`,
      tags: [],
    })),
  };
}

/**
 * Writes a zip to disk as it is made, one entry and one piece at a time, so a file of
 * hundreds of megabytes never sits in memory here either.
 */
function writeZip(path: string, build: (zip: Zip) => void): void {
  const fd = openSync(path, 'w');
  try {
    const zip = new Zip((error, chunk) => {
      if (error) throw error;
      writeSync(fd, chunk);
    });
    build(zip);
    zip.end();
  } finally {
    closeSync(fd);
  }
}

function addFile(zip: Zip, name: string, pieces: Iterable<Uint8Array>, compress: boolean) {
  const file = compress ? new ZipDeflate(name, { level: 9 }) : new ZipPassThrough(name);
  zip.add(file);
  let previous: Uint8Array | null = null;
  for (const piece of pieces) {
    if (previous) file.push(previous);
    previous = piece;
  }
  file.push(previous ?? new Uint8Array(0), true);
}

function* repeated(piece: Uint8Array, times: number) {
  for (let index = 0; index < times; index += 1) yield piece;
}

/** Something to write first, so the test can show the journal is as it was afterwards. */
async function writeFirst(page: Page, words: string) {
  await page.goto('/journal/new');
  await expect(page.getByRole('textbox', { name: 'Your words' })).toBeFocused();
  await page.keyboard.type(words);
  await expect(page.getByText('Saved on this device')).toBeVisible();
}

test('a Day One zip with several journals brings in every one, each entry tagged with its journal', async ({
  page,
}) => {
  await page.goto('/settings');
  const zip = zipSync({
    'Journal.json': strToU8(JSON.stringify(dayOneJournal('A1', 1))),
    'Work Notes.json': strToU8(JSON.stringify(dayOneJournal('B2', 2))),
    'photos/0123456789abcdef.jpeg': new Uint8Array(2048).fill(7),
  });
  await page
    .getByLabel(picker)
    .setInputFiles({ name: 'Export-All Journals.zip', mimeType: 'application/zip', buffer: Buffer.from(zip) });
  const preview = page.getByRole('dialog', { name: 'Bring this in?' });
  await expect(preview).toContainText('Entries: 3 new');
  const journals = preview.getByRole('list', { name: 'Journals in this file' });
  await expect(journals.getByRole('listitem')).toHaveText(['Journal: 1 entry', 'Work Notes: 2 entries']);
  await page.screenshot({ path: 'test-results/imports-several-journals.png' });
  await preview.getByRole('button', { name: 'Bring it in' }).click();
  await expect(page.getByText(/Done\. 3 added/)).toBeVisible();

  const entries = await readStore<{ text: string; tags: string[] }>(page, 'entries');
  const tagsOf = (text: string) => entries.find((entry) => entry.text === text)?.tags;
  expect(tagsOf('A1 entry 1')).toEqual(['Journal']);
  expect(tagsOf('B2 entry 1')).toEqual(['Work Notes']);
  expect(tagsOf('B2 entry 2')).toEqual(['Work Notes']);
});

test('a Day One zip with over 300 MB of photos brings in its words, through the file picker', async ({ page }) => {
  test.setTimeout(120_000);
  const dir = mkdtempSync(join(tmpdir(), 'good-enough-photos-'));
  const path = join(dir, 'Export-Journal.zip');
  try {
    const megabyte = new Uint8Array(1024 * 1024).fill(0xd8);
    writeZip(path, (zip) => {
      addFile(zip, 'Journal.json', [strToU8(JSON.stringify(dayOneJournal('C3', 2)))], true);
      // Photos stored as they are, as a phone's JPEGs usually are: 10 of 32 MB.
      for (let photo = 0; photo < 10; photo += 1) {
        addFile(zip, `photos/${String(photo).padStart(32, '0')}.jpeg`, repeated(megabyte, 32), false);
      }
    });
    expect(statSync(path).size).toBeGreaterThan(300 * 1024 * 1024);

    await page.goto('/settings');
    await page.getByLabel(picker).setInputFiles(path);
    const preview = page.getByRole('dialog', { name: 'Bring this in?' });
    await expect(preview).toContainText('This is a Day One export.', { timeout: 60_000 });
    await expect(preview).toContainText('Entries: 2 new');
    await preview.getByRole('button', { name: 'Bring it in' }).click();
    await expect(page.getByText(/Done\. 2 added/)).toBeVisible();
    await page.goto('/journal');
    await expect(page.getByRole('link', { name: /C3 entry 2/ })).toBeVisible();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a zip whose journal unpacks past 100 MB is refused kindly, the tab stays alive and the journal unchanged', async ({
  page,
}) => {
  test.setTimeout(90_000);
  const dir = mkdtempSync(join(tmpdir(), 'good-enough-bomb-'));
  const path = join(dir, 'Export.zip');
  try {
    // 150 MB of spaces inside a valid-looking Day One file deflates to well under a megabyte.
    const spaces = new Uint8Array(1024 * 1024).fill(0x20);
    writeZip(path, (zip) =>
      addFile(
        zip,
        'Journal.json',
        [strToU8('{"metadata":{},"entries":['), ...repeated(spaces, 150), strToU8(']}')],
        true,
      ),
    );
    expect(statSync(path).size).toBeLessThan(1024 * 1024);

    await writeFirst(page, 'Still here after the zip.');
    await page.goto('/settings');
    await page.getByLabel(picker).setInputFiles(path);
    await expect(page.getByRole('alert')).toContainText('larger than 100 MB once unpacked', { timeout: 30_000 });
    await expect(page.getByRole('alert')).toContainText('Your journal is exactly as it was.');
    // The page still answers, and holds what it held.
    await page
      .locator('#root')
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Journal' })
      .click();
    await expect(page.locator('.timeline__row').filter({ hasText: 'Still here after the zip.' })).toHaveCount(1);
    expect(await readStore(page, 'entries')).toHaveLength(1);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
