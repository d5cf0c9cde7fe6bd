import { expect, test } from './fixtures';
import { readStore } from './helpers';

test('the question session left at question 4 is resumed there after the page was closed', async ({ context }) => {
  let page = await context.newPage();
  await page.goto('/questions');
  await page.getByRole('link', { name: 'Answer them one at a time' }).first().click(); // the first pack's
  const answer = page.getByRole('textbox', { name: 'Your answer (optional)' });
  await expect(page.getByText('Question 1 of 10')).toBeVisible();
  await answer.fill('Relief, then the urge to check it again.');
  await page.getByRole('button', { name: 'Next' }).click();
  await page.getByRole('button', { name: 'Skip' }).click();
  await expect(page.getByText('Question 3 of 10')).toBeVisible();
  await answer.fill('Being seen as careless.');
  await page.getByRole('button', { name: 'Next' }).click();
  await expect(page.getByText('Question 4 of 10')).toBeVisible();
  await expect(page.getByRole('heading', { level: 2 })).toBeFocused();
  // Next saves the answer on its way, a moment after the tap (killing the page within that
  // moment may lose it, as writing.spec.ts allows for typing): close once it is stored.
  await expect
    .poll(async () => (await readStore<{ text: string }>(page, 'entries')).map((entry) => entry.text))
    .toContain('Being seen as careless.');
  await page.close({ runBeforeUnload: false });

  page = await context.newPage();
  await page.goto('/questions');
  await page.getByRole('link', { name: 'Continue from question 4 of 10' }).click();
  await expect(page.getByText('Question 4 of 10')).toBeVisible();
  await page.getByRole('button', { name: 'Back' }).click();
  await expect(page.getByRole('textbox', { name: 'Your answer (optional)' })).toHaveValue('Being seen as careless.');

  // Each question's page shows its answers; the journal has them as ordinary entries.
  await page.goto('/questions/after-you-finish');
  await expect(page.getByText('Relief, then the urge to check it again.')).toBeVisible();
  await page.goto('/journal');
  await expect(page.getByRole('link', { name: /Being seen as careless/ })).toBeVisible();
});
