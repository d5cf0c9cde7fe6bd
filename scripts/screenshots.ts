/**
 * Saves every main screen at 390x844, light and dark, online and offline, to screenshots/
 * (run `npm run build` first, or use `npm run screenshots`). For looking at, not asserting.
 */
import { mkdirSync } from 'node:fs';
import { type Server } from 'node:http';
import { chromium } from 'playwright';
import { preview } from 'vite';
import { seedEntries } from '../tests/e2e/seed.ts';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './browser.ts';

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
    await page.getByRole('button', { name: 'Care note' }).click();
    await page.screenshot({ path: `screenshots/${colorScheme}-care-dialog.png` });
    await context.close();
  }
} finally {
  await browser.close();
  (server.httpServer as Server).close();
}
console.log('Screenshots saved in screenshots/');
