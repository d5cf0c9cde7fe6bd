import { type CouchDoc, expect, test } from './couch-fixture';
import { pinClock } from './fixtures';
import { openToday, readStore } from './helpers';
import { waitForActivatedServiceWorker } from '../../tools/service-worker';
import { expectSynced, newDevice, syncNow, turnOnSync, writeEntry } from './sync-steps';

/**
 * Sync as people use it: two browser profiles are two devices, a real CouchDB-protocol server
 * (pouchdb-server) between them. Everything through the app's screens.
 */
const PASSPHRASE = 'our own sync passphrase';

test('written offline on one device, it reaches the other once online; the server sees none of it', async ({
  page,
  context,
  browser,
  journal,
  couch,
  moment,
}) => {
  test.setTimeout(120_000);
  await openToday(page);
  await turnOnSync(page, journal, PASSPHRASE);
  await expectSynced(page);
  await waitForActivatedServiceWorker(page);

  await context.setOffline(true);
  const marker = 'Quokka-marker kept private';
  const address = await writeEntry(page, `${marker}: sent it with the typo.`);
  await page.goto('/settings');
  await page.getByRole('button', { name: 'Sync now' }).click();
  await expect(page.getByTestId('sync-status')).toHaveText(/Waiting for a connection/);
  await context.setOffline(false);
  // Coming online starts a sync by itself.
  await expect(async () => {
    const docs = await couch.allDocs(journal.url);
    expect(docs.length).toBe(2);
  }).toPass({ timeout: 30_000 });

  const stored = JSON.stringify(await couch.allDocs(journal.url));
  const entry = (await readStore<{ id: string; day: string; createdAt: number }>(page, 'entries'))[0]!;
  for (const clue of ['Quokka', 'typo', entry.id, entry.day, String(entry.createdAt), moment.timeZone])
    expect(stored, `the server holds ${clue}`).not.toContain(clue);

  const other = await browser.newContext();
  await pinClock(other, moment);
  const phone = await newDevice(other);
  await turnOnSync(phone, journal, PASSPHRASE);
  await expectSynced(phone);
  await phone.goto(new URL(address).pathname);
  await expect(phone.getByRole('textbox', { name: 'Your words' })).toHaveValue(`${marker}: sent it with the typo.`);
  await other.close();
});

test('the same entry changed on two devices while apart: both versions on both, after sync', async ({
  page,
  browser,
  journal,
  moment,
}) => {
  test.setTimeout(120_000);
  await openToday(page);
  await turnOnSync(page, journal, PASSPHRASE);
  await expectSynced(page);
  await waitForActivatedServiceWorker(page);
  const address = await writeEntry(page, 'Morning words.');
  await syncNow(page);

  const other = await browser.newContext();
  await pinClock(other, moment);
  const laptop = await newDevice(other);
  await turnOnSync(laptop, journal, PASSPHRASE);
  await expectSynced(laptop);
  await waitForActivatedServiceWorker(laptop);

  // Apart: each changes the entry without hearing of the other.
  await page.context().setOffline(true);
  await other.setOffline(true);
  for (const [device, words] of [
    [page, 'Phone words.'],
    [laptop, 'Laptop words.'],
  ] as const) {
    await device.goto(new URL(address).pathname);
    const box = device.getByRole('textbox', { name: 'Your words' });
    await expect(box).toHaveValue('Morning words.');
    await box.fill(words);
    await expect(device.getByText('Saved on this device')).toBeVisible();
  }
  // The phone comes back first and syncs; then the laptop, which finds both changed and says so.
  await page.context().setOffline(false);
  await syncNow(page);
  await other.setOffline(false);
  await syncNow(laptop);
  await expect(
    laptop.getByText(/One entry was changed on two devices before they synced. Both versions are kept/),
  ).toBeVisible();
  await laptop
    .getByRole('region', { name: 'Sync between your devices' })
    .screenshot({ path: test.info().outputPath('laptop-sync-settings.png') });
  await syncNow(page);
  for (const device of [page, laptop]) {
    await device.goto('/journal');
    await expect(device.getByText('Phone words.')).toBeVisible();
    await expect(device.getByText('Laptop words.')).toBeVisible();
  }
  await other.close();
});

