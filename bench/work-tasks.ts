/**
 * The main thread while the app does its heavy work on the whole journal (issue #18): opening
 * insights, and changing the passphrase. Each function drives the app as a person would and
 * returns the time it took and every long task (Long Tasks API, over 50 ms) recorded on the
 * page meanwhile, by MARKS_SCRIPT (in-page.ts), which the page must have been opened with.
 */
import type { Page } from 'playwright';
import type { BenchWindow } from './figures.ts';

export interface WorkTasks {
  ms: number;
  longTasks: { start: number; duration: number }[];
}

const now = (page: Page) => page.evaluate(() => performance.now());

async function tasksSince(page: Page, from: number): Promise<WorkTasks['longTasks']> {
  // A long task is reported once it has ended: give the last one a frame to arrive.
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 100))));
  const tasks = await page.evaluate(() => (window as BenchWindow).__bench?.longTasks ?? []);
  return tasks.filter((task) => task.start >= from);
}

/**
 * From the journal's list, the Insights link pressed (navigation inside the app, as a person
 * does it: the route's code, reading the journal and working out every figure) until the
 * figures are on screen. With `passphrase`, the journal is unlocked first.
 */
export async function openInsights(page: Page, origin: string, passphrase?: string): Promise<WorkTasks> {
  await page.goto(`${origin}/journal`);
  const link = page.getByRole('link', { name: 'Insights', exact: true });
  if (passphrase) {
    await page.locator('#unlock-passphrase').fill(passphrase);
    await page.getByRole('button', { name: 'Unlock', exact: true }).click();
  }
  await link.waitFor();
  // Let the list's own opening work end first: it is not part of opening insights.
  await page.waitForTimeout(1_000);
  const from = await now(page);
  await link.click();
  await page.getByRole('heading', { name: 'Days you wrote' }).waitFor({ timeout: 300_000 });
  const ms = (await now(page)) - from;
  return { ms, longTasks: await tasksSince(page, from) };
}

/**
 * With the lock on: Settings, "Change passphrase", both passphrases typed, then from pressing
 * the button until the app says the passphrase is changed (every record sealed again).
 */
export async function changePassphraseTasks(page: Page, origin: string, current: string, next: string) {
  await page.goto(`${origin}/settings`);
  const change = page.getByRole('button', { name: 'Change passphrase' });
  const unlock = page.locator('#unlock-passphrase');
  await change.or(unlock).waitFor();
  if (await unlock.isVisible()) {
    await unlock.fill(current);
    await page.getByRole('button', { name: 'Unlock', exact: true }).click();
  }
  await change.click();
  await page.getByLabel('Current passphrase', { exact: true }).fill(current);
  await page.getByLabel('New passphrase', { exact: true }).fill(next);
  await page.getByLabel('The same passphrase again', { exact: true }).fill(next);
  await page.waitForTimeout(500);
  const from = await now(page);
  await page.getByRole('button', { name: 'Change passphrase', exact: true }).click();
  await page.getByText('Your passphrase is changed.').waitFor({ timeout: 600_000 });
  const ms = (await now(page)) - from;
  return { ms, longTasks: await tasksSince(page, from) } satisfies WorkTasks;
}
