import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type BrowserContext, expect, launchProfile, type Page, test } from './fixtures';
import { TEST_ORIGIN } from '../../tools/browser.ts';
import { readStore, openToday } from './helpers';
import { waitForActivatedServiceWorker } from '../../tools/service-worker';

/**
 * Offline from the very first launch after install. One visit online
 * installs the service worker; the browser is closed; the app is then launched from its
 * start URL with no network at all (offline, and every request that reaches the network
 * layer aborted and noted), written in, reloaded, and left open past midnight.
 */

const MANIFEST = JSON.parse(
  readFileSync(fileURLToPath(new URL('../../dist/manifest.webmanifest', import.meta.url)), 'utf8'),
) as { start_url: string; scope: string };

// London is on GMT in early March, so these instants are also the local wall-clock times.
const BEFORE_MIDNIGHT = new Date('2026-03-10T23:40:00Z');
const OLD_DAY = { iso: '2026-03-10', today: 'Tuesday 10 March', heading: 'Tuesday 10 March 2026' };
const NEW_DAY = { iso: '2026-03-11', today: 'Wednesday 11 March', heading: 'Wednesday 11 March 2026' };
const FIRST = 'Written before midnight, no signal in the cabin.';
const SECOND = 'Written after midnight, still no signal.';

/** Each launch starts at 23:40 in London, a little before midnight. */
function launch(profile: string): Promise<BrowserContext> {
  const cabin = { label: 'the cabin', now: BEFORE_MIDNIGHT.toISOString(), timeZone: 'Europe/London' };
  return launchProfile(profile, cabin, { serviceWorkers: 'allow' });
}

/** Every entry's text, day and time zone, read straight from IndexedDB. */
async function storedEntries(page: Page): Promise<{ text: string; day: string; timeZone: string }[]> {
  const all = await readStore<{ text: string; day: string; timeZone: string; createdAt: number }>(page, 'entries');
  return all.sort((a, b) => a.createdAt - b.createdAt).map(({ text, day, timeZone }) => ({ text, day, timeZone }));
}

/** The history as a person reads it: day headings and entry texts, top to bottom. */
async function historyLines(page: Page): Promise<string[]> {
  await page.locator('#root').getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Journal' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Journal' })).toBeVisible();
  await expect(page.locator('.timeline__row').first()).toBeVisible();
  return page
    .locator('.timeline__row')
    .evaluateAll((rows) =>
      rows.map((row) => row.querySelector('.timeline__day, .card__text')?.textContent?.trim() ?? ''),
    );
}

async function writeEntry(page: Page, text: string) {
  await page.locator('#root').getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Today' }).click();
  await page.getByRole('main').getByRole('link', { name: 'Write' }).click();
  await expect(page.getByRole('textbox', { name: 'Your words' })).toBeFocused();
  await page.keyboard.type(text);
  await expect(page.getByRole('status').filter({ hasText: 'Saved on this device' })).toBeVisible();
  await expect(page).toHaveURL(/\/journal\/[0-9a-f-]{36}$/);
}

async function expectBothDaysInHistoryAndCalendar(page: Page) {
  expect(await historyLines(page)).toEqual([NEW_DAY.heading, SECOND, OLD_DAY.heading, FIRST]);
  await page.getByRole('link', { name: 'Calendar' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Calendar' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'March 2026', exact: true })).toBeVisible();
  await expect(page.getByText('You wrote on 2 days this month.')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Tuesday 10 March, has writing' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Wednesday 11 March, has writing' })).toBeVisible();
  await page.getByRole('link', { name: 'Tuesday 10 March, has writing' }).click();
  await expect(page.getByRole('heading', { level: 1, name: OLD_DAY.heading })).toBeVisible();
  await expect(page.getByRole('main').getByText(FIRST)).toBeVisible();
  await expect(page.getByRole('main').getByText(SECOND)).toHaveCount(0);
}

