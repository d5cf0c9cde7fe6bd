import { expect, test } from './fixtures';
import { seedEntries } from '../../tools/seed-entries';

test('a chosen stretch of the journal prints as plain pages', async ({ page }) => {
  await page.goto('/journal');
  await expect(page.getByRole('heading', { level: 1, name: 'Journal' })).toBeVisible();
  await seedEntries(page, 40);
  await page.goto('/journal/print');
  await page.getByLabel('From').fill('2020-01-01');
  await expect(page.getByText('40 entries and 0 experiment runs', { exact: false })).toBeVisible();
  const shown = Number((await page.getByText(/\d+ entries and/).textContent())?.match(/\d+/)?.[0]);
  expect(shown).toBeGreaterThan(0);
  await expect(page.locator('.print-entry')).toHaveCount(shown);

  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden();
  await expect(page.getByRole('button', { name: 'Print or save as PDF' })).toBeHidden();
  await expect(page.locator('.print-entry').first()).toBeVisible();
  const pdf = await page.pdf({ format: 'A4' });
  expect(pdf.subarray(0, 4).toString()).toBe('%PDF');
  await page.screenshot({ path: 'test-results/print-view.png' });
});
