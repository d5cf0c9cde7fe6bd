/**
 * Unlock speed at 10,000 entries, in Debian's Chromium against the production build (run
 * `npm run build` first): the unlocked cold start to a usable Today, and with the lock on,
 * the time from pressing Unlock to a usable Today. Prints medians of 5 runs with min and max.
 * `npx tsx bench/unlock.ts [entries]`. A first piece of the benchmark (issue #7).
 */
import type { Server } from 'node:http';
import { chromium, type Page } from 'playwright';
import { preview } from 'vite';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../scripts/browser.ts';
import { seedEntries } from '../tests/e2e/seed.ts';

const PORT = 4195;
const ORIGIN = `http://127.0.0.1:${PORT}`;
const ENTRIES = Number(process.argv[2] ?? 10_000);
const RUNS = 5;
const PASSPHRASE = 'kettle gravel orbit lantern';

const summary = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return { median: sorted[Math.floor(sorted.length / 2)]!, min: sorted[0]!, max: sorted[sorted.length - 1]! };
};
const show = (label: string, values: number[]) => {
  const { median, min, max } = summary(values);
  console.log(
    `${label.padEnd(48)} median ${median.toFixed(0).padStart(5)} ms  (min ${min.toFixed(0)}, max ${max.toFixed(0)})`,
  );
  return median;
};

/** Milliseconds from navigation start until Today's Write link is on screen. */
async function coldStart(page: Page): Promise<number> {
  await page.goto(`${ORIGIN}/no-such-page`);
  await page.goto(ORIGIN);
  await page.getByRole('link', { name: 'Write' }).waitFor();
  return page.evaluate(() => performance.now());
}

const server = await preview({ preview: { host: '127.0.0.1', port: PORT, strictPort: true } });
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
try {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  await page.goto(ORIGIN);
  await page.evaluate(async () => {
    const registration = await navigator.serviceWorker.ready;
    const worker = registration.active;
    if (worker && worker.state !== 'activated') {
      await new Promise((done) =>
        worker.addEventListener('statechange', () => worker.state === 'activated' && done(0)),
      );
    }
  });
  await seedEntries(page, ENTRIES);
  console.log(`${ENTRIES.toLocaleString()} entries, Chromium, 390x844, production build`);

  const unlocked: number[] = [];
  for (let run = 0; run < RUNS; run += 1) unlocked.push(await coldStart(page));
  const start = show('cold start, no lock, to a usable Today', unlocked);

  await page.goto(`${ORIGIN}/settings`);
  await page.getByRole('button', { name: 'Set a passphrase' }).click();
  await page.getByLabel('New passphrase', { exact: true }).fill(PASSPHRASE);
  await page.getByLabel('The same passphrase again', { exact: true }).fill(PASSPHRASE);
  const sealingFrom = Date.now();
  await page.getByRole('button', { name: 'Lock my journal with this passphrase' }).click();
  await page.getByText('Your journal is now locked with your passphrase.').waitFor({ timeout: 300_000 });
  console.log(`${'turning the lock on (encrypting every entry)'.padEnd(48)} ${Date.now() - sealingFrom} ms, once`);

  const toUnlockScreen: number[] = [];
  const unlocking: number[] = [];
  for (let run = 0; run < RUNS; run += 1) {
    await page.goto(`${ORIGIN}/no-such-page`);
    await page.goto(ORIGIN);
    await page.getByLabel('Passphrase', { exact: true }).waitFor();
    toUnlockScreen.push(await page.evaluate(() => performance.now()));
    await page.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
    const clickedAt = await page.evaluate(() => performance.now());
    await page.getByRole('button', { name: 'Unlock' }).click();
    await page.getByRole('link', { name: 'Write' }).waitFor();
    unlocking.push((await page.evaluate(() => performance.now())) - clickedAt);
  }
  show('cold start, lock on, to the unlock screen', toUnlockScreen);
  const unlock = show('pressing Unlock to a usable Today', unlocking);
  console.log(`unlock / unlocked cold start: ${(unlock / start).toFixed(2)} (budget 1.5)`);
} finally {
  await browser.close();
  (server.httpServer as Server).close();
}
