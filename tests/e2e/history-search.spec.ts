import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './fixtures';
import { seedEntries } from './seed';

test('history, calendar and search with 10,000 entries', async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto('/journal');
  await expect(page.getByRole('heading', { level: 1, name: 'Journal' })).toBeVisible();
  await seedEntries(page, 10_000);
  await page.reload();

  // History: grouped by day, and only what is on screen is in the page.
  await expect(page.locator('.timeline__day').first()).toBeVisible();
  expect(await page.locator('.timeline__row').count()).toBeLessThan(80);
  for (let step = 0; step < 6; step += 1) {
    await page.mouse.wheel(0, 4000);
    await page.waitForTimeout(150);
  }
  await expect(page.locator('.timeline__row').first()).toBeAttached();
  expect(await page.locator('.timeline__row').count()).toBeLessThan(80);
  await page.screenshot({ path: 'test-results/history-10k.png' });

  // Search as you type: matches marked, filters narrow them.
  await page.goto('/journal/search');
  const field = page.getByRole('searchbox', { name: 'Search your journal' });
  await field.pressSequentially('marker4242');
  await expect(page.getByRole('status').filter({ hasText: '1 result' })).toBeVisible();
  await expect(page.locator('mark').first()).toHaveText('marker4242');
  await field.fill('garden');
  await expect(page.getByRole('status').filter({ hasText: /results/ })).toBeVisible();
  await page.getByText('Filters').click();
  await page.getByLabel('Tag').selectOption('tag3');
  await page.getByLabel('Mood').selectOption('4');
  await expect(page.getByRole('status').filter({ hasText: /result/ })).toBeVisible();
  await field.fill('(*');
  await expect(page.getByRole('status').filter({ hasText: 'Nothing found' })).toBeVisible();
  await page.screenshot({ path: 'test-results/search-10k.png' });

  // The calendar marks the days with writing.
  await page.goto('/journal/calendar');
  await expect(page.getByText(/You wrote on \d+ days? this month/)).toBeVisible();
  const { violations } = await new AxeBuilder({ page }).analyze();
  expect(violations.map((violation) => violation.id)).toEqual([]);
});
