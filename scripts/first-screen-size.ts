/**
 * Reports the gzipped JavaScript the first screen (Today) loads, by opening the production
 * build in Chromium and summing every script it fetched. Run `npm run build` first. The same
 * measurement is the first figure of `npm run bench`.
 */
import { chromium } from 'playwright';
import { measureBundle } from '../bench/bundle.ts';
import { PreviewServer } from '../tools/preview-server.ts';
import { CHROMIUM_ARGS, CHROMIUM_PATH, TEST_PORT } from '../tools/browser.ts';

// Beside the real-browser tests' ports (TEST_PORT and the two after it).
const server = new PreviewServer(TEST_PORT + 3);
await server.start();
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
try {
  const bundle = await measureBundle(browser, server.origin);
  for (const script of bundle.scripts) console.log(`${script.kb.toFixed(1).padStart(7)} kB  ${script.path}`);
  console.log(`${bundle.firstScreenKb.toFixed(1).padStart(7)} kB  gzipped JS for the first screen`);
} finally {
  await browser.close();
  await server.stop();
}
