import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './fixtures';
import { SCREENS, openToday } from './helpers';

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`${colorScheme} theme`, () => {
    test.use({ colorScheme });

    test('axe finds no violations on any screen, or in the help path', async ({ page }) => {
      test.setTimeout(120_000); // 19 screens, each analysed whole, on a shared two-core machine
      await openToday(page); // the welcome's own steps are checked in first-run.spec.ts
      for (const screen of SCREENS) {
        await page.goto(screen.path);
        await expect(page.getByRole('heading', { level: 1, name: screen.heading })).toBeVisible();
        const { violations } = await new AxeBuilder({ page }).analyze();
        expect(violations.map((violation) => `${screen.path}: ${violation.id} ${violation.help}`)).toEqual([]);
      }
      await page.getByRole('button', { name: 'Get help' }).click();
      await expect(page.getByRole('dialog', { name: 'Get help' })).toBeVisible();
      const { violations } = await new AxeBuilder({ page }).analyze();
      expect(violations.map((violation) => `help path: ${violation.id} ${violation.help}`)).toEqual([]);
    });

    test('axe finds no violations in the dialogs Settings opens: bringing in a backup, deleting everything', async ({
      page,
    }, testInfo) => {
      const check = async (where: string) => {
        const { violations } = await new AxeBuilder({ page }).analyze();
        expect(violations.map((violation) => `${where}: ${violation.id} ${violation.help}`)).toEqual([]);
      };
      await page.goto('/journal/new');
      await expect(page.getByRole('textbox', { name: 'Your words' })).toBeFocused();
      await page.keyboard.type('One entry, so the backup has something in it.');
      await expect(page.getByText('Saved on this device')).toBeVisible();
      await page.goto('/settings');
      const download = page.waitForEvent('download');
      await page.getByRole('button', { name: 'Make a backup' }).click();
      const backupPath = testInfo.outputPath('backup.json');
      await (await download).saveAs(backupPath);
      await page.getByLabel('Bring in a backup, or a Day One or jrnl export').setInputFiles(backupPath);
      await expect(page.getByRole('dialog', { name: 'Bring this in?' })).toBeVisible();
      await check('bring this in');
      await page.keyboard.press('Escape');
      await page.getByRole('button', { name: 'Delete everything...' }).click();
      await expect(page.getByRole('dialog', { name: 'Delete your whole journal?' })).toBeVisible();
      await check('delete everything');
    });

    test('axe finds no violations in the passphrase forms and on the unlock screen', async ({ page }) => {
      test.setTimeout(60_000);
      const check = async (where: string) => {
        const { violations } = await new AxeBuilder({ page }).analyze();
        expect(violations.map((violation) => `${where}: ${violation.id} ${violation.help}`)).toEqual([]);
      };
      await page.goto('/settings');
      await page.getByRole('button', { name: 'Set a passphrase' }).click();
      await page.getByLabel('New passphrase', { exact: true }).fill('kettle gravel orbit lantern');
      await check('set a passphrase');
      await page.getByLabel('The same passphrase again', { exact: true }).fill('kettle gravel orbit lantern');
      await page.getByRole('button', { name: 'Lock my journal with this passphrase' }).click();
      await expect(page.getByText('Your journal is now locked with your passphrase.')).toBeVisible({ timeout: 30_000 });
      await page.getByRole('button', { name: 'Change passphrase' }).click();
      await check('change passphrase');
      await page.getByRole('checkbox', { name: 'Protect the backup with a passphrase' }).check();
      await check('backup passphrase');
      await page.reload();
      await expect(page.getByText('Your journal is locked.')).toBeVisible();
      await check('unlock screen');
      await page.getByLabel('Passphrase', { exact: true }).fill('not it');
      await page.getByRole('button', { name: 'Unlock' }).click();
      await expect(page.getByRole('alert')).toBeVisible();
      await page.getByText('Forgot your passphrase?').click();
      await check('unlock screen, wrong passphrase');
    });
  });
}

test('the help path opens from the keyboard, holds focus, and Escape returns focus to its button', async ({ page }) => {
  await page.goto('/questions');
  const careButton = page.getByRole('button', { name: 'Get help' });
  await careButton.focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Get help' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('heading', { name: 'Get help' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(dialog.locator(':focus')).toHaveCount(1);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(careButton).toBeFocused();
});

test('every control is at least 44 pixels tall at 390 wide', async ({ page }) => {
  await openToday(page);
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
