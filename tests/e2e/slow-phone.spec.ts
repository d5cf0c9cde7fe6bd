import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, pinClock, test } from './fixtures';
import { updateTestPort } from '../../tools/browser.ts';
import { PreviewServer } from '../../tools/preview-server';
import { readStore } from './helpers';
import { waitForActivatedServiceWorker } from '../../tools/service-worker';

/*
 * Before the page reloads for a new version, the words being typed are saved and the screen
 * catches up with that save: a new entry moves to its own address, so the reload reopens it
 * there rather than as an empty new page. On a slow phone that catching up takes a while;
 * the reload waits for it, however long, never for a set time. Chromium's CPU throttling
 * plays the slow phone.
 */

const current = new PreviewServer(updateTestPort(), 'dist');
const next = new PreviewServer(updateTestPort(), 'dist-next');

test.afterEach(async () => {
  await current.stop();
  await next.stop();
});

/*
 * Once in about sixteen runs on a machine loaded far beyond its two cores, the app asked the
 * waiting version to take over and the browser left it waiting (still "installed" after two
 * and a half minutes, no controllerchange). Why is not known yet. That, and only that, earns
 * a second attempt, reported as such; any other failure fails at once. (A press never heard
 * by its handler, which earned the retry before, was the test's own blindness: Playwright's
 * clock replaces performance.mark with a stand-in, so the app's marks were never found.)
 */
test.describe(() => {
  test.describe.configure({ retries: 1 });
  test('on a slow phone, a new entry begun just before accepting an update reopens with its words after the reload', async ({
    browser,
    moment,
  }) => {
    test.setTimeout(240_000);
    const neverTookOver = join(test.info().project.outputDir, 'slow-phone-never-took-over.txt');
    if (test.info().retry > 0 && !existsSync(neverTookOver)) {
      throw new Error('the first attempt failed for a reason of its own, not a version left waiting: see above');
    }
    await current.start();
    const context = await browser.newContext();
    await pinClock(context, moment);
    await context.addInitScript(noteUpdateSteps);
    const page = await context.newPage();
    try {
      await page.goto(`${current.origin}/settings`);
      await waitForActivatedServiceWorker(page);
      await page.goto(`${current.origin}/journal/new`);
      await expect(page.getByRole('textbox', { name: 'Your words' })).toBeFocused();

      await current.stop();
      await next.start();
      await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
      const accept = page.getByRole('button', { name: 'Load new version' });
      await expect(accept).toBeVisible();

      // A phone twenty times slower than this machine: the first words of a new entry, and the
      // update accepted at once, before autosave's half second has come.
      // (The button is found first: finding it on the slow phone would take longer than autosave.)
      const button = await accept.elementHandle();
      const cdp = await context.newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 20 });
      await page.keyboard.insertText('Begun on a slow phone');
      // A phone this slow takes its time over a reload, the more so on a busy test machine.
      const reloaded = page.waitForEvent('load', { timeout: 150_000 });
      await button?.evaluate((element: HTMLButtonElement) => element.click());
      await reloaded.catch(async (error: Error) => {
        // Say what the page shows instead of reloading (the phone made fast again to read it).
        await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
        const note = await page
          .getByRole('status')
          .allInnerTexts()
          .catch((failure: Error) => [failure.message]);
        const steps = await page.evaluate(updateSteps).catch((failure: Error) => failure.message);
        const pressed = await button?.evaluate((element) => element.isConnected).catch(() => 'unknown');
        const leftWaiting =
          typeof steps !== 'string' &&
          steps.steps?.some((step) => step.startsWith('update: asked the new version to take over')) &&
          steps.waiting === 'installed';
        if (leftWaiting) {
          writeFileSync(neverTookOver, JSON.stringify(steps));
          test.info().annotations.push({ type: 'new version left waiting', description: JSON.stringify(steps) });
        }
        throw new Error(
          `${error.message}; at ${page.url()}, the page says: ${note.join(' | ')}; ` +
            `the button pressed was still on the page: ${pressed}; what happened: ${JSON.stringify(steps)}`,
        );
      });
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });

      await expect(page).toHaveURL(/\/journal\/[0-9a-f-]{36}$/);
      await expect(page.getByRole('textbox', { name: 'Your words' })).toHaveValue('Begun on a slow phone');
      expect((await readStore<{ text: string }>(page, 'entries')).map((entry) => entry.text)).toEqual([
        'Begun on a slow phone',
      ]);
    } finally {
      await context.close();
    }
  });
});

/** Kept on the page from its start, so a failure can say how far the update got. */
function noteUpdateSteps() {
  const steps: string[] = [];
  (window as { updateSteps?: string[] }).updateSteps = steps;
  const at = () => Math.round(performance.now());
  document.addEventListener(
    'click',
    (event) => steps.push(`click on "${(event.target as HTMLElement).textContent}" at ${at()}`),
    true,
  );
  // The app marks its update steps on the page's timeline, but Playwright's clock (pinClock)
  // puts a stand-in for performance.mark that keeps nothing, so they are noted as they are made.
  const mark = performance.mark.bind(performance);
  performance.mark = (name: string, options?: PerformanceMarkOptions) => {
    if (name.startsWith('update:')) steps.push(`${name} at ${at()}`);
    return mark(name, options);
  };
  navigator.serviceWorker?.addEventListener('controllerchange', () => steps.push(`controllerchange at ${at()}`));
}

async function updateSteps() {
  const registration = await navigator.serviceWorker.getRegistration();
  return {
    steps: (window as { updateSteps?: string[] }).updateSteps,
    controller: navigator.serviceWorker.controller?.state,
    active: registration?.active?.state,
    waiting: registration?.waiting?.state,
    installing: registration?.installing?.state,
  };
}

const PASSPHRASE = 'kettle gravel orbit lantern';

test('on a slow phone, a new entry begun just before pressing Lock reopens with its words after unlocking', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await page.goto('/settings');
  await page.getByRole('button', { name: 'Set a passphrase' }).click();
  await page.getByLabel('New passphrase', { exact: true }).fill(PASSPHRASE);
  await page.getByLabel('The same passphrase again', { exact: true }).fill(PASSPHRASE);
  await page.getByRole('button', { name: 'Lock my journal with this passphrase' }).click();
  await expect(page.getByText('Your journal is now locked with your passphrase.')).toBeVisible({ timeout: 30_000 });
  await page.getByRole('link', { name: 'Journal' }).click();
  await page.getByRole('link', { name: 'Write' }).click();
  await expect(page.getByRole('textbox', { name: 'Your words' })).toBeFocused();

  // The first words of a new entry, and Lock pressed at once on a phone twenty times slower.
  // (The button is found first: finding it on the slow phone would take longer than autosave.)
  const lock = await page.getByRole('button', { name: 'Lock the journal' }).elementHandle();
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 20 });
  await page.keyboard.insertText('Begun just before locking');
  await lock?.evaluate((button: HTMLButtonElement) => button.click());
  await expect(page.getByText('Your journal is locked.')).toBeVisible({ timeout: 30_000 });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });

  await page.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
  await page.getByRole('button', { name: 'Unlock' }).click();
  await expect(page).toHaveURL(/\/journal\/[0-9a-f-]{36}$/, { timeout: 15_000 });
  await expect(page.getByRole('textbox', { name: 'Your words' })).toHaveValue('Begun just before locking');
});
