import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './fixtures';
import type { Page } from './fixtures';
import { openToday } from './helpers';

/** The About page, a lesson and an example run, read at 390x844 in both themes. */

async function expectNoAxeViolations(page: Page, where: string) {
  const { violations } = await new AxeBuilder({ page }).analyze();
  expect(violations.map((violation) => `${where}: ${violation.id} ${violation.help}`)).toEqual([]);
}

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`${colorScheme} theme`, () => {
    test.use({ colorScheme });

    test('from Today to About this pack, through the lessons, to an example run', async ({ page }, testInfo) => {
      await openToday(page);
      await page.getByRole('link', { name: /^More about this pack/ }).click();
      await expect(page.getByRole('heading', { level: 1, name: 'About this pack' })).toBeVisible();
      await expect(page.getByText('This pack is for the part of you that keeps raising the bar.')).toBeVisible();
      await expectNoAxeViolations(page, 'about');
      await page.screenshot({ path: testInfo.outputPath(`about-${colorScheme}.png`), fullPage: true });

      await page.getByRole('link', { name: 'What safety behaviours are' }).click();
      await expect(page.getByRole('heading', { level: 1, name: 'What safety behaviours are' })).toBeVisible();
      await expectNoAxeViolations(page, 'lesson');
      await page.screenshot({ path: testInfo.outputPath(`lesson-${colorScheme}.png`) });
      await page.getByRole('link', { name: 'Next: Why we rate before and after' }).click();
      await expect(page.getByRole('heading', { level: 1, name: 'Why we rate before and after' })).toBeVisible();
      await page.getByRole('link', { name: 'See the experiments' }).click();

      await expect(page.getByRole('heading', { level: 1, name: 'Experiments' })).toBeVisible();
      await page.getByRole('link', { name: /Say how you really are/ }).click();
      const example = page.getByRole('region', { name: 'An example run' });
      await example.getByText('Read how someone else filled it in').click();
      await expect(example.getByText(/tell her I've had a hard week/)).toBeVisible();
      await expectNoAxeViolations(page, 'example run');
      await example.screenshot({ path: testInfo.outputPath(`example-run-${colorScheme}.png`) });
    });
  });
}
