/**
 * Saves every main screen at 390x844, light and dark, online and offline, to screenshots/
 * (run `npm run build` first, or use `npm run screenshots`). For looking at, not asserting.
 */
import { mkdirSync } from 'node:fs';
import { type Server } from 'node:http';
import { chromium, type Page } from 'playwright';
import { preview } from 'vite';
import { seedEntries } from '../tools/seed-entries.ts';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../tools/browser.ts';

const PORT = 4190;
const ORIGIN = `http://127.0.0.1:${PORT}`;
const today = new Date().toISOString().slice(0, 10);
const routes = [
  '/journal/new',
  '/journal/search',
  '/journal/calendar',
  `/journal/day/${today}`,
  '/questions/session/ditching-perfect',
  '/experiments/send-it-with-a-typo/runs/new',
  '/',
  '/journal',
  '/experiments',
  '/experiments/send-it-with-a-typo',
  '/questions',
  '/questions/good-enough-today',
  '/settings',
  '/no-such-page',
];

const server = await preview({ preview: { host: '127.0.0.1', port: PORT, strictPort: true } });
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
mkdirSync('screenshots', { recursive: true });
try {
  for (const colorScheme of ['light', 'dark'] as const) {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, colorScheme });
    const page = await context.newPage();
    await page.goto(ORIGIN);
    await page.evaluate(async () => {
      const registration = await navigator.serviceWorker.ready;
      const worker = registration.active;
      if (worker && worker.state !== 'activated') {
        await new Promise((done) =>
          worker.addEventListener('statechange', () => worker.state === 'activated' && done(null)),
        );
      }
    });
    // A journal with some history, so the journal screens show what a person would see.
    await seedEntries(page, 300);
    for (const offline of [false, true]) {
      await context.setOffline(offline);
      for (const route of routes) {
        await page.goto(ORIGIN + route);
        await page.locator('main h1').first().waitFor();
        await page.waitForTimeout(150);
        const name = `${colorScheme}-${offline ? 'offline' : 'online'}${route.replaceAll('/', '_') || '_today'}.png`;
        await page.screenshot({ path: `screenshots/${name}`, fullPage: true });
      }
    }
    await page.goto(ORIGIN);
    await page.getByRole('button', { name: 'Get help' }).click();
    await page.screenshot({ path: `screenshots/${colorScheme}-help-dialog.png` });
    await page.keyboard.press('Escape');
    await lockScreens(page, colorScheme);
    await context.close();
  }
} finally {
  await browser.close();
  (server.httpServer as Server).close();
}
console.log('Screenshots saved in screenshots/');

/** The privacy lock: setting a passphrase, the unlock screen, a wrong try, Settings once locked. */
async function lockScreens(page: Page, colorScheme: string) {
  const shot = (name: string) => page.screenshot({ path: `screenshots/${colorScheme}-lock-${name}.png` });
  const passphrase = 'kettle gravel orbit lantern';
  await page.goto(`${ORIGIN}/settings`);
  await page.getByRole('button', { name: 'Set a passphrase' }).click();
  await page.getByLabel('New passphrase', { exact: true }).fill(passphrase);
  await page.getByLabel('The same passphrase again', { exact: true }).fill(passphrase);
  await page.getByRole('heading', { name: 'Passphrase lock' }).scrollIntoViewIfNeeded();
  await shot('set-passphrase');
  await page.getByRole('button', { name: 'Lock my journal with this passphrase' }).click();
  await page.getByText('Your journal is now locked with your passphrase.').waitFor({ timeout: 60_000 });
  await page.getByRole('heading', { name: 'Passphrase lock' }).scrollIntoViewIfNeeded();
  await shot('settings-on');
  await page.reload();
  await page.getByText('Your journal is locked.').waitFor();
  await shot('unlock');
  await page.getByLabel('Passphrase', { exact: true }).fill('not it');
  await page.getByRole('button', { name: 'Unlock' }).click();
  await page.getByRole('alert').waitFor();
  await shot('unlock-wrong');
  await page.getByLabel('Passphrase', { exact: true }).fill(passphrase);
  await page.getByRole('button', { name: 'Unlock' }).click();
  await page.locator('main h1').first().waitFor();
  await shot('unlocked-today');
}
