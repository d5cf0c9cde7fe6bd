import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type BrowserContext, expect, type Page, test } from './fixtures';
import { openToday } from './helpers';
import { turnOnLockIn } from './lock-steps';

/*
 * The static first frame in index.html (scripts/shell-plugin.ts, scripts/first-paint.js): what
 * the first paint shows before any of the app's code runs, and that the app then takes over
 * with nothing moving, nothing blinking and nothing shown that isn't so.
 */

const DARK_BG = 'rgb(27, 26, 24)';

// The service worker would serve the app's scripts from its precache, past the routes that hold
// them back below; the frame doesn't depend on it (offline starts have their own specs).
test.use({ serviceWorkers: 'block' });
const APP_SCRIPTS = '**/assets/*.js';

/** Where each visible part of the frame (or of the app's screen) sits, and what it says. */
function shapeOf(page: Page, scope: '#first-frame' | '#root', selectors: string[]) {
  return page.evaluate(
    ({ scope, selectors }) =>
      selectors.map((selector) =>
        [...document.querySelectorAll<HTMLElement>(`${scope} ${selector}`)]
          .filter((element) => element.getClientRects().length > 0)
          .map((element) => {
            const { x, y, width, height } = element.getBoundingClientRect();
            // The frame's date line is drawn by ::before (first-paint.js can't reach the element).
            const before = getComputedStyle(element, '::before').content;
            const drawn = before.startsWith('"') ? (JSON.parse(before) as string) : '';
            return { selector, text: element.innerText.trim() || drawn, box: [x, y, width, height].map(Math.round) };
          }),
      ),
    { scope, selectors },
  );
}

/** The first frame as painted, with the app's code held back (the frame is all there is). */
async function framePainted(context: BrowserContext, path: string, screenshot: string) {
  const page = await context.newPage();
  await page.route(APP_SCRIPTS, (route) => route.abort());
  await page.goto(path);
  await expect(page.locator('#first-frame .tabbar')).toBeVisible();
  // Held back for real: the app never started.
  await expect(page.locator('#root')).toBeEmpty();
  await page.screenshot({ path: `test-results/first-frame-${screenshot}.png` });
  return page;
}

/**
 * The app, opened with a layout-shift observer and a watch on the moment the frame goes: what
 * the app's root held then (an h1 means a screen was there to take its place).
 */
async function appOpened(context: BrowserContext, path: string) {
  const page = await appOpenedFrom(context, path, 'load');
  await page.waitForFunction(() => (window as unknown as { firstFrame: { frameLeft: boolean } }).firstFrame.frameLeft);
  return page;
}

/** The same page and watch, once it has begun to load: for a page still arriving. */
async function appOpenedFrom(context: BrowserContext, url: string, waitUntil: 'commit' | 'load' = 'commit') {
  const page = await context.newPage();
  await page.addInitScript(() => {
    const seen = { shifts: [] as number[], rootHeadingWhenFrameLeft: null as string | null, frameLeft: false };
    (window as unknown as { firstFrame: typeof seen }).firstFrame = seen;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) seen.shifts.push((entry as unknown as { value: number }).value);
    }).observe({ type: 'layout-shift', buffered: true });
    new MutationObserver((_, observer) => {
      if (document.documentElement.innerHTML.includes('id="first-frame"') || !document.getElementById('root')) return;
      seen.frameLeft = true;
      seen.rootHeadingWhenFrameLeft = document.querySelector('#root h1')?.textContent ?? null;
      observer.disconnect();
    }).observe(document, { childList: true, subtree: true });
  });
  await page.goto(url, { waitUntil });
  return page;
}

const watched = (page: Page) =>
  page.evaluate(
    () =>
      (window as unknown as { firstFrame: { shifts: number[]; rootHeadingWhenFrameLeft: string | null } }).firstFrame,
  );

const TODAY_PARTS = ['.topbar__name', 'h1', '.today-date', 'a.button', '.tabbar', '.tabbar__link'];