test('installed, then launched for the first time with no network: it opens, saves, reloads and rolls over to a new day', async () => {
  test.setTimeout(120_000);
  expect(MANIFEST.start_url).toBe('/');
  const startUrl = new URL(MANIFEST.start_url, TEST_ORIGIN).href;
  const profile = mkdtempSync(join(tmpdir(), 'good-enough-first-launch-'));
  const opened: BrowserContext[] = [];
  try {
    // The one visit online: the service worker installs and precaches the app.
    const online = await launch(profile);
    opened.push(online);
    const visit = online.pages()[0] ?? (await online.newPage());
    await openToday(visit, TEST_ORIGIN);
    await expect(visit.getByRole('heading', { name: 'Start where you are' })).toBeVisible();
    await waitForActivatedServiceWorker(visit);
    const manifestHref = await visit.locator('link[rel="manifest"]').getAttribute('href');
    const served = (await (await visit.request.get(new URL(manifestHref ?? '', TEST_ORIGIN).href)).json()) as {
      start_url: string;
    };
    expect(served.start_url).toBe(MANIFEST.start_url);
    const cdp = await online.newCDPSession(visit);
    expect((await cdp.send('Page.getInstallabilityErrors')).installabilityErrors).toEqual([]);
    await online.close();

    // First launch from the home screen, with no network at all.
    const context = await launch(profile);
    opened.push(context);
    await context.setOffline(true);
    const reachedNetwork: string[] = [];
    await context.route('**/*', (route) => {
      reachedNetwork.push(route.request().url());
      return route.abort('internetdisconnected');
    });
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto(startUrl);
    await expect(page.getByRole('heading', { level: 1, name: 'Hello, night owl' })).toBeVisible();
    await expect(page.getByText(OLD_DAY.today, { exact: true })).toBeVisible();

    // Every part of the app opens: the journal, a question, an experiment.
    const nav = page.locator('#root').getByRole('navigation', { name: 'Main' });
    await nav.getByRole('link', { name: 'Journal' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Journal' })).toBeVisible();
    await expect(page.getByText('Nothing here yet')).toBeVisible();
    await nav.getByRole('link', { name: 'Today' }).click();
    const question = page.getByRole('link', { name: /A question to sit with/ });
    const questionText = (await question.locator('.card__title').textContent()) ?? '';
    await question.click();
    await expect(page.getByRole('heading', { level: 1, name: questionText })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Your answers' })).toBeVisible();
    await nav.getByRole('link', { name: 'Experiments' }).click();
    // Both packs' experiments (7 and 5), and designing your own.
    await expect(page.getByRole('main').locator('a[href^="/experiments/"]')).toHaveCount(13);
    const experiment = page.getByRole('main').locator('a[href^="/experiments/"]').first();
    const experimentTitle = (await experiment.locator('.card__title').textContent()) ?? '';
    await experiment.click();
    await expect(page.getByRole('heading', { level: 1, name: experimentTitle })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'The belief it tests' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Try this experiment' })).toBeVisible();

    // An entry written offline is saved, and is still there after a reload.
    await writeEntry(page, FIRST);
    await page.reload();
    await expect(page.getByRole('textbox', { name: 'Your words' })).toHaveValue(FIRST);
    expect(await storedEntries(page)).toEqual([{ text: FIRST, day: OLD_DAY.iso, timeZone: 'Europe/London' }]);

    // The app is left open on Today while midnight passes.
    await nav.getByRole('link', { name: 'Today' }).click();
    await expect(page.getByText(OLD_DAY.today, { exact: true })).toBeVisible();
    const oldQuestion = await page.getByRole('link', { name: /A question to sit with/ }).textContent();
    await context.clock.fastForward('30:00');
    await expect(page.getByText(NEW_DAY.today, { exact: true })).toBeVisible();
    await expect(page.getByText(OLD_DAY.today, { exact: true })).toHaveCount(0);
    // "Start where you are" offers a new day's question.
    await expect(page.getByRole('link', { name: /A question to sit with/ })).not.toHaveText(oldQuestion ?? '');
    await page.screenshot({ path: 'test-results/today-after-midnight.png' });

    // A new entry after midnight lands on the new day; the first stays on the old one.
    await writeEntry(page, SECOND);
    expect(await storedEntries(page)).toEqual([
      { text: FIRST, day: OLD_DAY.iso, timeZone: 'Europe/London' },
      { text: SECOND, day: NEW_DAY.iso, timeZone: 'Europe/London' },
    ]);
    await expectBothDaysInHistoryAndCalendar(page);

    // Another reload, still offline, still after midnight.
    await page.reload();
    await expect(page.getByRole('heading', { level: 1, name: OLD_DAY.heading })).toBeVisible();
    await page.goto(startUrl);
    await expect(page.getByText(NEW_DAY.today, { exact: true })).toBeVisible();
    await expectBothDaysInHistoryAndCalendar(page);

    // Nothing needed the network. The net is real: a request for something that is not
    // precached does reach it, and is turned away.
    const probe = new URL('/not-precached.txt', TEST_ORIGIN).href;
    expect(
      await page.evaluate(
        (url) =>
          fetch(url).then(
            () => 'answered',
            () => 'failed',
          ),
        probe,
      ),
    ).toBe('failed');
    expect(reachedNetwork).toEqual([probe]);
  } finally {
    for (const context of opened) await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
});
