import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './fixtures';
import type { Page } from './fixtures';
import { openToday } from './helpers';
import { waitForActivatedServiceWorker } from '../../tools/service-worker';

/** "Get help" from every screen, with the numbers for where the person is, offline. */

const LOCALES = [
  { locale: 'en-US', emergency: '911', said: '911', talk: 'call 988 Suicide & Crisis Lifeline on 988', tel: 'tel:988' },
  { locale: 'en-GB', emergency: '999', said: '999 or 112', talk: 'call Samaritans on 116 123', tel: 'tel:116123' },
  { locale: 'en-AU', emergency: '000', said: '000', talk: 'call Lifeline on 13 11 14', tel: 'tel:131114' },
] as const;

const SCREENS = [
  { path: '/', heading: /^(Good morning|Good afternoon|Good evening|Hello, night owl)$/ },
  { path: '/journal/new', heading: 'New entry' },
  { path: '/experiments/send-it-with-a-typo', heading: 'Send it with a small typo' },
  { path: '/questions/session/ditching-perfect', heading: 'Questions, one at a time' },
  { path: '/settings', heading: 'Settings' },
  { path: '/no-such-page', heading: "This page isn't here" },
] as const;

async function openHelp(page: Page) {
  await page.getByRole('banner').getByRole('button', { name: 'Get help' }).click();
  const dialog = page.getByRole('dialog', { name: 'Get help' });
  await expect(dialog).toBeVisible();
  // It opens at its top, on its title, not on a number a stray tap would dial.
  await expect(dialog.getByRole('heading', { name: 'Get help' })).toBeFocused();
  return dialog;
}

async function expectNoAxeViolations(page: Page, where: string) {
  const { violations } = await new AxeBuilder({ page }).analyze();
  expect(violations.map((violation) => `${where}: ${violation.id} ${violation.help}`)).toEqual([]);
}

for (const { locale, emergency, said, talk, tel } of LOCALES) {
  for (const colorScheme of ['light', 'dark'] as const) {
    test.describe(`${locale}, ${colorScheme}`, () => {
      test.use({ locale, colorScheme });

      test('Get help opens from every kind of screen with this region’s numbers, offline too', async ({
        page,
        context,
      }, testInfo) => {
        await openToday(page);
        await waitForActivatedServiceWorker(page);
        for (const screen of SCREENS) {
          await page.goto(screen.path);
          await expect(page.getByRole('heading', { level: 1, name: screen.heading })).toBeVisible();
          const dialog = await openHelp(page);
          await expect(dialog.getByText('If you are in danger now, call')).toHaveText(
            `If you are in danger now, call ${said}.`,
          );
          await expect(dialog.getByText('If you want to talk to someone now')).toContainText(talk);
          await expect(dialog.getByRole('link', { name: emergency, exact: true }).first()).toHaveAttribute(
            'href',
            `tel:${emergency}`,
          );
          await expect(dialog.locator(`a[href="${tel}"]`).first()).toBeVisible();
          if (screen.path === '/') {
            await expectNoAxeViolations(page, `help on ${screen.path}`);
            await page.screenshot({ path: testInfo.outputPath(`help-${locale}-${colorScheme}.png`) });
          }
          await page.keyboard.press('Escape');
          await expect(dialog).toBeHidden();
        }

        // Offline, from the service worker: the numbers are in the app, not fetched.
        await context.setOffline(true);
        await page.reload();
        await expect(page.getByRole('heading', { level: 1, name: "This page isn't here" })).toBeVisible();
        const dialog = await openHelp(page);
        await expect(dialog.getByText('If you are in danger now, call')).toHaveText(
          `If you are in danger now, call ${said}.`,
        );
        await context.setOffline(false);
      });
    });
  }
}

