import { expect, test } from '@playwright/test';

test('an entry written and saved survives closing the tab without warning', async ({ context }) => {
  const page = await context.newPage();
  await page.goto('/');
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
  await page.goto('/');
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
