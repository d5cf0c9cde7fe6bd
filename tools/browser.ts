/** Where Debian's Chromium lives, and the flags that let it run in this sandbox and in CI. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * The port the real-browser tests serve the production build on (npm start uses 4173). Another
 * checkout can run its tests beside this one with TEST_PORT set.
 */
export const TEST_PORT = Number(process.env.TEST_PORT ?? 4180);
export const TEST_ORIGIN = `http://127.0.0.1:${TEST_PORT}`;
/**
 * Where an update test serves one build, then the next, on an origin of its own. Each
 * Playwright worker has its own port (TEST_PARALLEL_INDEX): two such files can run side by
 * side, and each stops and swaps its own server.
 */
export function updateTestPort(): number {
  return TEST_PORT + 20 + Number(process.env.TEST_PARALLEL_INDEX ?? 0);
}
