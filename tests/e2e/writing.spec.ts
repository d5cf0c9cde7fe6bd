import { expect, test } from './fixtures';
import { openToday } from './helpers';

test('an entry written and saved survives closing the tab without warning', async ({ context }) => {
  const page = await context.newPage();
  await openToday(page);
  await page.getByRole('link', { name: 'Write' }).click();
  const text = page.getByRole('textbox', { name: 'Your words' });
  await expect(text).toBeFocused();
  await page.keyboard.type('Left the drawer untidy.\nIt was fine by the evening.');
  await page.getByRole('textbox', { name: 'Title (optional)' }).fill('Drawer');
  await expect(page.getByRole('status').filter({ hasText: 'Saved on this device' })).toBeVisible();
  await expect(page).toHaveURL(/\/journal\/[0-9a-f-]{36}$/);
  const address = page.url();
  await page.close({ runBeforeUnload: false });

  const again = await context.newPage();
  await again.goto(address);
  await expect(again.getByRole('textbox', { name: 'Your words' })).toHaveValue(
    'Left the drawer untidy.\nIt was fine by the evening.',
  );
  await expect(again.getByRole('textbox', { name: 'Title (optional)' })).toHaveValue('Drawer');
  await again.goto('/journal');
  await expect(again.getByRole('link', { name: /Drawer/ })).toBeVisible();
});

test('writing works offline, and the journal shows it after a reload', async ({ page, context }) => {
  await openToday(page);
  await page.evaluate(async () => {
    const registration = await navigator.serviceWorker.ready;
    const worker = registration.active;
    if (worker && worker.state !== 'activated') {
      await new Promise((done) =>
        worker.addEventListener('statechange', () => worker.state === 'activated' && done(0)),
      );
    }
  });
  await context.setOffline(true);
  await page.goto('/journal/new');
  await expect(page.getByRole('textbox', { name: 'Your words' })).toBeFocused();
  await page.keyboard.type('No signal on the train. Wrote anyway.');
  await expect(page.getByText('Saved on this device')).toBeVisible();
  await page.reload();
  await expect(page.getByRole('textbox', { name: 'Your words' })).toHaveValue('No signal on the train. Wrote anyway.');
});

test('the same entry edited in two tabs: nothing is overwritten, both versions are kept, the person is told', async ({
  context,
}) => {
  const first = await context.newPage();
  await first.goto('/journal/new');
  await expect(first.getByRole('textbox', { name: 'Your words' })).toBeFocused();
  await first.keyboard.type('Morning version.');
  await expect(first.getByText('Saved on this device')).toBeVisible();
  await expect(first).toHaveURL(/\/journal\/[0-9a-f-]{36}$/);

  const second = await context.newPage();
  await second.goto(first.url());
  await expect(second.getByRole('textbox', { name: 'Your words' })).toHaveValue('Morning version.');
  await second.getByRole('textbox', { name: 'Your words' }).press('End');
  await second.keyboard.type(' Added in the second tab.');
  await expect(second.getByText('Saved on this device')).toBeVisible();

  // The first tab has not seen that save; its next words must not overwrite it.
  await first.getByRole('textbox', { name: 'Your words' }).press('End');
  await first.keyboard.type(' Added in the first tab.');
  await expect(first.getByRole('alert').filter({ hasText: 'Both versions are kept' })).toBeVisible();
  await expect(first.getByText('Saved on this device')).toBeVisible();

  await first.goto('/journal');
  await expect(first.getByRole('link', { name: /Morning version\. Added in the second tab\./ })).toBeVisible();
  await expect(first.getByRole('link', { name: /Morning version\. Added in the first tab\./ })).toBeVisible();
});

