/**
 * Sync figures: the first sync of a journal up to an empty CouchDB database and down to a fresh
 * device, each against the server's own `_bulk_docs` / `_changes` from Node in the same run; the
 * documents one edit writes; and main-thread long tasks while syncing. The server is
 * pouchdb-server in memory (tools/couch-server.ts), on 127.0.0.1. The app is driven as a
 * person would: Settings > Sync, the four fields, "Turn on sync", the status line.
 */
import type { Browser, BrowserContext, CDPSession, Page } from 'playwright';
import { basicAuth, type CouchServer } from '../tools/couch-server.ts';
import { type BenchWindow, importThroughApp } from './figures.ts';
import { MARKS_SCRIPT } from './in-page.ts';
import { type Figure, stats } from './report.ts';

export const SYNC_USER = 'bench-person';
export const SYNC_PASSWORD = 'bench-password-4c7e1f';
export const SYNC_PASSPHRASE = 'kettle gravel orbit lantern';
const AUTH = basicAuth(SYNC_USER, SYNC_PASSWORD);
/** The app's own batch (src/features/sync/sync-engine.ts BATCH), used by the baselines too. */
const BATCH = 100;
/**
 * The page is taken to be done syncing once the status line has said "Synced just now" this
 * long: a sync the changes feed sets off starts within milliseconds. After an edit, longer than
 * the app's own sync a few seconds after a save (AFTER_SAVE_MS, 3 s), so that one is counted too.
 */
const QUIET_MS = 1_500;
const QUIET_AFTER_SAVE_MS = 3_500;
const SYNC_TIMEOUT_MS = 900_000;

export interface Journal {
  json: string;
  entries: number;
  runs: number;
}

/** One request the page made to the server, as the server saw it. */
interface Sent {
  at: number;
  method: string;
  kind: string;
  docs: number;
}

/** Every request a browser context makes to the server, with the documents each `_bulk_docs` carried. */
class RequestLog {
  readonly sent: Sent[] = [];
  constructor(context: BrowserContext, serverOrigin: string) {
    context.on('request', (request) => {
      if (!request.url().startsWith(serverOrigin)) return;
      const url = new URL(request.url());
      const method = request.method();
      if (method === 'OPTIONS') return;
      const path = url.pathname.split('/').slice(2).join('/');
      let kind = path.startsWith('_local/')
        ? '_local'
        : path.startsWith('_')
          ? path
          : path === ''
            ? 'database'
            : 'document';
      if (kind === '_changes' && url.searchParams.get('feed') === 'longpoll') kind = '_changes (long poll)';
      let docs = 0;
      if (kind === '_bulk_docs')
        docs = (JSON.parse(request.postData() ?? '{}') as { docs?: unknown[] }).docs?.length ?? 0;
      else if (method === 'PUT' && kind === 'document') docs = 1;
      this.sent.push({ at: Date.now(), method, kind, docs });
    });
  }

  /** Requests from `from` to `to` (Date.now() times), counted by method and kind, and the documents written. */
  between(from: number, to = Infinity) {
    const counts: Record<string, number> = {};
    let docsWritten = 0;
    for (const sent of this.sent) {
      if (sent.at < from || sent.at > to) continue;
      const key = `${sent.method} ${sent.kind}`;
      counts[key] = (counts[key] ?? 0) + 1;
      docsWritten += sent.docs;
    }
    const requests = Object.values(counts).reduce((sum, n) => sum + n, 0);
    return { requests, docsWritten, counts };
  }

  firstAfter(from: number, kind: string): number | null {
    return this.sent.find((sent) => sent.at >= from && sent.kind === kind)?.at ?? null;
  }
}

async function couchGet(url: string): Promise<{ doc_count: number; update_seq: unknown }> {
  const response = await fetch(url, { headers: { accept: 'application/json', authorization: AUTH } });
  if (!response.ok) throw new Error(`GET ${url}: ${response.status}`);
  return (await response.json()) as { doc_count: number; update_seq: unknown };
}

/** CouchDB 3 gives update_seq as "N-opaque", pouchdb-server as N: the number of writes either way. */
const seqNumber = (seq: unknown) => Number.parseInt(String(seq), 10);

