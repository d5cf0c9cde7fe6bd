import { expect, type Page, test } from './fixtures';
import { openToday } from './helpers';

/**
 * Someone who uses only a keyboard: Tab and Shift+Tab to move, Enter and Space to act, keys to
 * type. No clicks and no `fill` below. Each control reached must show where focus is.
 */

/** What the focused element is called, as a screen reader would say it (near enough). */
const focusedName = (page: Page) =>
  page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null;
    if (!element) return '';
    const labelledBy = element.getAttribute('aria-labelledby');
    const label =
      element.getAttribute('aria-label') ??
      (labelledBy ? document.getElementById(labelledBy)?.textContent : null) ??
      (element.id ? document.querySelector(`label[for="${element.id}"]`)?.textContent : null) ??
      element.closest('label')?.textContent ??
      element.textContent;
    return (label ?? '').replace(/\s+/g, ' ').trim();
  });

/** True when the focused element draws a visible focus ring. */
const focusIsVisible = (page: Page) =>
  page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null;
    if (!element || element === document.body) return false;
    const style = getComputedStyle(element);
    const ring = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
    return ring || style.boxShadow !== 'none';
  });

/** Presses Tab until the control named `name` has focus, and checks it shows. */
async function tabTo(page: Page, name: RegExp) {
  for (let presses = 0; presses < 60; presses += 1) {
    await page.keyboard.press('Tab');
    if (name.test(await focusedName(page))) {
      expect(await focusIsVisible(page), `focus ring on ${name}`).toBe(true);
      return;
    }
  }
  throw new Error(`Tab never reached ${name}`);
}

test('keyboard only: write, answer a question, run an experiment, search, and back up, with focus always visible', async ({
  page,
}) => {
  test.setTimeout(120_000);
  // The welcome has its own keyboard test (first-run.spec.ts); this starts on Today.
  await openToday(page);

  // Write an entry.
  await tabTo(page, /^Write$/);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('textbox', { name: 'Your words' })).toBeFocused();
  await page.keyboard.type('Wrote this with the keyboard alone.');
  await expect(page.getByText('Saved on this device')).toBeVisible();

  // Answer a question.
  await tabTo(page, /^Questions$/);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Questions' })).toBeFocused();
  await tabTo(page, /^Answer them one at a time$/);
  await page.keyboard.press('Enter');
  await tabTo(page, /^Your answer/);
  await page.keyboard.type('Relief, mostly.');
  await expect(page.getByText('Saved on this device')).toBeVisible();

  // Run an experiment: a rating with the arrow keys, a prediction typed in.
  await tabTo(page, /^Experiments$/);
  await page.keyboard.press('Enter');
  // Each new screen is waited for, as a person would: a Tab pressed while the screen is still
  // loading moves through the old one (and on a slow machine CI once typed into nothing).
  await expect(page.getByRole('heading', { level: 1, name: 'Experiments' })).toBeFocused();
  await tabTo(page, /Send it with a small typo/);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Send it with a small typo' })).toBeVisible();
  await tabTo(page, /^Try this experiment$/);
  await page.keyboard.press('Enter');
  await tabTo(page, /^What do you predict will happen\?$/);
  await page.keyboard.type('Someone will point it out.');
  await expect(page.getByText('Saved on this device')).toBeVisible();

  // Search for the entry.
  await tabTo(page, /^Journal$/);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Journal' })).toBeFocused();
  await tabTo(page, /^Search$/);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Search' })).toBeFocused();
  await tabTo(page, /^Search your journal$/);
  await page.keyboard.type('keyboard');
  await expect(page.getByRole('main').getByText(/Wrote this with the keyboard alone/)).toBeVisible();

  // Back up.
  await tabTo(page, /^Settings$/);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeFocused();
  await tabTo(page, /^Make a backup$/);
  const download = page.waitForEvent('download');
  await page.keyboard.press('Enter');
  expect((await download).suggestedFilename()).toMatch(/\.json$/);
});

/** The transition a probe element ends up with when it asks for a slow fade. */
const probeTransition = (page: Page) =>
  page.evaluate(() => {
    const probe = document.createElement('div');
    probe.style.transition = 'opacity 300ms ease';
    document.body.append(probe);
    const seconds = parseFloat(getComputedStyle(probe).transitionDuration);
    probe.remove();
    return seconds;
  });

test('with reduced motion asked for, any motion on screen is cut to nothing', async ({ page }) => {
  // The app has no motion of its own today; this holds the guard that any future motion meets.
  await page.goto('/');
  expect(await probeTransition(page)).toBeCloseTo(0.3);
  await page.emulateMedia({ reducedMotion: 'reduce' });
  expect(await probeTransition(page)).toBeLessThan(0.001);
});

test('Today loads without anything on it jumping about (cumulative layout shift)', async ({ page }) => {
  await page.addInitScript(() => {
    (window as unknown as { __shift: number }).__shift = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
        if (!entry.hadRecentInput) (window as unknown as { __shift: number }).__shift += entry.value;
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
  await openToday(page);
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Start where you are' })).toBeVisible();
  await page.waitForTimeout(1_000);
  const shift = await page.evaluate(() => (window as unknown as { __shift: number }).__shift);
  // Lighthouse calls under 0.1 good; a calm app should barely move at all.
  expect(shift).toBeLessThan(0.02);
});
