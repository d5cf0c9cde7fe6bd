import { type CDPSession, expect, type Page, pinClock, test } from './fixtures';
import { TEST_ORIGIN } from '../../tools/browser.ts';
import { readStore } from './helpers';

/**
 * A full disk, as Chromium reports it: the DevTools quota override makes IndexedDB refuse
 * writes with QuotaExceededError. Chromium reads the quota when the origin's database is first
 * opened, so it is set before the app loads (set later, it is ignored); raising it takes effect
 * at once, which is "space coming back".
 */
async function setQuota(session: CDPSession, bytes: number | null) {
  await session.send('Storage.overrideQuotaForOrigin', {
    origin: TEST_ORIGIN,
    ...(bytes === null ? {} : { quotaSize: bytes }),
  });
}

async function savedEntries(page: Page): Promise<{ text: string; rev: number }[]> {
  return (await readStore<{ text: string; rev: number }>(page, 'entries')).map(({ text, rev }) => ({ text, rev }));
}

test('a full disk: a plain message, the words stay on screen, nothing is damaged, and saving resumes by itself when there is room', async ({
  browser,
  moment,
}) => {
  test.setTimeout(90_000);
  const context = await browser.newContext({ serviceWorkers: 'block' });
  await pinClock(context, moment);
  // Counts the writes IndexedDB refuses for lack of room, so the test can wait for the
  // app's own retry to be refused rather than for a length of time.
  await context.addInitScript(() => {
    const refusals = { count: 0 };
    Object.assign(window, { __quotaRefusals: refusals });
    const open = IDBDatabase.prototype.transaction;
    IDBDatabase.prototype.transaction = function (this: IDBDatabase, ...args: Parameters<typeof open>) {
      const transaction = open.apply(this, args);
      transaction.addEventListener('abort', () => {
        if (transaction.error?.name === 'QuotaExceededError') refusals.count += 1;
      });
      return transaction;
    } as typeof open;
  });
  const page = await context.newPage();
  const refusals = () =>
    page.evaluate(() => (window as unknown as { __quotaRefusals: { count: number } }).__quotaRefusals.count);
  const session = await context.newCDPSession(page);
  // An empty database takes about 72 KB on disk here; a little room beyond that for a short entry.
  await setQuota(session, 90_000);
  await page.goto('/journal/new');
  const words = page.getByRole('textbox', { name: 'Your words' });
  await expect(words).toBeFocused();
  await page.keyboard.type('A short start.');
  await expect(page.getByText('Saved on this device')).toBeVisible();
  await expect(page).toHaveURL(/\/journal\/[0-9a-f-]{36}$/);
  // Typing on a busy machine can take longer than the half second between saves, so the
  // short start may have been saved more than once: whatever revision it reached is the one
  // that must stay untouched.
  const fitted = await savedEntries(page);
  expect(fitted).toEqual([{ text: 'A short start.', rev: fitted[0]!.rev }]);

  // A long passage (about 120 KB, well past the room left) no longer fits.
  const passage = ' And then a long passage about the week.'.repeat(3_000);
  await words.press('End');
  await page.keyboard.insertText(passage);
  const problem = page.getByRole('status').filter({ hasText: 'This device is out of space' });
  await expect(problem).toBeVisible();
  await expect(words).toHaveValue(`A short start.${passage}`);

  // Still out of room: more typing, and the retry that saving makes by itself five seconds
  // later, fail kindly too, and the words are all still there.
  const refusedSoFar = await refusals();
  expect(refusedSoFar).toBeGreaterThan(0);
  await page.keyboard.type(' Still writing.');
  await expect.poll(refusals, { timeout: 15_000 }).toBeGreaterThan(refusedSoFar);
  await expect(problem).toBeVisible();
  await expect(words).toHaveValue(`A short start.${passage} Still writing.`);
  // What is on disk is the last save that fitted, whole and readable: nothing half-written.
  expect(await savedEntries(page)).toEqual(fitted);
  await page.screenshot({ path: 'test-results/storage-full.png' });

  // Room comes back (the person cleared some space): saving resumes without a tap.
  await setQuota(session, null);
  await expect(page.getByText('Saved on this device')).toBeVisible({ timeout: 15_000 });
  await expect(problem).toBeHidden();
  expect(await savedEntries(page)).toEqual([
    { text: `A short start.${passage} Still writing.`, rev: fitted[0]!.rev + 1 },
  ]);

  await page.reload();
  await expect(page.getByRole('textbox', { name: 'Your words' })).toHaveValue(
    `A short start.${passage} Still writing.`,
  );
  await context.close();
});
