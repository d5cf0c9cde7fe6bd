import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, launchProfile, type Page, test } from './fixtures';
import { TEST_ORIGIN } from '../../tools/browser.ts';
import { openToday } from './helpers';
import { waitForActivatedServiceWorker } from '../../tools/service-worker';

test('Chromium finds the app installable (no installability errors in a real profile)', async ({ moment }) => {
  // An ordinary context is incognito, where Chromium always answers "in-incognito".
  const profile = mkdtempSync(join(tmpdir(), 'good-enough-profile-'));
  const context = await launchProfile(profile, moment);
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto(TEST_ORIGIN);
    await waitForActivatedServiceWorker(page);
    const cdp = await context.newCDPSession(page);
    const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
    expect(installabilityErrors).toEqual([]);
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
});

test('the manifest is complete, and every icon it names is served', async ({ page, request }) => {
  await page.goto('/');
  const href = await page.locator('link[rel="manifest"]').getAttribute('href');
  const manifest = await (await request.get(href ?? '')).json();
  expect(manifest).toMatchObject({
    id: '/',
    name: 'Good Enough',
    short_name: 'Good Enough',
    start_url: '/',
    scope: '/',
    display: 'standalone',
    theme_color: expect.stringMatching(/^#/),
    background_color: expect.stringMatching(/^#/),
    description: expect.stringContaining('private'),
  });
  const sizes = manifest.icons.map(
    (icon: { sizes: string; purpose?: string }) => `${icon.sizes} ${icon.purpose ?? 'any'}`,
  );
  expect(sizes).toEqual(expect.arrayContaining(['192x192 any', '512x512 any', '512x512 maskable']));
  for (const icon of manifest.icons) {
    const response = await request.get(`/${icon.src}`);
    expect(response.headers()['content-type']).toBe('image/png');
  }
  const appleIcon = await page.locator('link[rel="apple-touch-icon"]').getAttribute('href');
  expect((await request.get(appleIcon ?? '')).status()).toBe(200);
  await expect(page.locator('meta[name="apple-mobile-web-app-title"]')).toHaveAttribute('content', 'Good Enough');
  await expect(page.locator('meta[name="apple-mobile-web-app-capable"]')).toHaveAttribute('content', 'yes');
});

const IPHONE_SAFARI =
  'Mozilla/5.0 (iPhone; CPU iPhone OS 18_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.5 Mobile/15E148 Safari/604.1';
const installHeading = (page: Page) => page.getByRole('heading', { name: 'Keep it on your phone' });

test.describe('the install offer in Settings', () => {
  test('Chromium: a button appears once beforeinstallprompt fires, prompts, then goes away', async ({ page }) => {
    await page.goto('/settings');
    await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
    await expect(installHeading(page)).toBeHidden();
    await page.evaluate(() => {
      const event = Object.assign(new Event('beforeinstallprompt', { cancelable: true }), {
        prompt: async () => {
          (window as unknown as { prompted: number }).prompted = 1;
          return { outcome: 'accepted' };
        },
      });
      window.dispatchEvent(event);
    });
    const button = page.getByRole('button', { name: 'Install Good Enough' });
    await expect(button).toBeVisible();
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      await installHeading(page).scrollIntoViewIfNeeded();
      await page.screenshot({ path: `test-results/install-chromium-${colorScheme}.png` });
    }
    await button.click();
    expect(await page.evaluate(() => (window as unknown as { prompted?: number }).prompted)).toBe(1);
    await expect(button).toBeHidden();
  });

  test.describe('on an iPhone, in Safari', () => {
    test.use({ userAgent: IPHONE_SAFARI, isMobile: true, hasTouch: true });

    test('the Share, then Add to Home Screen steps, with the reason', async ({ page }) => {
      await page.goto('/settings');
      await expect(installHeading(page)).toBeVisible();
      await expect(page.getByText(/haven't opened it for 7 days/)).toBeVisible();
      await expect(page.getByRole('listitem').filter({ hasText: 'Add to Home Screen' })).toBeVisible();
      for (const colorScheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme });
        await installHeading(page).scrollIntoViewIfNeeded();
        await page.screenshot({ path: `test-results/install-ios-${colorScheme}.png` });
        const { violations } = await new AxeBuilder({ page })
          .include('section[aria-labelledby="install-heading"]')
          .analyze();
        expect(violations.map((violation) => violation.id)).toEqual([]);
      }
    });

    test('nothing once opened from the Home Screen (display-mode standalone)', async ({ page }) => {
      // Chromium's CDP can't emulate display-mode, so the page's own media query answers as
      // an installed app's would.
      await page.addInitScript(() => {
        const real = window.matchMedia.bind(window);
        window.matchMedia = (query: string) =>
          query === '(display-mode: standalone)'
            ? ({ ...real(query), matches: true, media: query } as MediaQueryList)
            : real(query);
      });
      await page.goto('/settings');
      expect(await page.evaluate(() => matchMedia('(display-mode: standalone)').matches)).toBe(true);
      await expect(page.getByRole('heading', { name: 'Passphrase lock' })).toBeVisible();
      await expect(installHeading(page)).toBeHidden();
      await openToday(page);
      await expect(installHeading(page)).toBeHidden();
    });
  });
});