test('with JavaScript off, Today’s frame shows in the device’s theme, and its links work', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, colorScheme: 'dark' });
  const page = await context.newPage();
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'Hello' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Write' })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link')).toHaveCount(5);
  expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe(DARK_BG);
  // The welcome's words are in the page but not shown.
  await expect(page.getByRole('heading', { name: 'Welcome to Good Enough' })).toBeHidden();
  await page.screenshot({ path: 'test-results/first-frame-no-js-dark.png' });
  await page.getByRole('link', { name: 'Write' }).click();
  await expect(page).toHaveURL(/\/journal\/new$/);
  await context.close();
});

test('a first visit paints the welcome’s first words, and the welcome takes over without a shift', async ({
  context,
}) => {
  const frame = await framePainted(context, '/', 'welcome');
  await expect(frame.getByRole('heading', { level: 1, name: 'Welcome to Good Enough' })).toBeVisible();
  await expect(frame.getByRole('link', { name: 'Write' })).toBeHidden();
  const parts = ['.topbar__name', '.page__eyebrow', 'h1', '.prose p', '.tabbar'];
  const painted = await shapeOf(frame, '#first-frame', parts);
  await frame.close();

  const page = await appOpened(context, '/');
  await expect(page.getByRole('heading', { level: 1, name: 'Welcome to Good Enough' })).toBeFocused();
  await expect(page.getByRole('button', { name: 'Skip' })).toBeVisible();
  expect(await shapeOf(page, '#root', parts)).toEqual(painted);
  expect(await watched(page)).toEqual({
    shifts: [],
    rootHeadingWhenFrameLeft: 'Welcome to Good Enough',
    frameLeft: true,
  });
});

test('a returning visit paints Today’s frame before the app’s code loads; the app lands on it exactly', async ({
  context,
  page,
}) => {
  await openToday(page);
  await page.close();
  const frame = await framePainted(context, '/', 'today');
  const painted = await shapeOf(frame, '#first-frame', TODAY_PARTS);
  await frame.close();
  // The hour's greeting and the date line, drawn by first-paint.js alone.
  expect(painted[1]?.[0]?.text).toMatch(/^(Good morning|Good afternoon|Good evening|Hello, night owl)$/);
  expect(painted[2]?.[0]?.text).toMatch(/^[A-Z][a-z]+day \d{1,2} [A-Z][a-z]+$/);
  expect(painted[3]?.[0]?.text).toBe('Write');

  const app = await appOpened(context, '/');
  await expect(app.getByRole('heading', { name: 'Start where you are' })).toBeVisible();
  expect(await shapeOf(app, '#root', TODAY_PARTS)).toEqual(painted);
  const seen = await watched(app);
  expect(seen.shifts).toEqual([]);
  expect(seen.rootHeadingWhenFrameLeft).toBe(painted[1]?.[0]?.text);
});

/**
 * Serves the app from another port, with index.html held part-way through the frame's tab bar
 * (just before its first word) until `release` is called; everything else passes through.
 */