test('a wrong sync passphrase on the second device is refused in plain words, and nothing is written', async ({
  page,
  browser,
  journal,
  moment,
}) => {
  await openToday(page);
  await turnOnSync(page, journal, PASSPHRASE);
  await expectSynced(page);
  const other = await browser.newContext();
  await pinClock(other, moment);
  const laptop = await newDevice(other);
  await turnOnSync(laptop, journal, 'not the same passphrase');
  await expect(laptop.getByRole('alert')).toHaveText(/doesn't open the journal on this server. Nothing was changed/);
  expect(await readStore(laptop, 'syncConfig')).toEqual([]);
  await other.close();
});

test('a wrong password and a missing database are told plainly', async ({ page, journal }) => {
  await openToday(page);
  await turnOnSync(page, { ...journal, password: 'wrong' }, PASSPHRASE);
  await expect(page.getByRole('alert')).toHaveText(/did not accept that user name and password/);
  await turnOnSync(page, { ...journal, url: `${journal.url}-missing` }, PASSPHRASE);
  await expect(page.getByRole('alert')).toHaveText(/no database at that address/);
  await turnOnSync(page, { ...journal, url: 'http://192.0.2.1/journal' }, PASSPHRASE);
  await expect(page.getByRole('alert')).toHaveText(/does not look right/);
});

test('a server that stops mid-way is told plainly, and sync carries on when it is back', async ({
  page,
  journal,
  couch,
}) => {
  await openToday(page);
  await turnOnSync(page, journal, PASSPHRASE);
  await expectSynced(page);
  await couch.setReachable(false);
  await writeEntry(page, 'Written while the server was away.');
  await page.goto('/settings');
  await page.getByRole('button', { name: 'Sync now' }).click();
  await expect(page.getByTestId('sync-status')).toHaveText(/Can't reach your server/);
  await couch.setReachable(true);
  await page.getByRole('button', { name: 'Sync now' }).click();
  await expectSynced(page);
  const docs: CouchDoc[] = await couch.allDocs(journal.url);
  expect(docs).toHaveLength(2);
});

test('with both devices open, a save on one appears on the other by itself', async ({
  page,
  browser,
  journal,
  moment,
}) => {
  test.setTimeout(120_000);
  await openToday(page);
  await turnOnSync(page, journal, PASSPHRASE);
  await expectSynced(page);
  const other = await browser.newContext();
  await pinClock(other, moment);
  const laptop = await newDevice(other);
  await turnOnSync(laptop, journal, PASSPHRASE);
  await expectSynced(laptop);
  await laptop.goto('/journal');

  // Nobody presses Sync now: the phone sends a few seconds after the save, the laptop follows the feed.
  await writeEntry(page, 'Sent without pressing anything.');
  await expect(laptop.getByText('Sent without pressing anything.')).toBeVisible({ timeout: 45_000 });
  await other.close();
});

test('turning sync off keeps the journal; deleting the server copy is a separate, confirmed choice', async ({
  page,
  journal,
  couch,
}) => {
  await openToday(page);
  await turnOnSync(page, journal, PASSPHRASE);
  await expectSynced(page);
  await writeEntry(page, 'Stays here whatever happens.');
  await syncNow(page);
  expect(await couch.allDocs(journal.url)).toHaveLength(2);

  await page.getByRole('button', { name: 'Turn off sync' }).click();
  await expect(page.getByText('Everything stays on this device.')).toBeVisible();
  await page.getByRole('checkbox', { name: 'Also delete the copy on the server' }).check();
  await page
    .getByRole('region', { name: 'Sync between your devices' })
    .screenshot({ path: test.info().outputPath('turn-off.png') });
  await page.getByRole('button', { name: 'Turn off and delete the server copy' }).click();
  await expect(page.getByRole('form', { name: 'Sync sign-in' })).toBeVisible();
  expect(await couch.allDocs(journal.url)).toEqual([]);
  expect(await readStore(page, 'syncConfig')).toEqual([]);
  await page.goto('/journal');
  await expect(page.getByText('Stays here whatever happens.')).toBeVisible();
});

test('a server that does not let this page read its replies (CORS off) is named as such', async ({
  page,
  journal,
  couch,
}) => {
  const setCors = (on: boolean) =>
    fetch(`${couch.origin}/_config/httpd/enable_cors`, { method: 'PUT', body: JSON.stringify(String(on)) });
  await openToday(page);
  expect((await setCors(false)).ok).toBe(true);
  try {
    await turnOnSync(page, journal, PASSPHRASE);
    await expect(page.getByRole('alert')).toHaveText(/the browser blocked the reply: turn on CORS/);
  } finally {
    await setCors(true);
  }
});

test("a journal that doesn't sync never fetches sync's code", async ({ page }) => {
  const fetched: string[] = [];
  page.on('request', (request) => fetched.push(new URL(request.url()).pathname));
  await openToday(page);
  // The editor's code is fetched when the page is idle, after sync's own check has been made.
  await expect.poll(() => fetched.some((path) => /^\/assets\/entry-/.test(path))).toBe(true);
  expect(fetched.filter((path) => /sync/.test(path))).toEqual([]);
});
