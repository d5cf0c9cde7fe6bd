import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, test } from './fixtures';
import { SCREENS } from './helpers';

const STEPS = ['Welcome to Good Enough', 'A note of care', 'If you like'];
const heading = (page: Page, name: string) => page.getByRole('heading', { level: 1, name });

async function expectNoAxeViolations(page: Page, where: string) {
  const { violations } = await new AxeBuilder({ page }).analyze();
  expect(violations.map((violation) => `${where}: ${violation.id} ${violation.help}`)).toEqual([]);
}

test('a first visit is welcomed, keyboard only, and ends with the cursor in a new entry; a reload goes to Today', async ({
  page,
}) => {
  await page.goto('/');
  for (const [index, step] of STEPS.entries()) {
    await expect(heading(page, step)).toBeFocused();
    if (index < STEPS.length - 1) {
      // Tab reaches "Next" before anything else in the step's actions.
      await page.getByRole('button', { name: 'Next' }).focus();
      await page.keyboard.press('Enter');
    }
  }
  await page.keyboard.press('Tab');
  const start = page.getByRole('button', { name: 'Start writing' });
  while (!(await start.evaluate((button) => button === document.activeElement))) await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/journal\/new$/);
  await expect(page.getByLabel('Your words')).toBeFocused();
  await page.keyboard.type('Started.');
  // Today, not the welcome again.
  await page.goto('/');
  await expect(heading(page, SCREENS[0].heading as unknown as string)).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Start where you are' })).toBeVisible();
  await expect(heading(page, STEPS[0]!)).toBeHidden();
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Start where you are' })).toBeVisible();
  await expect(heading(page, STEPS[0]!)).toBeHidden();
});

test('Skip goes straight to writing, and the welcome is not shown again', async ({ page }) => {
  await page.goto('/');
  await expect(heading(page, STEPS[0]!)).toBeFocused();
  await page.getByRole('button', { name: 'Skip' }).click();
  await expect(page.getByLabel('Your words')).toBeFocused();
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Start where you are' })).toBeVisible();
});

test('a deep link on a first visit opens where it points', async ({ page }) => {
  await page.goto('/journal/11111111-2222-4333-8444-555555555555');
  await expect(heading(page, "This entry isn't here")).toBeVisible();
});

test('the passphrase offer opens Settings at the lock section', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Next' }).click();
  await page.getByRole('button', { name: 'Next' }).click();
  await page.getByRole('link', { name: /Set a passphrase/ }).click();
  const section = page.getByRole('heading', { name: 'Passphrase lock' });
  await expect(section).toBeFocused();
  // Scrolled to the top of the screen, and just below the sticky top bar, not hidden under it.
  const bar = await page.getByRole('banner').boundingBox();
  await expect
    .poll(async () => Math.round((await section.boundingBox())!.y - bar!.y - bar!.height))
    .toBeGreaterThanOrEqual(0);
  expect((await section.boundingBox())!.y - bar!.y - bar!.height).toBeLessThan(24);
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`axe finds no violations on any step of the welcome (${colorScheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    await page.goto('/');
    for (const [index, step] of STEPS.entries()) {
      await expect(heading(page, step)).toBeFocused();
      await expectNoAxeViolations(page, step);
      await page.screenshot({ path: `test-results/welcome-${index + 1}-${colorScheme}.png`, fullPage: true });
      if (index < STEPS.length - 1) await page.getByRole('button', { name: 'Next' }).click();
    }
  });
}
