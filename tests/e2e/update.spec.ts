import { expect, test } from '@playwright/test';
import { PreviewServer } from '../engines/preview-server';
import { waitForActivatedServiceWorker } from './helpers';

// dist-next is the same app built again with another version label (npm test builds it).
test('a new version is offered, never forced, and writing survives accepting it', async ({ browser }) => {
  const current = new PreviewServer(4182, 'dist');
  const next = new PreviewServer(4182, 'dist-next');
  await current.start();
  const context = await browser.newContext();
  const page = await context.newPage();
  try {
    await page.goto(`${current.origin}/settings`);
    await expect(page.getByText(/^Good Enough \d+\.\d+\.\d+$/)).toBeVisible();
    await waitForActivatedServiceWorker(page);

    await page.goto(`${current.origin}/journal/new`);
    await expect(page.getByRole('textbox', { name: 'Your words' })).toBeFocused();
    await page.keyboard.type('Halfway through a thought');
    await expect(page.getByText('Saved on this device')).toBeVisible();
    await page.evaluate(() => Object.assign(window, { __samePage: true }));

    // The new build goes live on the same origin; the app finds it.
    await current.stop();
    await next.start();
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
    const prompt = page.getByRole('status').filter({ hasText: 'A new version of Good Enough is ready' });
    await expect(prompt).toBeVisible();

    // It waits for the person: still the same page, the words still there.
    await page.keyboard.type(', and the rest of it.');
    await page.waitForTimeout(1500);
    expect(await page.evaluate(() => (window as unknown as { __samePage?: boolean }).__samePage)).toBe(true);
    await expect(page.getByText('Saved on this device')).toBeVisible();
    await page.getByRole('button', { name: 'Later' }).click();
    await expect(prompt).toBeHidden();
    expect(await page.evaluate(() => (window as unknown as { __samePage?: boolean }).__samePage)).toBe(true);

    // The person reloads when ready: the prompt is offered again, and accepting loads the new version.
    await page.reload();
    await expect(prompt).toBeVisible();
    const reloaded = page.waitForEvent('load');
    await page.getByRole('button', { name: 'Load new version' }).click();
    await reloaded;
    await expect(page.getByRole('textbox', { name: 'Your words' })).toHaveValue(
      'Halfway through a thought, and the rest of it.',
    );
    await page.goto(`${next.origin}/settings`);
    await expect(page.getByText(/^Good Enough \d+\.\d+\.\d+\+next$/)).toBeVisible();
  } finally {
    await context.close();
    await current.stop();
    await next.stop();
  }
});