async function waitForServerCount(url: string, count: number, timeout = 60_000): Promise<number> {
  const until = Date.now() + timeout;
  for (;;) {
    const { doc_count } = await couchGet(url);
    if (doc_count >= count || Date.now() > until) return doc_count;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Settings > Sync on a fresh page (no timers left from earlier work): the four fields filled in. */
async function fillSignIn(page: Page, origin: string, url: string): Promise<void> {
  await page.goto(`${origin}/settings`);
  const form = page.getByRole('form', { name: 'Sync sign-in' });
  await form.getByLabel("Your database's address").fill(url);
  await form.getByLabel('User name').fill(SYNC_USER);
  await form.getByLabel('Password', { exact: true }).fill(SYNC_PASSWORD);
  await form.getByLabel('Sync passphrase', { exact: true }).fill(SYNC_PASSPHRASE);
}

/**
 * Clicks a button from inside the page and waits until the status line has said "Syncing…" and
 * then "Synced just now". Returns the page's clock at the click and at "Synced just now".
 */
function pressAndWaitSynced(page: Page, button: string): Promise<{ from: number; done: number }> {
  return page.evaluate(
    ([buttonText, timeout]) =>
      new Promise<{ from: number; done: number }>((resolve, reject) => {
        const target = [...document.querySelectorAll('button')].find((b) => b.textContent?.trim() === buttonText);
        if (!target) return reject(new Error(`no button ${buttonText}`));
        let sawSyncing = false;
        const from = performance.now();
        const check = () => {
          const text = document.querySelector('[data-testid="sync-status"]')?.textContent ?? '';
          if (text.startsWith('Syncing')) sawSyncing = true;
          if (sawSyncing && text.startsWith('Synced just now')) {
            observer.disconnect();
            clearTimeout(timer);
            resolve({ from, done: performance.now() });
          }
        };
        const observer = new MutationObserver(check);
        observer.observe(document.body, { childList: true, subtree: true, characterData: true });
        const timer = setTimeout(() => {
          observer.disconnect();
          const text = document.querySelector('[data-testid="sync-status"]')?.textContent;
          reject(
            new Error(
              `sync did not finish: status "${text}", alert "${document.querySelector('[role=alert]')?.textContent}"`,
            ),
          );
        }, timeout);
        target.click();
      }),
    [button, SYNC_TIMEOUT_MS] as const,
  );
}

/**
 * Waits until the status line has said "Synced just now" for `quietMs` without another sync
 * starting (a sync the changes feed set off, for example). Returns the page's clock when the
 * last sync finished and how many syncs ran after `since`.
 */
function waitQuiet(page: Page, quietMs = QUIET_MS): Promise<{ lastDone: number; syncs: number }> {
  return page.evaluate(
    ([quiet, timeout]) =>
      new Promise<{ lastDone: number; syncs: number }>((resolve, reject) => {
        const status = () => document.querySelector('[data-testid="sync-status"]')?.textContent ?? '';
        let lastDone = performance.now();
        let syncs = 0;
        let syncing = status().startsWith('Syncing');
        const observer = new MutationObserver(() => {
          const now = status().startsWith('Syncing');
          if (now && !syncing) syncs += 1;
          if (!now && syncing) lastDone = performance.now();
          syncing = now;
        });
        observer.observe(document.body, { childList: true, subtree: true, characterData: true });
        const started = performance.now();
        const poll = setInterval(() => {
          if (!syncing && status().startsWith('Synced just now') && performance.now() - lastDone >= quiet) {
            clearInterval(poll);
            observer.disconnect();
            resolve({ lastDone, syncs });
          } else if (performance.now() - started > timeout) {
            clearInterval(poll);
            observer.disconnect();
            reject(new Error(`sync never went quiet: "${status()}"`));
          }
        }, 100);
      }),
    [quietMs, SYNC_TIMEOUT_MS] as const,
  );
}

/** Records in the device's IndexedDB (entries and runs), read beside the app. */
function localCount(page: Page): Promise<number> {
  return page.evaluate(async () => {
    const open = indexedDB.open('good-enough');
    const db: IDBDatabase = await new Promise((resolve, reject) => {
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    const count = (name: string) =>
      new Promise<number>((resolve) => {
        const request = db.transaction(name).objectStore(name).count();
        request.onsuccess = () => resolve(request.result);
      });
    const total = (await count('entries')) + (await count('runs'));
    db.close();
    return total;
  });
}

/** Main-thread long tasks (over 50 ms) that started at or after `from` on the page's clock. */
async function longTasksSince(page: Page, from: number) {
  const tasks = await page.evaluate(
    (since) => ((window as unknown as BenchWindow).__bench?.longTasks ?? []).filter((task) => task.start >= since),
    from,
  );
  const frames = await page.evaluate(
    (since) => ((window as unknown as BenchWindow).__bench?.frames ?? []).filter((frame) => frame.start >= since),
    from,
  );
  // The scripts of the longest frame that blocked, so a missed budget says where to look.
  const worst = frames.sort((x, y) => y.duration - x.duration)[0];
  if (worst) console.log(`  longest frame ${Math.round(worst.duration)} ms: ${JSON.stringify(worst.scripts)}`);
  return { longest: Math.max(0, ...tasks.map((task) => task.duration)), over50: tasks.length };
}

/** The page's JavaScript heap in use after a full garbage collection, in MB. */
async function liveHeap(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  await cdp.detach();
  return Math.round(usedSize / 1e5) / 10;
}

/** The floor for the first sync up: the same documents (copies, without _rev) posted to a new database in batches. */
async function bulkDocsFloor(couch: CouchServer, fromUrl: string, dbName: string): Promise<number> {
  const docs = (await couch.allDocs(fromUrl)).map(({ _rev, ...doc }) => (void _rev, doc));
  const copyUrl = await couch.createJournal(dbName, SYNC_USER, SYNC_PASSWORD);
  const from = performance.now();
  for (let at = 0; at < docs.length; at += BATCH) {
    const response = await fetch(`${copyUrl}/_bulk_docs`, {
      method: 'POST',
      headers: { accept: 'application/json', 'content-type': 'application/json', authorization: AUTH },
      body: JSON.stringify({ docs: docs.slice(at, at + BATCH) }),
    });
    const results = (await response.json()) as { ok?: boolean }[];
    if (!response.ok || results.some((result) => !result.ok)) throw new Error(`_bulk_docs: ${response.status}`);
  }
  const ms = performance.now() - from;
  await couch.removeJournal(copyUrl);
  return ms;
}

/** The floor for the first sync down: every document read from `_changes` in pages of BATCH. */
async function changesFloor(url: string, expected: number): Promise<number> {
  const from = performance.now();
  let since = '0';
  let read = 0;
  for (;;) {
    const response = await fetch(`${url}/_changes?include_docs=true&limit=${BATCH}&since=${since}`, {
      headers: { accept: 'application/json', authorization: AUTH },
    });
    const page = (await response.json()) as { results: unknown[]; last_seq: unknown };
    read += page.results.length;
    since = encodeURIComponent(typeof page.last_seq === 'string' ? page.last_seq : JSON.stringify(page.last_seq));
    if (page.results.length < BATCH) break;
  }
  const ms = performance.now() - from;
  if (read !== expected) throw new Error(`_changes gave ${read} documents, not ${expected}`);
  return ms;
}

/** A CPU profile of the page's main thread, sampled every 0.5 ms. */
async function startProfile(page: Page): Promise<CDPSession> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 500 });
  await cdp.send('Profiler.start');
  return cdp;
}

async function stopProfile(cdp: CDPSession): Promise<unknown> {
  const { profile } = await cdp.send('Profiler.stop');
  await cdp.detach();
  return profile;
}

/** A device: a context of its own (its own IndexedDB), with the bench's in-page scripts. */
async function newDevice(browser: Browser) {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  await context.addInitScript(MARKS_SCRIPT);
  const page = await context.newPage();
  return { context, page };
}

export interface SyncRun {
  up: { ms: number; setupMs: number | null; floorMs: number; echo: { ms: number; syncs: number } };
  upRequests: ReturnType<RequestLog['between']>;
  echoRequests: ReturnType<RequestLog['between']>;
  upLongTasks: { longest: number; over50: number };
  down: { ms: number; setupMs: number | null; floorMs: number; localRecords: number };
  downRequests: ReturnType<RequestLog['between']>;
  downLongTasks: { longest: number; over50: number };
  serverDocs: number;
  edit?: Awaited<ReturnType<typeof oneEdit>>;
}

/**
 * One run: a journal brought in on device A, synced up to a new database; the same documents
 * posted again from Node; device B signs in and syncs them down; the same documents read from
 * `_changes` from Node. With `edit`, one entry is then edited on B and synced, and what that
 * wrote on the server is counted. With `profile`, a CPU profile of A's first sync is kept.
 */
export async function syncRun(
  browser: Browser,
  couch: CouchServer,
  origin: string,
  journal: Journal,
  run: number,
  options: { edit: boolean; profile: boolean },
): Promise<SyncRun & { profile?: { up?: unknown; down?: unknown } }> {
  const dbName = `bench-sync-${run}`;
  const url = await couch.createJournal(dbName, SYNC_USER, SYNC_PASSWORD);
  const expected = journal.entries + journal.runs + 1; // every record, and the setup document
  const a = await newDevice(browser);
  const b = await newDevice(browser);
  try {
    await importThroughApp(a.page, origin, { name: 'journal.json', buffer: Buffer.from(journal.json) });
    await fillSignIn(a.page, origin, url);
    const logA = new RequestLog(a.context, couch.origin);
    const profileA = options.profile ? await startProfile(a.page) : null;
    const upFrom = Date.now();
    const upPage = await pressAndWaitSynced(a.page, 'Turn on sync');
    const serverDocs = await waitForServerCount(url, expected);
    const upTo = Date.now();
    const firstBulk = logA.firstAfter(upFrom, '_bulk_docs');
    const quietA = await waitQuiet(a.page);
    const profile: { up?: unknown; down?: unknown } = {};
    if (profileA) profile.up = await stopProfile(profileA);
    const upLongTasks = await longTasksSince(a.page, upPage.from);
    const upRequests = logA.between(upFrom, upTo);
    const echoRequests = logA.between(upTo);
    const upFloorMs = await bulkDocsFloor(couch, url, `${dbName}-copy`);

    await fillSignIn(b.page, origin, url);
    const heapBefore = await liveHeap(b.page);
    const logB = new RequestLog(b.context, couch.origin);
    const profileB = options.profile ? await startProfile(b.page) : null;
    const downFrom = Date.now();
    const downPage = await pressAndWaitSynced(b.page, 'Turn on sync');
    let localRecords = await localCount(b.page);
    for (let tries = 0; localRecords < expected - 1 && tries < 100; tries += 1) {
      await b.page.waitForTimeout(100);
      localRecords = await localCount(b.page);
    }
    const downMs = Date.now() - downFrom;
    await waitQuiet(b.page);
    if (profileB) profile.down = await stopProfile(profileB);
    const downLongTasks = await longTasksSince(b.page, downPage.from);
    // What the page still holds after bringing 10,000 records in (after a full collection):
    // growth here would be something keeping the records, which makes collections longer.
    console.log(`  device B heap: ${heapBefore} MB before the sync down, ${await liveHeap(b.page)} MB after`);
    const downRequests = logB.between(downFrom, downFrom + downMs);
    const downFloorMs = await changesFloor(url, expected);

    const edit = options.edit ? await oneEdit(b.page, origin, url, journal, logB) : undefined;
    return {
      up: {
        ms: upTo - upFrom,
        setupMs: firstBulk === null ? null : firstBulk - upFrom,
        floorMs: upFloorMs,
        echo: { ms: quietA.lastDone - upPage.done, syncs: quietA.syncs },
      },
      upRequests,
      echoRequests,
      upLongTasks,
      down: {
        ms: downMs,
        setupMs: (logB.firstAfter(downFrom, '_changes') ?? downFrom) - downFrom,
        floorMs: downFloorMs,
        localRecords,
      },
      downRequests,
      downLongTasks,
      serverDocs,
      edit,
      profile: options.profile ? profile : undefined,
    };
  } finally {
    await a.context.close();
    await b.context.close();
    await couch.removeJournal(url);
  }
}

/**
 * One entry edited in the editor, then Settings (through the tab, so the page is not reloaded)
 * and "Sync now": the server's writes (update_seq before and after) and every request the page
 * made, from before the edit until sync has been quiet for QUIET_AFTER_SAVE_MS.
 */
async function oneEdit(page: Page, origin: string, url: string, journal: Journal, log: RequestLog) {
  const id = (JSON.parse(journal.json) as { tables: { entries: { id: string }[] } }).tables.entries[0]!.id;
  await page.goto(`${origin}/journal/${id}`);
  const words = page.getByRole('textbox', { name: 'Your words' });
  await words.waitFor();
  // The sync that opening the app starts has finished and only the long poll is left.
  await waitForNoRequests(log, 1_500);
  const before = await couchGet(url);
  const from = Date.now();
  await words.press('End');
  await words.pressSequentially(' And then it rained.');
  await page.getByText('Saved on this device').waitFor();
  await page.getByRole('link', { name: 'Settings' }).first().click();
  await page.getByTestId('sync-status').waitFor();
  await waitQuiet(page);
  const pressed = await pressAndWaitSynced(page, 'Sync now');
  await waitQuiet(page, QUIET_AFTER_SAVE_MS);
  const after = await couchGet(url);
  return {
    docsWritten: seqNumber(after.update_seq) - seqNumber(before.update_seq),
    docCountChange: after.doc_count - before.doc_count,
    syncNowMs: pressed.done - pressed.from,
    requests: log.between(from),
  };
}

async function waitForNoRequests(log: RequestLog, ms: number): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, ms));
  for (let tries = 0; tries < 100; tries += 1) {
    const last = log.sent.filter((sent) => sent.kind !== '_changes (long poll)').at(-1)?.at ?? 0;
    if (Date.now() - last >= ms) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

interface CpuProfile {
  nodes: {
    id: number;
    parent?: number;
    children?: number[];
    callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  }[];
  samples: number[];
  timeDeltas: number[];
}

/**
 * Where a CPU profile's main-thread time went: stretches of samples without idle between them
 * longer than 50 ms (what the Long Tasks API calls long tasks, near enough), and in them the
 * functions with the most self time, each with its callers.
 */
export function summarizeProfile(profile: CpuProfile, top = 12) {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  for (const node of profile.nodes) for (const child of node.children ?? []) byId.get(child)!.parent = node.id;
  const label = (id: number) => {
    const { functionName, url, lineNumber, columnNumber } = byId.get(id)!.callFrame;
    const file = url.split('/').at(-1);
    return `${functionName || '(anonymous)'}${file ? ` ${file}:${lineNumber + 1}:${columnNumber + 1}` : ''}`;
  };
  const callers = (id: number) => {
    const chain: string[] = [];
    for (let at = byId.get(id)!.parent; at !== undefined && chain.length < 4; at = byId.get(at)!.parent) {
      if (byId.get(at)!.callFrame.functionName === '(root)') break;
      chain.push(label(at));
    }
    return chain;
  };
  const stretches: { ms: number; self: Map<number, number> }[] = [];
  let current: { ms: number; self: Map<number, number> } | null = null;
  let busyMs = 0;
  const selfAll = new Map<number, number>();
  profile.samples.forEach((id, index) => {
    const ms = (profile.timeDeltas[index + 1] ?? 0) / 1000;
    if (byId.get(id)!.callFrame.functionName === '(idle)') {
      if (current && current.ms > 50) stretches.push(current);
      current = null;
      return;
    }
    busyMs += ms;
    selfAll.set(id, (selfAll.get(id) ?? 0) + ms);
    current ??= { ms: 0, self: new Map() };
    current.ms += ms;
    current.self.set(id, (current.self.get(id) ?? 0) + ms);
  });
  const self = new Map<string, { ms: number; callers: string[] }>();
  for (const stretch of stretches) {
    for (const [id, ms] of stretch.self) {
      const key = label(id);
      const entry = self.get(key) ?? { ms: 0, callers: callers(id) };
      entry.ms += ms;
      self.set(key, entry);
    }
  }
  const longMs = stretches.reduce((sum, stretch) => sum + stretch.ms, 0);
  return {
    busyMs: Math.round(busyMs),
    stretchesOver50: stretches.length,
    longestStretchMs: Math.round(Math.max(0, ...stretches.map((stretch) => stretch.ms))),
    inStretchesMs: Math.round(longMs),
    topSelfInStretches: [...self]
      .sort((x, y) => y[1].ms - x[1].ms)
      .slice(0, top)
      .map(([name, { ms, callers: chain }]) => ({ name, ms: Math.round(ms), callers: chain })),
    // Where all of the busy time went, long stretches or not (what makes a sync slow overall).
    topSelfOverall: [...selfAll]
      .sort((x, y) => y[1] - x[1])
      .slice(0, top)
      .map(([id, ms]) => ({ name: label(id), ms: Math.round(ms), callers: callers(id).slice(0, 2) })),
  };
}

const range = (values: number[]) => {
  const s = stats(values);
  return `${s.median.toFixed(0)} ms (${s.min.toFixed(0)}–${s.max.toFixed(0)})`;
};

/** The rows for RESULTS.md: medians of the runs, with min and max, and ratios of medians from the same runs. */
export function syncFigures(runs: SyncRun[], journal: Journal): Figure[] {
  const size = `${journal.entries.toLocaleString()} entries`;
  const of = runs.length === 1 ? '1 run' : `median of ${runs.length} runs`;
  const up = stats(runs.map((run) => run.up.ms));
  const upFloor = stats(runs.map((run) => run.up.floorMs));
  const down = stats(runs.map((run) => run.down.ms));
  const downFloor = stats(runs.map((run) => run.down.floorMs));
  const echo = stats(runs.map((run) => run.up.echo.ms));
  const upRatio = up.median / upFloor.median;
  const downRatio = down.median / downFloor.median;
  const figures: Figure[] = [
    {
      name: `first sync of ${size} (and ${journal.runs} runs) up to an empty server: "Turn on sync" to all on the server, ${of}`,
      value: `${range(runs.map((run) => run.up.ms))} = ${upRatio.toFixed(2)} x _bulk_docs from Node (${range(runs.map((run) => run.up.floorMs))})`,
      budget: 'at most 3 x',
      met: upRatio <= 3,
      detail: {
        up,
        upFloor,
        ratios: runs.map((run) => run.up.ms / run.up.floorMs),
        setupMs: runs.map((run) => run.up.setupMs),
        requests: runs.map((run) => run.upRequests),
        serverDocs: runs.map((run) => run.serverDocs),
      },
    },
    {
      name: `after that first sync, the same device syncs again and reads its own ${journal.entries + journal.runs + 1} documents back`,
      value: `${range(runs.map((run) => run.up.echo.ms))} more, in ${runs[0]!.up.echo.syncs} sync(s); ${runs[0]!.echoRequests.requests} requests`,
      budget: 'reported',
      met: null,
      detail: { echo, requests: runs.map((run) => run.echoRequests) },
    },
    {
      name: `first sync of ${size} down to a fresh device: "Turn on sync" to all in its IndexedDB, ${of}`,
      value: `${range(runs.map((run) => run.down.ms))} = ${downRatio.toFixed(2)} x _changes from Node (${range(runs.map((run) => run.down.floorMs))})`,
      budget: 'at most 3 x',
      met: downRatio <= 3 && runs.every((run) => run.down.localRecords === journal.entries + journal.runs),
      detail: {
        down,
        downFloor,
        ratios: runs.map((run) => run.down.ms / run.down.floorMs),
        localRecords: runs.map((run) => run.down.localRecords),
        setupMs: runs.map((run) => run.down.setupMs),
        requests: runs.map((run) => run.downRequests),
      },
    },
  ];
  const edit = runs.find((run) => run.edit)?.edit;
  if (edit) {
    const counts = Object.entries(edit.requests.counts)
      .map(([kind, n]) => `${n} ${kind}`)
      .join(', ');
    figures.push({
      name: 'one entry edited, then "Sync now": documents written on the server (update_seq before and after)',
      value: `${edit.docsWritten}; ${edit.requests.requests} requests (${counts})`,
      budget: 'at most 3 documents',
      met: edit.docsWritten <= 3,
      detail: edit,
    });
  }
  const longestUp = Math.max(...runs.map((run) => run.upLongTasks.longest));
  const longestDown = Math.max(...runs.map((run) => run.downLongTasks.longest));
  const over = (pick: (run: SyncRun) => number) => stats(runs.map(pick)).median;
  figures.push({
    name: `main-thread tasks while syncing ${size}: longest, and how many over 50 ms (median per sync)`,
    value: `up ${longestUp.toFixed(0)} ms, ${over((run) => run.upLongTasks.over50)}; down ${longestDown.toFixed(0)} ms, ${over((run) => run.downLongTasks.over50)}`,
    budget: 'none over 50 ms',
    met: longestUp <= 50 && longestDown <= 50,
    detail: { up: runs.map((run) => run.upLongTasks), down: runs.map((run) => run.downLongTasks) },
  });
  return figures;
}
