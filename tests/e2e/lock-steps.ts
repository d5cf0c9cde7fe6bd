import { expect, type Page } from './fixtures';

/** What a person does to use the privacy lock, shared by the lock tests. */

export const PASSPHRASE = 'kettle gravel orbit lantern';
export const NEW_PASSPHRASE = 'quiet harbour seven maples';

export async function turnOnLockIn(page: Page, passphrase = PASSPHRASE): Promise<void> {
  await page.getByRole('button', { name: 'Set a passphrase' }).click();
  await page.getByLabel('New passphrase', { exact: true }).fill(passphrase);
  await page.getByLabel('The same passphrase again', { exact: true }).fill(passphrase);
  await page.getByRole('button', { name: 'Lock my journal with this passphrase' }).click();
  await expect(page.getByText('Your journal is now locked with your passphrase.')).toBeVisible({ timeout: 30_000 });
}

export async function changePassphraseIn(page: Page, from = PASSPHRASE, to = NEW_PASSPHRASE): Promise<void> {
  await page.getByRole('button', { name: 'Change passphrase' }).click();
  await page.getByLabel('Current passphrase', { exact: true }).fill(from);
  await page.getByLabel('New passphrase', { exact: true }).fill(to);
  await page.getByLabel('The same passphrase again', { exact: true }).fill(to);
  await page.getByRole('button', { name: 'Change passphrase' }).click();
  await expect(page.getByText('Your passphrase is changed.')).toBeVisible({ timeout: 30_000 });
}

export async function unlockWith(page: Page, passphrase = PASSPHRASE): Promise<void> {
  await page.getByLabel('Passphrase', { exact: true }).fill(passphrase);
  await page.getByRole('button', { name: 'Unlock' }).click();
}

/** Opens `path`; a page loaded with a passphrase set starts locked: unlock when asked. */
export async function visit(page: Page, path: string, passphrase = PASSPHRASE): Promise<void> {
  await page.goto(path);
  const locked = page.getByText('Your journal is locked.');
  const main = page.locator('#root').getByRole('navigation', { name: 'Main' });
  await expect(locked.or(main)).toBeVisible();
  if (await locked.isVisible()) await unlockWith(page, passphrase);
  await expect(main).toBeVisible({ timeout: 15_000 });
}

/** Writes a new entry and waits until it is saved at its own address. */
export async function writeEntry(page: Page, text: string): Promise<void> {
  await visit(page, '/journal/new');
  await expect(page.getByRole('textbox', { name: 'Your words' })).toBeFocused();
  await page.keyboard.type(text);
  await expect(page.getByText('Saved on this device')).toBeVisible();
  await expect(page).toHaveURL(/\/journal\/[0-9a-f-]{36}$/);
}
