import type { BrowserContext, Page } from './couch-fixture';
import { expect } from './couch-fixture';
import type { Journal } from './couch-fixture';

/** What a person does in Settings > Sync, on one device. */
export async function turnOnSync(page: Page, journal: Journal, passphrase: string): Promise<void> {
  await page.goto('/settings');
  const form = page.getByRole('form', { name: 'Sync sign-in' });
  await form.getByLabel("Your database's address").fill(journal.url);
  await form.getByLabel('User name').fill(journal.user);
  await form.getByLabel('Password', { exact: true }).fill(journal.password);
  await form.getByLabel('Sync passphrase', { exact: true }).fill(passphrase);
  await form.getByRole('button', { name: 'Turn on sync' }).click();
}

export function syncStatus(page: Page) {
  return page.getByTestId('sync-status');
}

/** Waits until the status line says it synced (just now). */
export async function expectSynced(page: Page): Promise<void> {
  await expect(syncStatus(page)).toHaveText(/Synced just now/, { timeout: 30_000 });
}

/**
 * Presses Sync now and waits until that sync has finished: the status line's moment of the
 * last sync (its `time` element) moves on, since "Synced just now" was already said before.
 */
export async function syncNow(page: Page): Promise<void> {
  if (!page.url().endsWith('/settings')) await page.goto('/settings');
  await expectSynced(page);
  const when = syncStatus(page).locator('time');
  const before = await when.getAttribute('datetime');
  await page.getByRole('button', { name: 'Sync now' }).click();
  await expect(when).not.toHaveAttribute('datetime', before!, { timeout: 30_000 });
  await expectSynced(page);
}

/** Writes a new free entry through Write and waits until it is saved. */
export async function writeEntry(page: Page, text: string): Promise<string> {
  await page.goto('/journal/new');
  const words = page.getByRole('textbox', { name: 'Your words' });
  await expect(words).toBeFocused();
  await words.fill(text);
  await expect(page.getByText('Saved on this device')).toBeVisible();
  await expect(page).toHaveURL(/\/journal\/[0-9a-f-]{36}$/);
  return page.url();
}

/** A second device: a context of its own (its own IndexedDB), past the welcome. */
export async function newDevice(context: BrowserContext): Promise<Page> {
  const page = await context.newPage();
  await page.goto('/');
  // Waits for the app itself (the welcome's Skip, or Today drawn by the app rather than the
  // static first frame): the page's load comes before the app's code has even started.
  const skip = page.getByRole('button', { name: 'Skip' });
  const today = page.locator('#root').getByRole('heading', { level: 1 });
  await expect(skip.or(today).first()).toBeVisible();
  if (await skip.isVisible()) await skip.click();
  return page;
}
