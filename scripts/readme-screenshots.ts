/**
 * The README's screenshots: the main screens at 390x844, light and dark, from the real
 * production build with a small believable journal brought in through Settings. Run with
 * `npm run screenshots:readme`; it writes docs/screenshots/, which is committed.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { chromium, type Page } from 'playwright';
import { PreviewServer } from '../tools/preview-server.ts';
import { CHROMIUM_ARGS, CHROMIUM_PATH, TEST_PORT } from '../tools/browser.ts';
import { showcaseBackup } from './showcase/journal.ts';

export const README_SCREENS = [
  { name: 'today', path: '/' },
  { name: 'journal', path: '/journal' },
  { name: 'entry', path: null },
  { name: 'experiment', path: '/experiments/send-it-with-a-typo' },
  { name: 'questions', path: '/questions/session/ditching-perfect' },
  { name: 'insights', path: '/journal/insights' },
  { name: 'settings', path: '/settings' },
  { name: 'about', path: '/about/ditching-perfect' },
] as const;

const pack = JSON.parse(readFileSync('prompts/ditching-perfect.json', 'utf8')) as {
  experiments: { id: string; belief: string }[];
};
const beliefs = Object.fromEntries(pack.experiments.map((experiment) => [experiment.id, experiment.belief]));

async function bringInShowcase(page: Page, origin: string) {
  await page.goto(`${origin}/settings`);
  await page.getByLabel('Bring in a backup, or a Day One or jrnl export').setInputFiles({
    name: 'showcase.json',
    mimeType: 'application/json',
    buffer: Buffer.from(showcaseBackup(new Date(), beliefs)),
  });
  await page.getByRole('dialog', { name: 'Bring this in?' }).getByRole('button', { name: 'Bring it in' }).click();
  await page.getByRole('dialog').waitFor({ state: 'detached' });
}

const server = new PreviewServer(TEST_PORT + 4);
await server.start();
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
mkdirSync('docs/screenshots', { recursive: true });
try {
  for (const colorScheme of ['light', 'dark'] as const) {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, colorScheme });
    const page = await context.newPage();
    await bringInShowcase(page, server.origin);
    for (const screen of README_SCREENS) {
      if (screen.path) await page.goto(`${server.origin}${screen.path}`);
      else {
        await page.goto(`${server.origin}/journal`);
        await page
          .getByRole('link', { name: /The typo email/ })
          .first()
          .click();
      }
      await page.locator('main h1').first().waitFor();
      // Charts and lists come from IndexedDB a moment after the heading.
      await page.waitForTimeout(400);
      await page.screenshot({ path: `docs/screenshots/${colorScheme}-${screen.name}.png` });
    }
    // The help path, opened from Today's top bar (the browser's language here is en-US).
    await page.goto(`${server.origin}/`);
    await page.getByRole('banner').getByRole('button', { name: 'Get help' }).click();
    await page.getByRole('dialog', { name: 'Get help' }).waitFor();
    await page.screenshot({ path: `docs/screenshots/${colorScheme}-help.png` });
    await context.close();
  }
} finally {
  await browser.close();
  await server.stop();
}
console.log('Saved docs/screenshots/');
