import { expect, type Page, test } from './fixtures';
import { openToday } from './helpers';
import { waitForActivatedServiceWorker } from '../../tools/service-worker';

/** The short note a first visit shows once the whole app is kept on the device. */
const offlineNote = (page: Page) => page.getByRole('status').filter({ hasText: 'Good Enough now works offline, too.' });

test.describe('offline after the first visit', () => {
  test('the service worker precaches the app, so a reload and deep links work offline', async ({ page, context }) => {
    await openToday(page);
    await expect(page.getByRole('heading', { name: 'Start where you are' })).toBeVisible();
    await waitForActivatedServiceWorker(page);

    await context.setOffline(true);
    await page.reload();
    await expect(page.getByRole('heading', { name: 'Start where you are' })).toBeVisible();
    await expect(page.locator('#root').getByRole('navigation', { name: 'Main' })).toBeVisible();

    // A deep link typed or opened from the home screen while offline.
    await page.goto('/experiments/say-i-dont-know');
    await expect(page.getByRole('heading', { level: 1, name: 'Say "I don\'t know"' })).toBeVisible();
    await expect(page.getByRole('blockquote')).toContainText('If I ask a basic question or admit I don');

    await page.goto('/questions');
    await expect(page.getByRole('main').getByRole('listitem')).toHaveCount(20); // two packs of 10

    await page.goto('/experiments');
    await expect(page.getByRole('main').locator('a[href^="/experiments/"]')).toHaveCount(13); // 7, 5, and your own
  });

  test('tells the person when it is ready to work offline', async ({ page }) => {
    // Not `/`: a first visit there meets the welcome, and skipping it reloads past the note.
    await page.goto('/journal');
    // The worker is registered a second after load, once the browser is idle, and then copies the
    // whole app: on a busy machine that takes longer than a usual wait.
    await expect(offlineNote(page)).toBeVisible({ timeout: 30_000 });
    await page.getByRole('button', { name: 'OK' }).click();
    await expect(page.getByText('Good Enough now works offline, too.')).toBeHidden();
  });

  test('tells the person even when the browser reports the registration only after the install', async ({ page }) => {
    // Browsers differ in whether `register()` settles before the install is reported; this one
    // settles it only once the worker is active, after every install event has passed.
    await page.addInitScript(() => {
      const register = ServiceWorkerContainer.prototype.register;
      ServiceWorkerContainer.prototype.register = function (...args) {
        return register.apply(this, args).then(
          (registration) =>
            new Promise((settle) => {
              const whenActive = () => (registration.active ? settle(registration) : setTimeout(whenActive, 50));
              whenActive();
            }),
        );
      };
    });
    await page.goto('/journal');
    await expect(offlineNote(page)).toBeVisible({ timeout: 30_000 });
  });
});
