/**
 * Reports the gzipped JavaScript the first screen (Today) loads, by opening the production
 * build in Chromium and summing every script it fetched. Run `npm run build` first.
 */
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './browser.ts';
import { PreviewServer } from '../tests/engines/preview-server.ts';

const server = new PreviewServer(4194);
await server.start();
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
try {
  const page = await browser.newPage({ viewport: { width: 390, height: 844 }, serviceWorkers: 'block' });
  const scripts = new Set<string>();
  let shown = false;
  // Only what was fetched before Today was on screen: later, idle-time preloads don't count.
  page.on('request', (request) => {
    if (!shown && request.resourceType() === 'script') scripts.add(new URL(request.url()).pathname);
  });
  await page.goto(server.origin);
  await page.getByRole('heading', { name: 'Start where you are' }).waitFor();
  shown = true;
  let total = 0;
  for (const path of [...scripts].sort()) {
    const size = gzipSync(readFileSync(`dist${path}`), { level: 9 }).length;
    total += size;
    console.log(`${(size / 1024).toFixed(1).padStart(7)} kB  ${path}`);
  }
  console.log(`${(total / 1024).toFixed(1).padStart(7)} kB  gzipped JS for the first screen`);
} finally {
  await browser.close();
  await server.stop();
}