test('a copy kept after a conflict is headed with the day and time it was made, the original with its own', async ({
  context,
}) => {
  // Local times (the browser runs in this machine's zone): Saturday evening, then Sunday morning.
  await context.clock.install({ time: new Date('2026-11-28T21:00:00') });
  const first = await context.newPage();
  await first.goto('/journal/new');
  await expect(first.getByRole('textbox', { name: 'Your words' })).toBeFocused();
  await first.keyboard.type('Saturday night.');
  await expect(first.getByText('Saved on this device')).toBeVisible();
  await expect(first).toHaveURL(/\/journal\/[0-9a-f-]{36}$/);

  const second = await context.newPage();
  await second.goto(first.url());
  await second.getByRole('textbox', { name: 'Your words' }).press('End');
  await second.keyboard.type(' From the second tab.');
  await expect(second.getByText('Saved on this device')).toBeVisible();

  await context.clock.setSystemTime(new Date('2026-11-29T08:00:00'));
  await first.getByRole('textbox', { name: 'Your words' }).press('End');
  await first.keyboard.type(' Picked up on Sunday.');
  await expect(first.getByRole('alert').filter({ hasText: 'Both versions are kept' })).toBeVisible();
  await expect(first.getByRole('heading', { level: 1 })).toHaveText('Sunday 29 November 2026');
  await expect(first.getByText(/^Written at 08:00\b/)).toBeVisible();
  await expect(first.getByRole('textbox', { name: 'Your words' }), 'the cursor stays in the words').toBeFocused();

  await second.reload();
  await expect(second.getByRole('heading', { level: 1 })).toHaveText('Saturday 28 November 2026');
  await expect(second.getByText(/^Written at 21:00\b/)).toBeVisible();
});

test('mood and tags are kept, a used tag is suggested, and a deleted entry comes back from the trash', async ({
  page,
}) => {
  await page.goto('/journal/new');
  await expect(page.getByRole('textbox', { name: 'Your words' })).toBeFocused();
  await page.keyboard.type('Tagged entry.');
  await page.getByRole('radio', { name: 'Good', exact: true }).check({ force: true });
  await page.getByRole('textbox', { name: 'Tags (optional)' }).fill('work');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: 'Remove tag work' })).toBeVisible();
  await expect(page.getByText('Saved on this device')).toBeVisible();

  await page.goto('/journal/new');
  await expect(page.getByRole('textbox', { name: 'Your words' })).toBeFocused();
  await page.keyboard.type('Another one.');
  await page.getByRole('button', { name: 'work' }).click();
  await expect(page.getByRole('button', { name: 'Remove tag work' })).toBeVisible();
  await expect(page.getByText('Saved on this device')).toBeVisible();
  await page.getByRole('button', { name: 'Delete this entry' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Journal' })).toBeVisible();
  await expect(page.getByRole('link', { name: /Another one/ })).toHaveCount(0);

  await page.getByRole('link', { name: 'Trash' }).click();
  await page.getByRole('button', { name: /Restore/ }).click();
  await expect(page.getByText('The trash is empty')).toBeVisible();
  await page.getByRole('link', { name: 'Back to your journal' }).click();
  await expect(page.getByRole('link', { name: /Another one/ })).toBeVisible();
  await page.getByRole('link', { name: /Tagged entry/ }).click();
  await expect(page.getByRole('radio', { name: 'Good', exact: true })).toBeChecked();
});

test('killing the page without warning loses at most the last half second of typing', async ({ context, browser }) => {
  const page = await context.newPage();
  await page.goto('/journal/new');
  await expect(page.getByRole('textbox', { name: 'Your words' })).toBeFocused();
  const early = 'Everything typed more than half a second before the crash must survive.';
  const late = ' These last words may or may not.';
  await page.keyboard.type(early, { delay: 15 });
  await page.waitForTimeout(800);
  await expect(page).toHaveURL(/\/journal\/[0-9a-f-]{36}$/);
  const address = page.url();
  await page.keyboard.type(late);
  // Close the tab from the browser's side, as the system does when it kills an app.
  const pageSession = await context.newCDPSession(page);
  const { targetInfo } = await pageSession.send('Target.getTargetInfo');
  const browserSession = await browser.newBrowserCDPSession();
  await browserSession.send('Target.closeTarget', { targetId: targetInfo.targetId });

  const again = await context.newPage();
  await again.goto(address);
  const saved = await again.getByRole('textbox', { name: 'Your words' }).inputValue();
  expect(saved.startsWith(early)).toBe(true);
  expect((early + late).startsWith(saved)).toBe(true);
});

test('long, emoji and right-to-left entries are kept exactly', async ({ page }) => {
  await page.goto('/journal/new');
  const long = `${'Good enough is good enough. '.repeat(1786)}🌱 שלום عالم`.slice(0, 50_000);
  await page.getByRole('textbox', { name: 'Your words' }).fill(long);
  await expect(page.getByText('Saved on this device')).toBeVisible();
  await page.reload();
  await expect(page.getByRole('textbox', { name: 'Your words' })).toHaveValue(long);
  await page.goto('/journal');
  await expect(page.locator('.timeline__row').first()).toBeVisible();
});
