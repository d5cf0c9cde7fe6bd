import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright';
import { KEY_LATENCY_SCRIPT } from './in-page.ts';

/** What the in-page scripts (in-page.ts) keep on window. */
export interface BenchWindow {
  __bench?: {
    marks: Record<string, number | undefined>;
    events: { name: string; duration: number }[];
    longTasks: { start: number; duration: number }[];
    frames?: { start: number; duration: number; scripts: { invoker: string; source: string; duration: number }[] }[];
  };
  __keys?: number[];
  __keyMode?: 'frame' | 'results';
}

/** Everything a figure needs: a context whose service worker is installed, and the origin. */
export interface Stage {
  context: BrowserContext;
  origin: string;
}

/**
 * The floor the app's pages are measured against: a page of the app's origin that runs nothing,
 * served by the same service worker from the same precache. robots.txt is the smallest file the
 * app precaches anyway (Chromium shows it as a plain document), so production ships nothing
 * for the benchmark. A route of the driver's would not do: a navigation the service worker
 * answers never reaches it, and the worker answers every other path with the app.
 */
export const BLANK_PAGE = '/robots.txt';

export const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? NaN;
};

async function waitForMark(page: Page, mark: 'usable' | 'unlockScreen'): Promise<number> {
  await page.waitForFunction((name) => (window as unknown as BenchWindow).__bench?.marks[name] !== undefined, mark, {
    timeout: 60_000,
  });
  return page.evaluate((name) => (window as unknown as BenchWindow).__bench!.marks[name]!, mark);
}

/** A new tab opening the app (offline by default): milliseconds from navigation start to a usable Today. */
export async function coldStart({ context, origin }: Stage, offline = true): Promise<number> {
  await context.setOffline(offline);
  const page = await context.newPage();
  try {
    await page.goto(origin);
    return await waitForMark(page, 'usable');
  } finally {
    await page.close();
    await context.setOffline(false);
  }
}

/** The same service worker serving a blank page, offline: navigation start to first contentful paint. */
export async function blankStartOffline({ context, origin }: Stage): Promise<number> {
  await context.setOffline(true);
  const page = await context.newPage();
  try {
    await page.goto(`${origin}${BLANK_PAGE}`);
    await page.waitForFunction(() => performance.getEntriesByName('first-contentful-paint').length > 0);
    return await page.evaluate(() => performance.getEntriesByName('first-contentful-paint')[0]!.startTime);
  } finally {
    await page.close();
    await context.setOffline(false);
  }
}