async function slowPageServer(origin: string) {
  let release = () => {};
  const released = new Promise<void>((resolve) => (release = resolve));
  const asked: string[] = [];
  const server = createServer(async (request, response) => {
    asked.push(request.url ?? '');
    const reply = await fetch(origin + request.url);
    const type = reply.headers.get('content-type') ?? 'application/octet-stream';
    response.writeHead(reply.status, { 'content-type': type, 'cache-control': 'no-store' });
    if (request.url !== '/') return response.end(Buffer.from(await reply.arrayBuffer()));
    const html = await reply.text();
    const cut = html.indexOf('<span>', html.indexOf('<nav class="tabbar"'));
    response.write(html.slice(0, cut));
    await released;
    response.end(html.slice(cut));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`, release, asked, server };
}

test('a page that arrives slowly is painted with its frame whole, and the app starts once it is all there', async ({
  context,
  baseURL,
}) => {
  const slow = await slowPageServer(baseURL!);
  const page = await appOpenedFrom(context, slow.url);
  // The browser has half the frame. One free to paint what it has does so within a frame or two
  // of its stylesheet arriving: a second and a half is the window in which nothing may be painted.
  await expect(page.locator('#first-frame .tabbar__link').first()).toBeAttached();
  const paintedHalf = await page
    .waitForFunction(() => performance.getEntriesByType('paint').length > 0, null, { timeout: 1500 })
    .then(
      () => true,
      () => false,
    );
  // The app's safety start comes due (first-paint.js), but its code waits for the whole page.
  await page.clock.runFor(3500);
  const appAskedForEarly = slow.asked.filter((url) => url.startsWith('/assets/') && url.endsWith('.js'));
  slow.release();
  await page.waitForFunction(() => (window as unknown as { firstFrame: { frameLeft: boolean } }).firstFrame.frameLeft);
  await expect(page.getByRole('heading', { level: 1, name: 'Welcome to Good Enough' })).toBeFocused();
  expect(paintedHalf).toBe(false);
  expect(appAskedForEarly).toEqual([]);
  expect((await watched(page)).shifts).toEqual([]);
  slow.server.close();
});

test('the first paint comes before the app’s entry script is even asked for', async ({ browser }) => {
  // Its own context: the pinned clock of the others fakes `performance`, which this reads.
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto('/');
  await expect(page.getByRole('button', { name: 'Skip' })).toBeVisible();
  const order = await page.evaluate(() => {
    const paint = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? Infinity;
    const entry = document.querySelector<HTMLMetaElement>('meta[name="good-enough-modules"]')?.content.split(' ')[0];
    const script = performance.getEntriesByType('resource').find((resource) => resource.name.endsWith(entry ?? '?'));
    return { paint, scriptStart: script?.startTime ?? -1 };
  });
  expect(order.paint).toBeLessThan(order.scriptStart);
  await context.close();
});

test('other addresses paint the bare shell, never Today’s frame, and the app takes over there', async ({
  context,
  page,
}) => {
  await openToday(page);
  await page.close();
  const frame = await framePainted(context, '/settings', 'settings');
  await expect(frame.getByRole('link', { name: 'Write' })).toBeHidden();
  await expect(frame.locator('#first-frame h1:visible')).toHaveCount(0);
  await expect(frame.locator('#first-frame .tabbar__link[href="/settings"]')).toHaveCSS('font-weight', '600');
  const parts = ['.topbar__name', '.tabbar', '.tabbar__link'];
  const painted = await shapeOf(frame, '#first-frame', parts);
  await frame.close();

  const app = await appOpened(context, '/settings');
  await expect(app.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
  expect(await shapeOf(app, '#root', parts)).toEqual(painted);
  expect(await watched(app)).toEqual({ shifts: [], rootHeadingWhenFrameLeft: 'Settings', frameLeft: true });
});

test('a chosen dark theme holds from the frame’s first paint on a light device', async ({ context, page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await openToday(page);
  await page.goto('/settings');
  await page.getByRole('radio', { name: 'Dark' }).check();
  await page.close();
  const frame = await framePainted(context, '/', 'today-dark');
  await frame.emulateMedia({ colorScheme: 'light' });
  expect(await frame.evaluate(() => getComputedStyle(document.querySelector('#first-frame')!).backgroundColor)).toBe(
    DARK_BG,
  );
  await expect(frame.getByRole('link', { name: 'Write' })).toBeVisible();
  await frame.close();
});

test('once a passphrase is set, no frame of the app is painted before the unlock screen', async ({ context, page }) => {
  await openToday(page);
  await page.goto('/settings');
  await turnOnLockIn(page);
  // A setting beside the theme, never a word of the journal.
  expect(await page.evaluate(() => localStorage.getItem('good-enough:first-screen'))).toBe('locked');
  await page.close();
  for (const path of ['/', '/journal']) {
    const frame = await context.newPage();
    await frame.route(APP_SCRIPTS, (route) => route.abort());
    await frame.goto(path);
    await expect(frame.locator('#first-frame')).toBeHidden();
    await frame.close();
  }
  const app = await appOpened(context, '/');
  await expect(app.getByText('Your journal is locked.')).toBeVisible();
  expect(await watched(app)).toMatchObject({ shifts: [], frameLeft: true });
});
