import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, test } from './fixtures';
import { seedEntries } from '../../tools/seed-entries';
import { INSIGHTS_TODAY, seedInsightsJournal } from './insights-seed';

const VIEWPORTS = [
  { width: 390, height: 844 },
  { width: 1280, height: 800 },
];

async function openSeededInsights(page: Page) {
  await page.clock.setFixedTime(INSIGHTS_TODAY);
  await page.goto('/journal');
  await expect(page.getByRole('heading', { level: 1, name: 'Journal' })).toBeVisible();
  await seedInsightsJournal(page);
  await page.screenshot({ path: 'test-results/journal-links-390.png' });
  await page.getByRole('link', { name: 'Insights' }).click();
  await expect(page.getByRole('heading', { level: 1, name: "What you've noticed" })).toBeVisible();
}

test('the insights of a small journal, worked out by hand', async ({ page }) => {
  await openSeededInsights(page);
  const main = page.getByRole('main');
  // Days: 3, 10, 12, 15, 18 and 20 November; with 1 August, 30 September and 14 October this year.
  await expect(main.getByText('You wrote on 6 days this month, and 9 days this year.')).toBeVisible();
  await expect(main.getByText("You've started 5 runs of 2 experiments.")).toBeVisible();
  await expect(main.getByText('Your feared prediction came true 1 of 4 times (partly once).')).toBeVisible();
  // Belief: (60+80+70+65+60)/5 = 67 before, (60+40+50+35+30)/5 = 43 after.
  await expect(
    main.getByText('Across the 5 runs where you rated both, you believed it 67% before and 43% after, on average.'),
  ).toBeVisible();
  // Discomfort, the four runs rated both: (50+70+55+50)/4 = 56.25 before, (40+30+25+30)/4 = 31.25 during.
  await expect(
    main.getByText(
      'Across the 4 runs where you rated both, discomfort was 56 out of 100 before and 31 during, on average.',
    ),
  ).toBeVisible();
  await expect(main.getByText('You answered 2 different questions, with 2 answers in all.')).toBeVisible();
  // Entries 7 + 7 + 4 + (3 + 3 in Chinese) + 2; the run's prediction 6 and outcome 4.
  await expect(main.getByText("You've written 36 words: 26 in entries and answers, 10 in experiments.")).toBeVisible();

  // Every mood since 30 September fits in twelve weeks, so mood goes week by week.
  const moodChart = main.getByRole('img', { name: 'Your mood, the last 12 weeks' });
  await expect(moodChart).toBeVisible();

  // By keyboard: the table alternative opens with Enter.
  const moodTable = main.getByRole('table', { name: 'Your mood, the last 12 weeks' });
  await expect(moodTable).toBeHidden();
  await main.locator('summary', { hasText: 'Your mood, the last 12 weeks' }).focus();
  await page.keyboard.press('Enter');
  await expect(moodTable).toBeVisible();
  await expect(moodTable.getByRole('row', { name: 'Week of 16 Nov 2026 4' })).toBeVisible();
  await expect(moodTable.getByRole('row', { name: 'Week of 2 Nov 2026 2' })).toBeVisible();
  await expect(moodTable.getByRole('row', { name: 'Week of 28 Sep 2026 5' })).toBeVisible();

  // By pointer: the belief table.
  const beliefTitle = 'How strongly you believed it, before and after each run';
  await main.locator('summary', { hasText: beliefTitle }).click();
  await expect(main.getByRole('table', { name: beliefTitle }).getByRole('row')).toHaveCount(6);

  await main.getByRole('link', { name: /Its runs, one by one ?: Send it with a small typo/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Send it with a small typo' })).toBeVisible();
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`axe finds nothing, and the screen fits, in the ${colorScheme} theme`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    await openSeededInsights(page);
    const main = page.getByRole('main');
    await expect(main.getByText(/You wrote on 6 days/)).toBeVisible();
    // The "works offline now" toast of a first visit would cover part of the pictures.
    await page
      .getByRole('button', { name: 'OK' })
      .click({ timeout: 3_000 })
      .catch(() => undefined);
    for (const viewport of VIEWPORTS) {
      await page.setViewportSize(viewport);
      await screenshotsDownThePage(page, `insights-${viewport.width}x${viewport.height}-${colorScheme}`);
    }
    for (const summary of await main.locator('summary').all()) await summary.click();
    // The narrowest phone the guide names, too, with every table open.
    for (const viewport of [{ width: 320, height: 640 }, ...VIEWPORTS]) {
      await page.setViewportSize(viewport);
      const { violations } = await new AxeBuilder({ page }).analyze();
      expect(violations.map((violation) => `${violation.id} ${violation.help}`)).toEqual([]);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow).toBeLessThanOrEqual(0);
    }
    await page.screenshot({ path: `test-results/insights-tables-open-${colorScheme}.png`, fullPage: true });
  });
}

/**
 * The page a screen at a time, as a person scrolls it (full-page pictures are too tall to look
 * at), overlapping by the height of the top and tab bars so nothing hides behind them.
 */
async function screenshotsDownThePage(page: Page, name: string) {
  const { height } = page.viewportSize()!;
  const total = await page.evaluate(() => document.documentElement.scrollHeight);
  for (let part = 1, top = 0; ; part += 1, top += height - 200) {
    await page.evaluate((y) => window.scrollTo(0, y), top);
    await page.screenshot({ path: `test-results/${name}-${part}.png` });
    if (top + height >= total) break;
  }
}

test('an empty journal is welcomed, in both themes, without violations', async ({ page }) => {
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    await page.goto('/journal/insights');
    await expect(page.getByText("Nothing to notice yet, and that's perfectly fine.")).toBeVisible();
    const { violations } = await new AxeBuilder({ page }).analyze();
    expect(violations.map((violation) => `${violation.id} ${violation.help}`)).toEqual([]);
    await page.screenshot({ path: `test-results/insights-empty-${colorScheme}.png` });
  }
});

test('10,000 entries: the figures arrive, and how long they took is reported (not asserted)', async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto('/journal');
  await expect(page.getByRole('heading', { level: 1, name: 'Journal' })).toBeVisible();
  await seedEntries(page, 10_000);
  const started = Date.now();
  await page.goto('/journal/insights');
  await expect(page.getByText(/You've written [\d,]+ words/)).toBeVisible({ timeout: 60_000 });
  console.log(`insights over 10,000 entries shown ${Date.now() - started} ms after navigation`);
});