/** A journal file on disk, as a person picks one, and a way to remove it. */
export function journalOnDisk(file: { name: string; buffer: Buffer | string }) {
  const dir = mkdtempSync(join(tmpdir(), 'bench-import-'));
  const path = join(dir, file.name);
  writeFileSync(path, file.buffer);
  return { path, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/**
 * Brings a backup in through Settings' file picker: the file check, then the write. From a
 * file on disk, as a person picks one: a file handed over as bytes would be copied into the
 * page by the driver, a long task that is not the app's.
 */
export async function importThroughApp(
  page: Page,
  origin: string,
  file: { name: string; buffer: Buffer } | { path: string },
) {
  await page.goto(`${origin}/settings`);
  const now = () => page.evaluate(() => performance.now());
  const checkFrom = Date.now();
  const checkStart = await now();
  const onDisk = 'path' in file ? { path: file.path, remove: () => {} } : journalOnDisk(file);
  await page.getByLabel('Bring in a backup, or a Day One or jrnl export').setInputFiles(onDisk.path);
  const preview = page.getByRole('dialog', { name: 'Bring this in?' });
  await preview.waitFor({ timeout: 900_000 });
  onDisk.remove();
  const checkMs = Date.now() - checkFrom;
  const writeStart = await now();
  const writeMs = await clickAndWaitForText(page, 'Bring it in', 'Nothing in your journal was removed');
  const writeEnd = await now();
  const tasks = await page.evaluate(() => (window as BenchWindow).__bench?.longTasks ?? []);
  const within = (from: number, to: number) => tasks.filter((task) => task.start >= from && task.start < to);
  return {
    checkMs,
    writeMs,
    longTasks: { check: within(checkStart, writeStart), write: within(writeStart, writeEnd) },
  };
}

/** Clicks a button from inside the page and times until `text` appears in the page. */
export function clickAndWaitForText(page: Page, button: string, text: string): Promise<number> {
  return page.evaluate(
    ([buttonText, doneText]) =>
      new Promise<number>((resolve, reject) => {
        const target = [...document.querySelectorAll('button')].find((b) => b.textContent?.trim() === buttonText);
        if (!target) return reject(new Error(`no button ${buttonText}`));
        const from = performance.now();
        const observer = new MutationObserver(() => {
          if (document.body.textContent?.includes(doneText)) {
            observer.disconnect();
            resolve(performance.now() - from);
          }
        });
        observer.observe(document.body, { childList: true, subtree: true, characterData: true });
        target.click();
      }),
    [button, text] as const,
  );
}

/** Makes a backup from Settings (it downloads in Chromium): click to "saved" message. */
export async function exportThroughApp(page: Page, origin: string): Promise<number> {
  await page.goto(`${origin}/settings`);
  await page.getByRole('button', { name: 'Make a backup' }).waitFor();
  const downloaded = page.waitForEvent('download');
  const ms = await clickAndWaitForText(page, 'Make a backup', 'saved to your downloads');
  await (await downloaded).delete();
  return ms;
}

/**
 * The floor for import and export: Dexie itself (the same version the app ships), loaded into
 * the blank page, writing the same records with bulkPut and reading them with toArray. The
 * records come from the same file on disk through a file input (read and parsed untimed): a
 * 90 MB journal handed over through the driver would not fit its messages.
 */
export async function rawDexieFloor(page: Page, origin: string, dexieSource: string, journalPath: string) {
  await page.goto(`${origin}${BLANK_PAGE}`);
  await page.addScriptTag({ content: dexieSource });
  await page.evaluate(() => {
    const input = document.createElement('input');
    input.type = 'file';
    input.id = 'floor-file';
    document.body.append(input);
  });
  await page.locator('#floor-file').setInputFiles(journalPath);
  return page.evaluate(async () => {
    const input = document.getElementById('floor-file') as HTMLInputElement;
    const tables = JSON.parse(await input.files![0]!.text()).tables;
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- Dexie's UMD global, untyped here
    const Dexie = (window as any).Dexie;
    await Dexie.delete('bench-floor');
    const db = new Dexie('bench-floor');
    db.version(1).stores({ entries: 'id, day, createdAt, updatedAt, questionId, kind, *tags', runs: 'id' });
    await db.open();
    let from = performance.now();
    await db.transaction('rw', db.entries, db.runs, async () => {
      await db.entries.bulkPut(tables.entries);
      await db.runs.bulkPut(tables.runs);
    });
    const bulkPutMs = performance.now() - from;
    from = performance.now();
    await db.transaction('r', db.entries, db.runs, async () => {
      await db.entries.toArray();
      await db.runs.toArray();
    });
    const toArrayMs = performance.now() - from;
    db.close();
    await Dexie.delete('bench-floor');
    return { bulkPutMs, toArrayMs };
  });
}

/** Types `text` into a field, one key at a time, and returns each keystroke's latency. */
async function typeAndMeasure(page: Page, text: string, mode: 'frame' | 'results', delay: number) {
  await page.evaluate(KEY_LATENCY_SCRIPT);
  await page.evaluate((m) => ((window as unknown as BenchWindow).__keyMode = m), mode);
  await page.keyboard.type(text, { delay });
  await page.waitForTimeout(400);
  const keys = await page.evaluate(() => (window as unknown as BenchWindow).__keys ?? []);
  const events = await page.evaluate(() => (window as unknown as BenchWindow).__bench?.events ?? []);
  return { keys, longestEvent: Math.max(0, ...events.map((event) => event.duration)) };
}

/**
 * Search as you type at /journal/search for many queries in one visit: each typed into an
 * emptied field, every keystroke timed to the results painted; and a naive full scan of each
 * to compare.
 */
export async function searchManyQueries(page: Page, origin: string, queries: string[], scan = true) {
  await page.goto(`${origin}/journal/search`);
  await page.locator('form[role="search"][aria-busy="false"]').waitFor({ timeout: 600_000 });
  const field = page.getByRole('searchbox');
  await page.evaluate(KEY_LATENCY_SCRIPT);
  await page.evaluate(() => ((window as unknown as BenchWindow).__keyMode = 'results'));
  for (const query of queries) {
    await field.fill(''); // no keydown: not timed
    await field.focus();
    await page.keyboard.type(query, { delay: 80 });
    await page.waitForTimeout(400); // a keystroke whose results never change is timed at 300 ms
  }
  const keys = await page.evaluate(() => (window as unknown as BenchWindow).__keys ?? []);
  const scans: number[] = [];
  if (scan) for (const query of queries) scans.push(await fullScan(page, query));
  return { keys, scanMs: scans };
}

/** The question answered without an index: read every entry from IndexedDB, test each one. */
function fullScan(page: Page, query: string): Promise<number> {
  return page.evaluate(async (q) => {
    const from = performance.now();
    const open = indexedDB.open('good-enough');
    const db: IDBDatabase = await new Promise((resolve) => (open.onsuccess = () => resolve(open.result)));
    const all: { title: string; text: string; tags: string[] }[] = await new Promise((resolve) => {
      const request = db.transaction('entries').objectStore('entries').getAll();
      request.onsuccess = () => resolve(request.result);
    });
    const words = q.toLowerCase().split(/\s+/);
    const hits = all.filter((entry) => {
      const haystack = `${entry.title} ${entry.text} ${entry.tags.join(' ')}`.toLowerCase();
      return words.every((word) => haystack.includes(word));
    });
    db.close();
    return hits.length >= 0 ? performance.now() - from : 0;
  }, query);
}

/** Search as you type at /journal/search, once the index is ready; and a naive full scan to compare. */
export async function searchAsYouType(page: Page, origin: string, query: string) {
  await page.goto(`${origin}/journal/search`);
  // The form says it is busy until the index is built.
  await page.locator('form[role="search"][aria-busy="false"]').waitFor({ timeout: 600_000 });
  await page.getByRole('searchbox').focus();
  const typed = await typeAndMeasure(page, query, 'results', 150);
  const scanMs = await fullScan(page, query);
  return { keys: typed.keys, scanMs };
}

/** 200 keystrokes into the editor, and the same into a bare textarea on a blank page. */
export async function typingLatency(page: Page, origin: string, text: string) {
  await page.goto(`${origin}/journal/new`);
  await page.getByRole('textbox', { name: 'Your words' }).focus();
  const app = await typeAndMeasure(page, text, 'frame', 30);
  await page.goto(`${origin}${BLANK_PAGE}`);
  await page.evaluate(() => {
    const area = document.createElement('textarea');
    document.body.append(area);
    area.focus();
  });
  const bare = await typeAndMeasure(page, text, 'frame', 30);
  return { app, bare };
}

/** The page's JS heap after a full collection, and every worker's of that page beside it. */
async function heapNow(page: Page): Promise<{ page: number; workers: number }> {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = await cdp.send('Runtime.getHeapUsage');
    // Workers are reached through their own sessions, attached to from the page's.
    const sessions: string[] = [];
    cdp.on('Target.attachedToTarget', (event) => {
      if (event.targetInfo.type === 'worker') sessions.push(event.sessionId);
    });
    await cdp.send('Target.setAutoAttach', { autoAttach: true, waitForDebuggerOnStart: false, flatten: false });
    const replies = new Map<number, (result: unknown) => void>();
    cdp.on('Target.receivedMessageFromTarget', (event) => {
      const message = JSON.parse(event.message) as { id?: number; result?: unknown };
      if (message.id !== undefined) replies.get(message.id)?.(message.result);
    });
    let nextId = 1;
    const ask = (sessionId: string, method: string) =>
      new Promise<unknown>((resolve) => {
        const id = nextId++;
        replies.set(id, resolve);
        void cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method }) });
      });
    let workers = 0;
    for (const sessionId of sessions) {
      await ask(sessionId, 'HeapProfiler.collectGarbage');
      workers += ((await ask(sessionId, 'Runtime.getHeapUsage')) as { usedSize: number }).usedSize;
    }
    return { page: usedSize, workers };
  } finally {
    await cdp.detach();
  }
}

