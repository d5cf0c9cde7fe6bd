import { expect, test } from './fixtures';
import type { Page } from './fixtures';
import { readStore } from './helpers';

/**
 * Delete pressed less than half a second after the last key: the closing save of those words
 * meets a record that is already in the trash. Delete must still mean deleted (no live copy
 * comes back), and the last words must be in the trashed record, so Undo gives them back.
 */

/**
 * The last words go into `field` and Delete is pressed in the same moment, as a quick thumb
 * does: a click through Playwright takes long enough on a busy machine for the half-second
 * save to land first, which would hide the case this file is about.
 */
async function typeThenDeleteAtOnce(page: Page, field: string, words: string, button: string) {
  await page.evaluate(
    ({ field, words, button }) => {
      const area = document.querySelector<HTMLTextAreaElement>(`textarea[name="${field}"]`);
      const setValue = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')?.set;
      if (!area || !setValue) throw new Error(`no field ${field}`);
      setValue.call(area, area.value + words);
      area.dispatchEvent(new Event('input', { bubbles: true }));
      const remove = [...document.querySelectorAll('button')].find((found) => found.textContent?.trim() === button);
      if (!remove) throw new Error(`no button ${button}`);
      remove.click();
    },
    { field, words, button },
  );
}

type Stored = { id: string; rev: number; deletedAt: number | null; text?: string; prediction?: string };

/** Waits until every save has landed: some record holds the last words, and no write follows. */
async function settledRecords(page: Page, store: string, lastWords: RegExp): Promise<Stored[]> {
  let previous = '';
  await expect
    .poll(
      async () => {
        const records = await readStore<Stored>(page, store);
        const snapshot = JSON.stringify(records.map(({ id, rev, deletedAt }) => [id, rev, deletedAt]));
        const landed = records.some((record) => lastWords.test(JSON.stringify(record)));
        const settled = landed && snapshot === previous;
        previous = snapshot;
        return settled;
      },
      { intervals: [250], timeout: 10_000 },
    )
    .toBe(true);
  return readStore<Stored>(page, store);
}

test('an entry deleted at once after typing stays deleted, keeps its last words, and Undo brings them back', async ({
  page,
}) => {
  await page.goto('/journal/new');
  const words = page.getByRole('textbox', { name: 'Your words' });
  await expect(words).toBeFocused();
  await page.keyboard.type('First words.');
  await expect(page.getByText('Saved on this device')).toBeVisible();

  await page.keyboard.type(' Then more, without a pause.');
  await typeThenDeleteAtOnce(page, 'text', ' Last words.', 'Delete this entry');
  await expect(page.getByRole('heading', { level: 1, name: 'Journal' })).toBeVisible();

  const records = await settledRecords(page, 'entries', /Last words\./);
  expect(records, 'no copy was made: one entry, in the trash, with every word').toEqual([
    expect.objectContaining({
      text: 'First words. Then more, without a pause. Last words.',
      deletedAt: expect.any(Number),
    }),
  ]);
  await expect(page.getByRole('link', { name: /First words/ })).toHaveCount(0);

  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(
    page.getByRole('link', { name: /First words\. Then more, without a pause\. Last words\./ }),
  ).toBeVisible();
  await page.getByRole('link', { name: 'Trash' }).click();
  await expect(page.getByText('The trash is empty')).toBeVisible();
});

test('the trash shows an entry deleted at once after typing, with its last words', async ({ page }) => {
  await page.goto('/journal/new');
  await expect(page.getByRole('textbox', { name: 'Your words' })).toBeFocused();
  await page.keyboard.type('Deleted in a hurry');
  await expect(page.getByRole('button', { name: 'Delete this entry' })).toBeVisible();
  await typeThenDeleteAtOnce(page, 'text', ', while its first words were still being saved.', 'Delete this entry');
  await expect(page.getByRole('heading', { level: 1, name: 'Journal' })).toBeVisible();
  await settledRecords(page, 'entries', /still being saved/);
  await expect(page.getByRole('link', { name: /in a hurry/ })).toHaveCount(0);
  await page.getByRole('link', { name: 'Trash' }).click();
  await expect(page.getByText('Deleted in a hurry, while its first words were still being saved.')).toBeVisible();
});

test('an experiment run deleted at once after typing stays deleted, keeps its last words, and Undo brings them back', async ({
  page,
}) => {
  await page.goto('/experiments/say-i-dont-know/runs/new');
  const prediction = page.getByRole('textbox', { name: 'What do you predict will happen?' });
  await prediction.fill('Someone will laugh.');
  await expect(page.getByText('Saved on this device')).toBeVisible();

  await typeThenDeleteAtOnce(page, 'prediction', ' Then sigh, and say it was fine.', 'Delete this run');
  await expect(page).toHaveURL(/\/experiments\/say-i-dont-know$/);

  const records = await settledRecords(page, 'runs', /it was fine\./);
  expect(records, 'no copy was made: one run, in the trash, with every word').toEqual([
    expect.objectContaining({
      prediction: 'Someone will laugh. Then sigh, and say it was fine.',
      deletedAt: expect.any(Number),
    }),
  ]);

  await page.getByRole('button', { name: 'Undo' }).click();
  await expect
    .poll(async () =>
      (await readStore<Stored>(page, 'runs')).map(({ deletedAt, prediction }) => [deletedAt, prediction]),
    )
    .toEqual([[null, 'Someone will laugh. Then sigh, and say it was fine.']]);
});

test("Undo puts a deleted entry back in the journal's list at once, beside the others", async ({ page }) => {
  for (const words of ['Older words.', 'Newer words.']) {
    await page.goto('/journal/new');
    await expect(page.getByRole('textbox', { name: 'Your words' })).toBeFocused();
    await page.keyboard.type(words);
    await expect(page.getByText('Saved on this device')).toBeVisible();
  }
  await page.getByRole('button', { name: 'Delete this entry' }).click();
  await expect(page.getByRole('link', { name: /Older words/ })).toBeVisible();
  await expect(page.getByRole('link', { name: /Newer words/ })).toHaveCount(0);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByRole('link', { name: /Newer words/ })).toBeVisible();
  await expect(page.getByRole('link', { name: /Older words/ })).toBeVisible();
});
