import { expect, test } from './fixtures';

// Without the service worker, so the browser fetches the (intercepted) pack from the network.
test.use({ serviceWorkers: 'block' });

test('a broken pack gives a clear, kind message and the rest of the app still works', async ({ page }) => {
  await page.route('**/packs/ditching-perfect.json', (route) =>
    route.fulfill({ contentType: 'application/json', body: JSON.stringify({ format: 'good-enough-pack' }) }),
  );
  await page.goto('/experiments');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('Some guided content could not be opened');
  await expect(alert).toContainText('Your journal is safe');
  await page.getByText('Details').click();
  await expect(alert).toContainText('ditching-perfect.json');
  await page.getByRole('link', { name: 'Settings' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
});

test('a missing pack list says so instead of showing a blank page', async ({ page }) => {
  await page.route('**/packs/index.json', (route) => route.fulfill({ status: 404, body: 'Not found' }));
  await page.goto('/questions');
  await expect(page.getByRole('alert')).toContainText('Some guided content could not be opened');
  await expect(page.getByRole('heading', { level: 1, name: 'Questions' })).toBeVisible();
});
