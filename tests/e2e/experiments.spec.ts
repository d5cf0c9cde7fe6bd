import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, test } from './fixtures';
import { openToday } from './helpers';
import { waitForActivatedServiceWorker } from '../../tools/service-worker';

/** Sets a 0-100 rating with the keyboard, as someone without a touch screen would. */
async function rate(page: Page, label: string, value: number) {
  const slider = page.getByRole('slider', { name: label });
  await slider.focus();
  await page.keyboard.press('Home');
  for (let step = 0; step < value / 5; step += 1) await page.keyboard.press('ArrowRight');
  await expect(slider).toHaveAttribute('aria-valuetext', new RegExp(`^${value}`));
}

async function saved(page: Page) {
  await expect(page.getByRole('status').filter({ hasText: 'Saved on this device' })).toBeVisible();
}

const RUNS = [
  { before: 90, discomfort: 80, during: 60, after: 60, came: 'Partly', planned: '2026-12-01', expected: 80, bad: 30 },
  { before: 70, discomfort: 60, during: 40, after: 40, came: 'No', planned: '2026-12-08', expected: 70, bad: 0 },
  { before: 50, discomfort: 40, during: 20, after: 20, came: 'No', planned: '2026-12-15', expected: 60, bad: 0 },
];

test('run one experiment three times offline, closing the page between steps, and see what changed', async ({
  context,
}) => {
  test.setTimeout(120_000);
  let page = await context.newPage();
  await openToday(page);
  await waitForActivatedServiceWorker(page);
  await context.setOffline(true);

  for (const [index, run] of RUNS.entries()) {
    // Plan it.
    await page.goto('/experiments/send-it-with-a-typo');
    await page.getByRole('link', { name: index === 0 ? 'Try this experiment' : 'Run it again' }).click();
    await expect(page.getByRole('textbox', { name: "The belief you're testing" })).toHaveValue(
      'If I send something with a mistake, people will think less of me.',
    );
    await rate(page, 'How strongly do you believe it right now?', run.before);
    await page
      .getByRole('textbox', { name: 'What do you predict will happen?' })
      .fill('Two people will point out the typo.');
    await rate(page, 'If it does happen, how bad do you expect it to be?', run.expected);
    await page
      .getByRole('textbox', { name: 'What will you not do this time?' })
      .fill('No second read-through, no correction after.');
    await page
      .getByRole('textbox', { name: 'Your plan: what will you do?' })
      .fill(`Email to the team, week ${index + 1}`);
    await page.getByLabel('When?').fill(run.planned);
    await rate(page, 'How uncomfortable do you feel about it now?', run.discomfort);
    await saved(page);
    await expect(page).toHaveURL(/\/runs\/[0-9a-f-]{36}$/);
    await page.close();

    // Days later, it is waiting on Today.
    page = await context.newPage();
    await openToday(page);
    const waiting = page.getByRole('region', { name: 'Waiting for you' });
    await expect(waiting.getByRole('link')).toHaveCount(1);
    await waiting.getByRole('link', { name: /Send it with a small typo/ }).click();
    await expect(page.getByRole('slider', { name: 'How strongly do you believe it right now?' })).toHaveAttribute(
      'aria-valuetext',
      `${run.before}%`,
    );

    // Finish it.
    await page.getByRole('textbox', { name: 'What actually happened?' }).fill('Nobody mentioned it.');
    await rate(page, 'How uncomfortable was it while you did it?', run.during);
    const cameTrue = page.getByRole('group', { name: 'Did your prediction come true?' });
    await cameTrue.getByRole('radio', { name: run.came, exact: true }).check();
    if (run.came === 'Partly') {
      await expect(page.getByText(`Before, you expected it to be ${run.expected} out of 100.`)).toBeVisible();
      await page.getByRole('textbox', { name: 'How did you cope?' }).fill('I said thanks and carried on.');
      await rate(page, 'How bad was it, really?', run.bad);
    } else {
      await expect(page.getByRole('textbox', { name: 'How did you cope?' })).toBeHidden();
    }
    await page
      .getByRole('group', { name: 'Did you do any of the things you planned not to do?' })
      .getByRole('radio', { name: 'No', exact: true })
      .check();
    await rate(page, 'How strongly do you believe it now?', run.after);
    await rate(page, 'How much do you believe the kinder rule?', 50);
    await page.getByRole('textbox', { name: 'What did you learn?' }).fill('People are busy with their own lives.');
    await saved(page);
    await page.close();
    page = await context.newPage();
  }

  await openToday(page);
  await expect(page.getByRole('heading', { name: 'Start where you are' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Waiting for you' })).toHaveCount(0);

  await page.goto('/experiments/send-it-with-a-typo');
  await expect(page.getByText('Your prediction came true 0 of 3 times (partly once).')).toBeVisible();
  await expect(
    page.getByText(
      "In 3 runs, you expected it would be 70 out of 100 bad if it happened, on average. It came true, wholly or partly, in 1 of them, and was 30 out of 100 where you had expected 80. In the other 2 it didn't happen.",
    ),
  ).toBeVisible();
  await expect(
    page.getByRole('img', { name: 'How bad you expected it to be, and how bad it was when it happened' }),
  ).toBeVisible();
  await expect(page.getByRole('img', { name: 'How strongly you believed it' })).toBeVisible();
  await expect(page.getByRole('img', { name: 'How uncomfortable it felt' })).toBeVisible();
  const belief = page.locator('figure', { has: page.getByRole('img', { name: 'How strongly you believed it' }) });
  await belief.getByText('Show as a table').click();
  const table = belief.getByRole('table');
  await expect(table.getByRole('row')).toHaveCount(4);
  await expect(table.getByRole('row', { name: /Run 3/ })).toContainText('50%');
  await expect(table.getByRole('row', { name: /Run 3/ })).toContainText('20%');
  await expect(page.getByRole('main').getByRole('link', { name: /Run \d/ })).toHaveCount(3);
  // For looking at, in both themes (npm test keeps them under test-results/).
  await page
    .locator('figure', {
      has: page.getByRole('img', { name: 'How bad you expected it to be, and how bad it was when it happened' }),
    })
    .screenshot({ path: 'test-results/experiment-expected-against-actual.png' });
  await page.screenshot({ path: 'test-results/experiment-three-runs-light.png', fullPage: true });
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.screenshot({ path: 'test-results/experiment-three-runs-dark.png', fullPage: true });
});

test('a run can be deleted and brought back with undo', async ({ page }) => {
  await page.goto('/experiments/say-i-dont-know/runs/new');
  await page.getByRole('textbox', { name: 'What do you predict will happen?' }).fill('Someone will laugh.');
  await saved(page);
  await page.getByRole('button', { name: 'Delete this run' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Say "I don\'t know"' })).toBeVisible();
  await expect(page.getByText("You haven't tried this one yet.")).toBeVisible();
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByRole('main').getByRole('link', { name: /Run 1/ })).toBeVisible();
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`axe finds nothing on the experiment screens (${colorScheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    await page.goto('/experiments/share-it-unfiltered/runs/new');
    await rate(page, 'How strongly do you believe it right now?', 70);
    await page.getByRole('radio', { name: 'Partly' }).check();
    await expect(page.getByRole('textbox', { name: 'How did you cope?' })).toBeVisible();
    await saved(page);
    await page
      .getByRole('textbox', { name: 'What will you not do this time?' })
      .locator('..')
      .screenshot({ path: `test-results/run-form-safety-${colorScheme}.png` });
    await page
      .locator('.form-subsection')
      .screenshot({ path: `test-results/run-form-if-it-happened-${colorScheme}.png` });
    for (const path of [page.url(), '/experiments/share-it-unfiltered', '/', '/experiments']) {
      await page.goto(path);
      await expect(page.locator('main h1')).toBeVisible();
      await page.locator('details').evaluateAll((all) => all.forEach((details) => details.setAttribute('open', '')));
      const { violations } = await new AxeBuilder({ page }).analyze();
      expect(violations.map((violation) => `${path}: ${violation.id} ${violation.help}`)).toEqual([]);
    }
  });
}
