import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './fixtures';

/** No IndexedDB (blocked, or unavailable) gets a clear explanation, not a blank page. */
test('with no IndexedDB at all, the app explains kindly instead of showing a blank page', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'indexedDB', { value: undefined, configurable: true });
  });
  await page.goto('/');
  await expect(page.getByRole('alert')).toContainText("This browser isn't letting Good Enough keep anything");
  await expect(page.getByRole('heading', { name: 'Start where you are' })).toBeVisible();
  await page.goto('/journal/new');
  await expect(page.getByRole('alert').first()).toContainText("can't be saved");
  const { violations } = await new AxeBuilder({ page }).analyze();
  expect(violations.map((violation) => violation.id)).toEqual([]);
});
