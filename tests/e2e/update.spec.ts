import { expect, pinClock, test } from './fixtures';
import { updateTestPort } from '../../tools/browser.ts';
import { PreviewServer } from '../../tools/preview-server';
import { readStore } from './helpers';
import { waitForActivatedServiceWorker } from '../../tools/service-worker';

// dist-next is the same app built again with another version label (npm test builds it).
test('a new version is offered, never forced, and writing survives accepting it', async ({ browser, moment }) => {
  const current = new PreviewServer(updateTestPort(), 'dist');
  const next = new PreviewServer(updateTestPort(), 'dist-next');
  await current.start();
  const context = await browser.newContext();
  await pinClock(context, moment);
  // Every message the app sends a service worker (asking a new version to take over is one).
  await context.addInitScript(() => {
    const sent: unknown[] = [];
    Object.assign(window, { __toWorkers: sent });
    const postMessage = ServiceWorker.prototype.postMessage as (...args: unknown[]) => void;
    ServiceWorker.prototype.postMessage = function (this: ServiceWorker, ...args: unknown[]) {
      sent.push(args[0]);
      postMessage.apply(this, args);
    } as typeof ServiceWorker.prototype.postMessage;
  });
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

    // It waits for the person, however long they take: the page's clock is run an hour on
    // (every timer the app set fires), and still nothing has asked the new version to take
    // over, the words typed meanwhile are saved on the same page, and the new version waits.
    await page.keyboard.type(', and the rest of it.');
    await page.clock.runFor('01:00:00');
    expect(await page.evaluate(() => (window as unknown as { __toWorkers: unknown[] }).__toWorkers)).toEqual([]);
    await expect
      .poll(async () => (await readStore<{ text: string }>(page, 'entries')).map((entry) => entry.text))
      .toEqual(['Halfway through a thought, and the rest of it.']);
    await expect(page.getByText('Saved on this device')).toBeVisible();
    expect(await page.evaluate(() => (window as unknown as { __samePage?: boolean }).__samePage)).toBe(true);
    expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.waiting?.state)).toBe(
      'installed',
    );
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

const EDITORS = [
  { name: 'an entry', path: '/journal/new', field: 'Your words' },
  { name: 'a question answer', path: '/questions/session/ditching-perfect', field: 'Your answer (optional)' },
  {
    name: 'an experiment run',
    path: '/experiments/send-it-with-a-typo/runs/new',
    field: 'What do you predict will happen?',
  },
] as const;

test('an update arriving mid-sentence in each editor: accepted at once, the words are saved first and are there after', async ({
  browser,
  moment,
}) => {
  test.setTimeout(180_000);
  const current = new PreviewServer(updateTestPort(), 'dist');
  const next = new PreviewServer(updateTestPort(), 'dist-next');
  try {
    for (const editor of EDITORS) {
      await next.stop();
      await current.start();
      const context = await browser.newContext();
      await pinClock(context, moment);
      const page = await context.newPage();
      await page.goto(`${current.origin}/settings`);
      await waitForActivatedServiceWorker(page);
      await page.goto(`${current.origin}${editor.path}`);
      const box = page.getByRole('textbox', { name: editor.field });
      await box.click();
      await page.keyboard.type('Halfway through');

      await current.stop();
      await next.start();
      await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
      await expect(page.getByRole('status').filter({ hasText: 'A new version of Good Enough is ready' })).toBeVisible();
      // Still typing when the person taps "Load new version": no pause for autosave.
      await box.press('End');
      await page.keyboard.type(' a thought');
      const reloaded = page.waitForEvent('load');
      await page.getByRole('button', { name: 'Load new version' }).click();
      await reloaded;
      await expect(page.getByRole('textbox', { name: editor.field }), editor.name).toHaveValue(
        'Halfway through a thought',
      );
      await page.goto(`${next.origin}/settings`);
      await expect(page.getByText(/^Good Enough \d+\.\d+\.\d+\+next$/)).toBeVisible();
      await context.close();
    }
  } finally {
    await current.stop();
    await next.stop();
  }
});