/**
 * The heap where the journal is in memory, page and workers together: search open with its
 * index built, history scrolled to the end, insights open.
 */
export async function heapWithJournalOpen(page: Page, origin: string) {
  await page.goto(`${origin}/journal/search`);
  await page.locator('form[role="search"][aria-busy="false"]').waitFor({ timeout: 600_000 });
  await page.getByRole('searchbox').fill('garden');
  await page
    .getByRole('status')
    .filter({ hasText: /result|Nothing/ })
    .first()
    .waitFor();
  const search = await heapNow(page);
  await page.goto(`${origin}/journal`);
  await page.locator('.timeline__row').first().waitFor();
  // Scrolled to the end (the list is virtual: its full height is known from the start).
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  const history = await heapNow(page);
  await page.goto(`${origin}/journal/insights`);
  await page.getByRole('heading', { level: 1 }).waitFor();
  await page.getByText(/words/i).first().waitFor();
  const insights = await heapNow(page);
  return { search, history, insights };
}

/** With the lock on: navigation to the unlock screen, then pressing Unlock to a usable Today. */
export async function unlockTimes(context: BrowserContext, origin: string, passphrase: string) {
  const page = await context.newPage();
  try {
    await page.goto(origin);
    const toScreen = await waitForMark(page, 'unlockScreen');
    await page.getByLabel('Passphrase', { exact: true }).fill(passphrase);
    const pressedAt = await page.evaluate(() => {
      const at = performance.now();
      (document.querySelector('button[type="submit"]') as HTMLButtonElement).click();
      return at;
    });
    const usable = await waitForMark(page, 'usable');
    return { toScreen, unlock: usable - pressedAt };
  } finally {
    await page.close();
  }
}