test.describe('somewhere without numbers of its own', () => {
  test.use({ locale: 'de-DE' });

  test('shows 112, the directory link, and lets the person choose their region', async ({ page }) => {
    await openToday(page);
    const dialog = await openHelp(page);
    await expect(dialog.getByText('If you are in danger now, call')).toHaveText('If you are in danger now, call 112.');
    await expect(dialog.getByRole('link', { name: 'find a helpline where you are' })).toHaveAttribute(
      'href',
      'https://findahelpline.com',
    );
    await dialog.getByLabel('Numbers for').selectOption({ label: 'New Zealand' });
    await expect(dialog.getByText('If you are in danger now, call')).toHaveText('If you are in danger now, call 111.');
    await expect(dialog.locator('a[href="tel:1737"]').first()).toBeVisible();

    // The choice is kept on the device: after a reload the help path opens on it again.
    await page.reload();
    const again = await openHelp(page);
    await expect(again.getByLabel('Numbers for')).toHaveValue('nz');
    await expect(again.getByText('If you are in danger now, call')).toHaveText('If you are in danger now, call 111.');
  });
});

test('Get help is on the unlock screen', async ({ page }, testInfo) => {
  test.setTimeout(90_000);
  await page.goto('/settings');
  await page.getByRole('button', { name: 'Set a passphrase' }).click();
  await page.getByLabel('New passphrase', { exact: true }).fill('kettle gravel orbit lantern');
  await page.getByLabel('The same passphrase again', { exact: true }).fill('kettle gravel orbit lantern');
  await page.getByRole('button', { name: 'Lock my journal with this passphrase' }).click();
  await expect(page.getByText('Your journal is now locked with your passphrase.')).toBeVisible({ timeout: 30_000 });
  await page.reload();
  await expect(page.getByText('Your journal is locked.')).toBeVisible();
  await page.getByRole('button', { name: 'Get help' }).click();
  const dialog = page.getByRole('dialog', { name: 'Get help' });
  await expect(dialog.getByText('If you are in danger now, call')).toBeVisible();
  await expectNoAxeViolations(page, 'help on the unlock screen');
  await page.screenshot({ path: testInfo.outputPath('help-unlock.png') });
});

test.describe('with no IndexedDB at all', () => {
  test.use({ locale: 'en-GB' });

  test('Get help is on the no-storage screen', async ({ page }) => {
    await page.addInitScript(() =>
      Object.defineProperty(window, 'indexedDB', { value: undefined, configurable: true }),
    );
    await page.goto('/');
    await expect(page.getByRole('alert')).toContainText("This browser isn't letting Good Enough keep anything");
    const dialog = await openHelp(page);
    await expect(dialog.getByText('If you are in danger now, call')).toHaveText(
      'If you are in danger now, call 999 or 112.',
    );
  });
});

test('picking the lowest mood offers help in the page, once, never as a pop-up', async ({ page }, testInfo) => {
  await openToday(page);
  await page.goto('/journal/new');
  await page.getByRole('textbox', { name: 'Your words' }).fill('A heavy day.');
  await page.getByText('Very low', { exact: true }).click();
  const note = page.getByRole('note', { name: 'Help is here' });
  await expect(note).toContainText('That sounds like a hard day.');
  await expect(page.getByRole('dialog')).toBeHidden();
  await expectNoAxeViolations(page, 'low-mood note');
  await note.scrollIntoViewIfNeeded();
  await page.screenshot({ path: testInfo.outputPath('low-mood-note.png') });
  await note.getByRole('button', { name: 'Get help' }).click();
  await expect(page.getByRole('dialog', { name: 'Get help' })).toBeVisible();
  await page.keyboard.press('Escape');

  // Later in the same visit (no reload), another new entry: the lowest mood is just a mood.
  await page.locator('#root').getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Journal' }).click();
  await page.getByRole('link', { name: 'Write' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'New entry' })).toBeVisible();
  await page.getByText('Very low', { exact: true }).click();
  await expect(page.getByRole('radio', { name: 'Very low' })).toBeChecked();
  await expect(note).toBeHidden();
});
