import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, test } from './fixtures';
import { openToday, SCREENS } from './helpers';

const background = (page: Page) => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
const LIGHT_BG = 'rgb(247, 243, 236)';
const DARK_BG = 'rgb(27, 26, 24)';

test('a chosen theme overrides the device, holds from the very first paint after a reload, and can go back to the device', async ({
  page,
}) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('/settings');
  expect(await background(page)).toBe(LIGHT_BG);
  await page.getByRole('radio', { name: 'Dark' }).check();
  expect(await background(page)).toBe(DARK_BG);
  const { violations } = await new AxeBuilder({ page }).analyze();
  expect(violations.map((violation) => `${violation.id} ${violation.help}`)).toEqual([]);

  // The app's scripts held back: the static shell alone already paints dark (no light flash).
  // Without the service worker, which would serve them from its precache past the route.
  await page.evaluate(async () => {
    for (const registration of await navigator.serviceWorker.getRegistrations()) await registration.unregister();
  });
  await page.route('**/assets/*.js', (route) => route.abort());
  await page.goto('/');
  await expect(page.locator('#first-frame .tabbar')).toBeVisible();
  await expect(page.locator('#root')).toBeEmpty();
  expect(await background(page)).toBe(DARK_BG);
  await page.unroute('**/assets/*.js');

  await page.goto('/settings');
  await expect(page.getByRole('radio', { name: 'Dark' })).toBeChecked();
  await page.getByRole('radio', { name: 'Match this device' }).check();
  expect(await background(page)).toBe(LIGHT_BG);
  await page.emulateMedia({ colorScheme: 'dark' });
  expect(await background(page)).toBe(DARK_BG);
});

/** True when the page is wider than the window: the person would have to scroll sideways. */
const scrollsSideways = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth + 1);

async function noScreenScrollsSideways(page: Page, where: string) {
  for (const screen of SCREENS) {
    await page.goto(screen.path);
    await expect(page.getByRole('heading', { level: 1, name: screen.heading })).toBeVisible();
    expect(await scrollsSideways(page), `${screen.path}, ${where}`).toBe(false);
  }
}

test('the largest text fits every screen of a 390 px phone without scrolling sideways', async ({ page }) => {
  test.setTimeout(90_000);
  await openToday(page);
  await page.goto('/settings');
  await page.getByRole('radio', { name: 'Largest' }).check();
  expect(await page.evaluate(() => getComputedStyle(document.documentElement).fontSize)).toBe('24px');
  await noScreenScrollsSideways(page, 'largest text at 390 px');
  await page.goto('/journal/new');
  await expect(page.getByRole('textbox', { name: 'Your words' })).toBeFocused();
  await page.keyboard.type('Large words still fit.');
  await page.screenshot({ path: 'test-results/largest-text-entry.png' });
  await page.goto('/');
  await page.screenshot({ path: 'test-results/largest-text-today.png' });
});

test('200% zoom on a 390 px phone (195 CSS pixels) fits every screen without scrolling sideways', async ({ page }) => {
  test.setTimeout(90_000);
  await openToday(page);
  await page.setViewportSize({ width: 195, height: 422 });
  await noScreenScrollsSideways(page, '200% zoom');
  await page.goto('/');
  await page.screenshot({ path: 'test-results/zoom-200-today.png', fullPage: true });
  await page.goto('/journal/calendar');
  await page.screenshot({ path: 'test-results/zoom-200-calendar.png', fullPage: true });
});

test('the tab names show wherever they fit and never spill into each other', async ({ page }) => {
  await openToday(page);
  const sizes = [
    { name: 'Standard', namesShownAt390: true },
    { name: 'Large', namesShownAt390: true },
    { name: 'Larger', namesShownAt390: true },
    { name: 'Largest', namesShownAt390: false }, // then icons alone; the names stay for screen readers
  ];
  for (const size of sizes) {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto('/settings');
    await page.getByRole('radio', { name: size.name, exact: true }).check();
    for (const width of [320, 360, 390, 430]) {
      await page.setViewportSize({ width, height: 844 });
      const tabs = await page
        .getByRole('navigation', { name: 'Main' })
        .getByRole('link')
        .evaluateAll((links) =>
          links.map((link) => {
            const name = link.querySelector('span') as HTMLElement;
            return {
              shown: name.getBoundingClientRect().width > 1,
              fits: name.getBoundingClientRect().width <= link.getBoundingClientRect().width,
            };
          }),
        );
      const where = `${size.name} text at ${width} px`;
      expect(tabs, where).toHaveLength(5);
      for (const tab of tabs) expect(tab.fits, where).toBe(true);
      if (width === 390)
        expect(
          tabs.every((tab) => tab.shown),
          where,
        ).toBe(size.namesShownAt390);
    }
  }
});
