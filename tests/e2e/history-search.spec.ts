import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './fixtures';
import { readStore } from './helpers';
import { seedEntries } from '../../tools/seed-entries';

test('history, calendar and search with 10,000 entries', async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto('/journal');
  await expect(page.getByRole('heading', { level: 1, name: 'Journal' })).toBeVisible();
  await seedEntries(page, 10_000);
  await page.reload();

  // History: grouped by day, and only what is on screen is in the page.
  const days = page.locator('.timeline__day');
  await expect(days.first()).toBeVisible();
  expect(await page.locator('.timeline__row').count()).toBeLessThan(80);
  const daysInView = () =>
    page.evaluate(() =>
      [...document.querySelectorAll('.timeline__day')]
        .filter((day) => {
          const box = day.getBoundingClientRect();
          return box.bottom > 0 && box.top < window.innerHeight;
        })
        .map((day) => day.textContent ?? ''),
    );
  const firstDays = await daysInView();
  expect(firstDays.length).toBeGreaterThan(0);
  for (let step = 0; step < 6; step += 1) await page.mouse.wheel(0, 4000);
  // Scrolled down a month or so: older days are on screen now, and none of the first ones.
  await expect
    .poll(async () => {
      const now = await daysInView();
      return now.length > 0 && now.every((day) => !firstDays.includes(day));
    })
    .toBe(true);
  expect(await page.locator('.timeline__row').count()).toBeLessThan(80);
  await page.screenshot({ path: 'test-results/history-10k.png' });

  // Search as you type: matches marked, filters narrow them. The index is built and asked in
  // a worker of its own, which ends when the search screen closes.
  const indexing = page.waitForEvent('worker', (worker) => /search\.worker/.test(worker.url()));
  await page.goto('/journal/search');
  const searchWorker = await indexing;
  const field = page.getByRole('searchbox', { name: 'Search your journal' });
  await field.pressSequentially('marker4242');
  await expect(page.getByRole('status').filter({ hasText: '1 result' })).toBeVisible();
  await expect(page.locator('mark').first()).toHaveText('marker4242');
  // What each filter should leave, counted from the journal itself.
  const seeded = await readStore<{ text: string; tags: string[]; mood: number }>(page, 'entries');
  const garden = seeded.filter((entry) => /\bgarden\b/.test(entry.text));
  const inTag3 = garden.filter((entry) => entry.tags.includes('tag3'));
  const inTag3Mood4 = inTag3.filter((entry) => entry.mood === 4);
  expect(inTag3Mood4.length).toBeGreaterThan(0);
  const results = (count: number) => page.getByRole('status').filter({ hasText: new RegExp(`^${count} results\\b`) });
  await field.fill('garden');
  await expect(results(garden.length)).toBeVisible();
  // A page of 20 at a time; more on request, from the worker.
  expect(garden.length).toBeGreaterThan(60);
  await expect(results(garden.length)).toContainText('showing the first 20');
  await page.getByRole('button', { name: 'Show more results' }).click();
  await expect(results(garden.length)).toContainText('showing the first 60');
  await expect(page.locator('.card-list .card')).toHaveCount(60);
  await page.getByText('Filters').click();
  await page.getByLabel('Tag').selectOption('tag3');
  await expect(results(inTag3.length)).toBeVisible();
  const tagLines = page.locator('.card-list .card').getByText(/^Tags: /);
  await expect(tagLines.first()).toBeVisible();
  for (const line of await tagLines.allTextContents()) expect(line).toBe('Tags: tag3');
  await page.getByLabel('Mood').selectOption('4');
  await expect(results(inTag3Mood4.length)).toBeVisible();
  await field.fill('(*');
  await expect(page.getByRole('status').filter({ hasText: 'Nothing found' })).toBeVisible();
  await page.screenshot({ path: 'test-results/search-10k.png' });

  // The calendar marks the days with writing.
  await page.goto('/journal/calendar');
  await expect.poll(() => page.workers().includes(searchWorker)).toBe(false);
  await expect(page.getByText(/You wrote on \d+ days? this month/)).toBeVisible();
  const { violations } = await new AxeBuilder({ page }).analyze();
  expect(violations.map((violation) => violation.id)).toEqual([]);
});
