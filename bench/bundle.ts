import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright';

/**
 * The gzipped JavaScript fetched before Today is on screen (later idle-time preloads don't
 * count), and the size of everything the service worker precaches.
 */
export async function measureBundle(browser: Browser, origin: string) {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, serviceWorkers: 'block' });
  // Today as a returning person sees it: a first visit meets the welcome (its own lazy chunk),
  // so skip that once, then measure a second visit with the HTTP cache off.
  const first = await context.newPage();
  await first.goto(origin);
  await first.getByRole('button', { name: 'Skip' }).click();
  await first.waitForURL('**/journal/new');
  await first.close();
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  const scripts = new Set<string>();
  let shown = false;
  page.on('request', (request) => {
    if (!shown && request.resourceType() === 'script') scripts.add(new URL(request.url()).pathname);
  });
  await page.goto(origin);
  await page.getByRole('heading', { name: 'Start where you are' }).waitFor();
  shown = true;
  await context.close();
  const sizes = [...scripts]
    .sort()
    .map((path) => ({ path, kb: gzipSync(readFileSync(`dist${path}`), { level: 9 }).length / 1024 }));
  const firstScreen = sizes.reduce((sum, script) => sum + script.kb, 0);
  // The precache manifest in sw.js lists every file with its revision.
  const manifest = readFileSync('dist/sw.js', 'utf8');
  const urls = [...manifest.matchAll(/url:"([^"]+)"/g)].map((match) => match[1]!);
  const precache = urls.reduce((sum, url) => sum + readFileSync(`dist/${url}`).length, 0);
  return { firstScreenKb: firstScreen, scripts: sizes, precacheKb: precache / 1024, files: urls.length };
}
