import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { SCREENS } from './helpers';

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`${colorScheme} theme`, () => {
    test.use({ colorScheme });

    test('axe finds no violations on any screen, or in the care note', async ({ page }) => {
      for (const screen of SCREENS) {
        await page.goto(screen.path);
        await expect(page.getByRole('heading', { level: 1, name: screen.heading })).toBeVisible();
        const { violations } = await new AxeBuilder({ page }).analyze();
        expect(violations.map((violation) => `${screen.path}: ${violation.id} ${violation.help}`)).toEqual([]);
      }
      await page.getByRole('button', { name: 'Care note' }).click();
      await expect(page.getByRole('dialog', { name: 'A note of care' })).toBeVisible();
      const { violations } = await new AxeBuilder({ page }).analyze();
      expect(violations.map((violation) => `care note: ${violation.id} ${violation.help}`)).toEqual([]);
    });
  });
}

test('the care note opens from the keyboard, holds focus, and Escape returns focus to its button', async ({ page }) => {
  await page.goto('/questions');
  const careButton = page.getByRole('button', { name: 'Care note' });
  await careButton.focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'A note of care' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Close' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(careButton).toBeFocused();
});

test('every control is at least 44 pixels tall at 390 wide', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Start where you are' })).toBeVisible();
  const small = await page
    .locator('nav a, button, main a.card')
    .evaluateAll((elements) =>
      elements
        .map((element) => ({ name: element.textContent?.trim(), height: element.getBoundingClientRect().height }))
        .filter((box) => box.height > 0 && box.height < 44),
    );
  expect(small).toEqual([]);
});
