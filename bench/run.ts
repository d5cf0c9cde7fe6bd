/**
 * `npm run bench`: builds the production app, serves it on 127.0.0.1, drives Debian's
 * Chromium, and prints every figure with its budget; writes bench/results/<date>.json and
 * bench/RESULTS.md. `npm run bench -- --quick`: a small journal, one run each, to prove the
 * harness works. Nothing here fails on a slow figure: budgets are reported, not asserted.
 * `-- --sync-only`: only the sync figures (bench/sync.ts), printed and kept in bench/results/,
 * not in RESULTS.md. `-- --profile-sync`: also a CPU profile of the first run's syncs, summarized;
 * `-- --sync-runs=N`: N runs of the sync figures instead of 3.
 * The app is served on TEST_PORT (4200 if unset), the CouchDB-protocol server on
 * COUCH_TEST_PORT (5989 if unset), so two checkouts can run side by side.
 */
import { execSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { chromium } from 'playwright';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../tools/browser.ts';
import { startCouchServer } from '../tools/couch-server.ts';
import { waitForActivatedServiceWorker } from '../tools/service-worker.ts';
import { PreviewServer } from '../tools/preview-server.ts';
import { measureBundle } from './bundle.ts';
import {
  blankStartOffline,
  coldStart,
  exportThroughApp,
  heapWithJournalOpen,
  importThroughApp,
  percentile,
  rawDexieFloor,
  searchAsYouType,
  searchManyQueries,
  typingLatency,
  unlockTimes,
} from './figures.ts';
import { COMMON_QUERY, generateJournal, SEARCH_QUERIES } from './generate-journal.ts';
import { MARKS_SCRIPT } from './in-page.ts';
import { runLighthouse } from './lighthouse.ts';
import { searchLongTasks, searchTasksFigure } from './search-tasks.ts';
import { type Figure, renderMarkdown, renderTable, stats, withSummary } from './report.ts';
import { summarizeProfile, syncFigures, type SyncRun, syncRun } from './sync.ts';

const quick = process.argv.includes('--quick');
const RUNS = quick ? 1 : 5;
const LIGHTHOUSE_RUNS = quick ? 1 : 3;
const SIZES = quick ? [0, 200] : [0, 1_000, 10_000];
const LARGEST = SIZES[SIZES.length - 1]!;
const syncOnly = process.argv.includes('--sync-only');
const profileSync = process.argv.includes('--profile-sync');
/** A first sync of 10,000 entries both ways takes about a minute here: 3 runs, not 5. */
const SYNC_RUNS = Number(process.argv.find((arg) => arg.startsWith('--sync-runs='))?.slice(12) ?? (quick ? 1 : 3));
const PASSPHRASE = 'kettle gravel orbit lantern';
const started = Date.now();
const loadAtStart = loadavg()[0]!;

if (!process.argv.includes('--no-build')) execSync('npx vite build', { stdio: 'ignore' });
// Started first, so a taken port stops the bench at once, not after the other figures (and
// if anything after fails, the harness kills pouchdb-server when this process exits).
const couch = await startCouchServer({ port: Number(process.env.COUCH_TEST_PORT ?? 5989) });
const server = new PreviewServer(Number(process.env.TEST_PORT ?? 4200));
await server.start();
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
const figures: Figure[] = [];
const log = (text: string) => console.log(`[${((Date.now() - started) / 1000).toFixed(0)} s] ${text}`);
let largest: ReturnType<typeof generateJournal> | null = null;
let syncProfile: Record<'up' | 'down', ReturnType<typeof summarizeProfile> | null> | undefined;
const repeat = async <T>(times: number, work: () => Promise<T>) => {
  const values: T[] = [];
  for (let run = 0; run < times; run += 1) values.push(await work());
  return values;
};

try {
  if (!syncOnly) await everythingButSync();

  log('sync');
  const syncJournal = largest ?? generateJournal(LARGEST, Math.min(200, LARGEST));
  const runs: SyncRun[] = [];
  for (let run = 0; run < SYNC_RUNS; run += 1) {
    const result = await syncRun(browser, couch, server.origin, syncJournal, run, {
      edit: run === SYNC_RUNS - 1,
      profile: profileSync && run === 0,
    });
    const { profile, ...figuresOfRun } = result;
    runs.push(figuresOfRun);
    log(
      `sync run ${run + 1}: up ${result.up.ms} ms (floor ${result.up.floorMs.toFixed(0)}), down ${result.down.ms} ms (floor ${result.down.floorMs.toFixed(0)})`,
    );
    if (profile) {
      const summarize = (cpu: unknown) =>
        cpu ? summarizeProfile(cpu as Parameters<typeof summarizeProfile>[0]) : null;
      syncProfile = { up: summarize(profile.up), down: summarize(profile.down) };
      console.log(JSON.stringify(syncProfile, null, 2));
    }
  }
  figures.push(...syncFigures(runs, syncJournal));

  // A shared machine: how busy it was says how far to trust single times.
  const load = `load average ${loadAtStart.toFixed(1)} at the start, ${loadavg()[0]!.toFixed(1)} at the end`;
  const machine = `${cpus().length} x ${cpus()[0]?.model.trim()}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Chromium ${browser.version()}, Node ${process.version}; ${load}`;
  const when = new Date().toISOString();
  const result = {
    when,
    machine,
    quick,
    runs: RUNS,
    syncRuns: SYNC_RUNS,
    sizes: SIZES,
    textBytes: syncJournal.textBytes,
    figures,
    syncProfile,
    minutes: (Date.now() - started) / 60_000,
  };
  console.log(renderTable(figures));
  mkdirSync('bench/results', { recursive: true });
  const suffix = `${quick ? '-quick' : ''}${syncOnly ? '-sync' : ''}`;
  writeFileSync(`bench/results/${when.replaceAll(':', '-')}${suffix}.json`, JSON.stringify(result, null, 2));
  if (!quick && !syncOnly) {
    writeFileSync('bench/RESULTS.md', renderMarkdown(result));
    // Every figure with its runs, min and max: what RESULTS.md and the READMEs are made from.
    writeFileSync('bench/RESULTS.json', `${JSON.stringify(result, null, 2)}\n`);
    for (const readme of ['README.md', 'bench/README.md']) {
      writeFileSync(readme, withSummary(readFileSync(readme, 'utf8'), result));
    }
  }
  log(`done in ${result.minutes.toFixed(1)} minutes`);
} finally {
  await browser.close();
  await server.stop();
  await couch.stop();
}

type Imported = Awaited<ReturnType<typeof importThroughApp>>;

/** A median with the runs' min and max beside it. */
function spread(s: ReturnType<typeof stats>): string {
  return `${s.median.toFixed(0)} ms (${s.min.toFixed(0)}–${s.max.toFixed(0)})`;
}

/** One more import of the same file, into a new profile: the same start as the first. */
async function importIntoFreshProfile(file: { name: string; buffer: Buffer }): Promise<Imported> {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  try {
    await context.addInitScript(MARKS_SCRIPT);
    const page = await context.newPage();
    await page.goto(server.origin);
    await waitForActivatedServiceWorker(page);
    return await importThroughApp(page, server.origin, file);
  } finally {
    await context.close();
  }
}

/** Every figure before sync's: bundle, Lighthouse, then each journal size. */
async function everythingButSync() {
  const bundle = await measureBundle(browser, server.origin);
  figures.push({
    name: 'gzipped JS to show the first screen',
    value: `${bundle.firstScreenKb.toFixed(1)} kB`,
    budget: 'at most 150 kB',
    met: bundle.firstScreenKb <= 150,
  });
  figures.push({
    name: 'precache (every file the service worker keeps)',
    value: `${bundle.precacheKb.toFixed(0)} KiB`,
    budget: 'reported',
    met: null,
  });

  log('Lighthouse');
  const scores = await repeat(LIGHTHOUSE_RUNS, () => runLighthouse(`${server.origin}/`));
  const median = (pick: (s: (typeof scores)[number]) => number) => stats(scores.map(pick)).median;
  const lh = {
    performance: median((s) => s.performance),
    accessibility: median((s) => s.accessibility),
    bestPractices: median((s) => s.bestPractices),
  };
  figures.push({
    name: 'Lighthouse mobile: performance / accessibility / best practices',
    value: `${lh.performance} / ${lh.accessibility} / ${lh.bestPractices}`,
    budget: '100 / 100 / 100',
    met: lh.performance === 100 && lh.accessibility === 100 && lh.bestPractices === 100,
    detail: { runs: scores },
  });

  const starts: Record<number, number[]> = {};
  for (const size of SIZES) {
    log(`journal of ${size} entries`);
    const journal = generateJournal(size, size === 0 ? 0 : Math.min(200, size));
    if (size === LARGEST) largest = journal;
    const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
    await context.addInitScript(MARKS_SCRIPT);
    const page = await context.newPage();
    await page.goto(server.origin);
    await waitForActivatedServiceWorker(page);
    const stage = { context, origin: server.origin };
    const file = { name: `journal-${size}.json`, buffer: Buffer.from(journal.json) };
    const imports: Imported[] = [];
    if (size > 0) imports.push(await importThroughApp(page, server.origin, file));
    // The largest journal is imported RUNS times, the others into fresh profiles (closed after).
    if (size === LARGEST) imports.push(...(await repeat(RUNS - 1, () => importIntoFreshProfile(file))));
    const blank = await repeat(RUNS, () => blankStartOffline(stage));
    starts[size] = await repeat(RUNS, () => coldStart(stage));
    if (size === LARGEST) {
      const app = stats(starts[size]);
      figures.push({
        name: `cold start offline to a usable Today, ${size.toLocaleString()} entries`,
        value: `${app.median.toFixed(0)} ms`,
        budget: 'reported',
        met: null,
        detail: app,
      });
      const ratio = app.median / stats(blank).median;
      figures.push({
        name: 'cold start vs a blank page from the same service worker',
        value: `${ratio.toFixed(2)} (${app.median.toFixed(0)} vs ${stats(blank).median.toFixed(0)} ms)`,
        budget: 'reported',
        met: null,
        detail: { blank: stats(blank) },
      });

      log('import and export');
      const dexieSource = readFileSync('node_modules/dexie/dist/dexie.min.js', 'utf8');
      const floor = await repeat(RUNS, () => rawDexieFloor(page, server.origin, dexieSource, journal.json));
      const exports = await repeat(RUNS, () => exportThroughApp(page, server.origin));
      const putFloor = stats(floor.map((f) => f.bulkPutMs)).median;
      const readFloor = stats(floor.map((f) => f.toArrayMs)).median;
      const writes = stats(imports.map((run) => run.writeMs));
      const write = writes.median;
      figures.push({
        name: `import of ${size.toLocaleString()} entries (writing, after the file check)`,
        value: `${spread(writes)} = ${(write / putFloor).toFixed(2)} x bulkPut (${spread(stats(floor.map((f) => f.bulkPutMs)))})`,
        budget: 'at most 2 x',
        met: write / putFloor <= 2,
        detail: { writes, fileChecks: stats(imports.map((run) => run.checkMs)) },
      });
      const tasks = imports.flatMap((run) => [...run.longTasks.check, ...run.longTasks.write]);
      const longest = (part: 'check' | 'write') =>
        Math.max(0, ...imports.flatMap((run) => run.longTasks[part].map((task) => task.duration)));
      figures.push({
        name: `main-thread tasks while importing ${size.toLocaleString()} entries, ${imports.length} imports: longest in the file check / the writing, and how many over 50 ms`,
        value: `${longest('check').toFixed(0)} / ${longest('write').toFixed(0)} ms; ${tasks.length}`,
        budget: 'none over 50 ms',
        met: tasks.length === 0,
        detail: imports.map((run) => run.longTasks),
      });
      const exportMs = stats(exports).median;
      figures.push({
        name: `export of ${size.toLocaleString()} entries (click to file saved)`,
        value: `${exportMs.toFixed(0)} ms = ${(exportMs / readFloor).toFixed(2)} x toArray (${readFloor.toFixed(0)} ms)`,
        budget: 'at most 2 x',
        met: exportMs / readFloor <= 2,
        detail: stats(exports),
      });
      figures.push({
        name: `file check before importing ${size.toLocaleString()} entries (in a worker)`,
        value: spread(stats(imports.map((run) => run.checkMs))),
        budget: 'reported',
        met: null,
      });

      log('search and typing');
      // Fifty queries from the journal's own words (ten in the quick run), RUNS visits.
      const queries = quick ? SEARCH_QUERIES.filter((_, index) => index % 5 === 0) : SEARCH_QUERIES;
      const searches = await repeat(RUNS, () => searchManyQueries(page, server.origin, queries));
      const p95s = stats(searches.map((run) => percentile(run.keys, 95)));
      const scans = stats(searches.flatMap((run) => run.scanMs));
      const p95 = p95s.median;
      figures.push({
        name: `search as you type, ${size.toLocaleString()} entries, ${queries.length} queries from its own words: keystroke to results painted, p95`,
        value: `${spread(p95s)}; full scan ${spread(scans)} (${(p95 / scans.median).toFixed(2)} x)`,
        budget: 'at most 50 ms and 0.1 x a full scan',
        met: p95 <= 50 && p95 <= scans.median / 10,
        detail: { queries, p95s, scans, keys: searches.map((run) => run.keys) },
      });
      const common = await searchAsYouType(page, server.origin, COMMON_QUERY);
      const worst = Math.max(...common.keys);
      figures.push({
        name: `search for a word nearly every entry has ("${COMMON_QUERY}"): slowest keystroke`,
        value: `${worst.toFixed(0)} ms; full scan ${common.scanMs.toFixed(0)} ms`,
        budget: 'reported',
        met: null,
        detail: { keys: common.keys },
      });
      // --- search: main-thread tasks while opening search and typing (bench/search-tasks.ts) ---
      const searchTasks = await repeat(RUNS, () => searchLongTasks(page, server.origin, queries));
      figures.push(searchTasksFigure(size, queries.length, searchTasks));
      // --- end of search tasks ---
      const text = 'Left the dishes until morning and nobody minded. '.repeat(5).slice(0, 200);
      const typings = await repeat(RUNS, () => typingLatency(page, server.origin, text));
      const appP95s = stats(typings.map((typing) => percentile(typing.app.keys, 95)));
      const bareP95s = stats(typings.map((typing) => percentile(typing.bare.keys, 95)));
      const longestEvent = Math.max(...typings.map((typing) => typing.app.longestEvent));
      const [appP95, bareP95] = [appP95s.median, bareP95s.median];
      figures.push({
        name: `typing in the editor, ${size.toLocaleString()} entries, 200 keys, ${typings.length} runs: longest event; p95 vs a bare textarea`,
        value: `${longestEvent.toFixed(0)} ms; ${appP95.toFixed(1)} (${appP95s.min.toFixed(1)}–${appP95s.max.toFixed(1)}) vs ${bareP95.toFixed(1)} ms (${(appP95 / bareP95).toFixed(2)} x)`,
        budget: 'no event over 50 ms; at most 1.5 x',
        met: longestEvent <= 50 && appP95 <= bareP95 * 1.5,
        detail: { appP95s, bareP95s },
      });

      log('heap');
      // Where the journal is in memory: search (with its worker), history, insights; page and workers together.
      const heaps = await repeat(RUNS, () => heapWithJournalOpen(page, server.origin));
      const textMb = journal.textBytes / 1e6;
      const where = ['search', 'history', 'insights'] as const;
      const heapMb = Object.fromEntries(
        where.map((screen) => [screen, stats(heaps.map((heap) => (heap[screen].page + heap[screen].workers) / 1e6))]),
      ) as Record<(typeof where)[number], ReturnType<typeof stats>>;
      const largestHeap = Math.max(...where.map((screen) => heapMb[screen].median));
      figures.push({
        name: `JS heap with ${size.toLocaleString()} entries in memory (page and workers): search open / history scrolled to the end / insights open`,
        value: `${where.map((screen) => heapMb[screen].median.toFixed(1)).join(' / ')} MB; text ${textMb.toFixed(1)} MB (${(largestHeap / textMb).toFixed(2)} x at most)`,
        budget: 'at most 3 x the text',
        met: largestHeap <= 3 * textMb,
        detail: { heapMb, runs: heaps },
      });

      log('the lock');
      // Both sides in the same context and run: the unlocked start first, then the lock on.
      const onlineStarts = await repeat(RUNS, () => coldStart(stage, false));
      await page.goto(`${server.origin}/settings`);
      await page.getByRole('button', { name: 'Set a passphrase' }).click();
      await page.getByLabel('New passphrase', { exact: true }).fill(PASSPHRASE);
      await page.getByLabel('The same passphrase again', { exact: true }).fill(PASSPHRASE);
      const lockFrom = Date.now();
      await page.getByRole('button', { name: 'Lock my journal with this passphrase' }).click();
      await page.getByText('Your journal is now locked with your passphrase.').waitFor({ timeout: 600_000 });
      const sealMs = Date.now() - lockFrom;
      const unlocks = await repeat(RUNS, () => unlockTimes(context, server.origin, PASSPHRASE));
      const unlockMs = stats(unlocks.map((u) => u.unlock)).median;
      const startMs = stats(onlineStarts).median;
      figures.push({
        name: `unlock with the lock on, ${size.toLocaleString()} entries: pressing Unlock to a usable Today`,
        value: `${unlockMs.toFixed(0)} ms = ${(unlockMs / startMs).toFixed(2)} x the cold start (${startMs.toFixed(0)} ms)`,
        budget: 'at most 1.5 x',
        met: unlockMs <= 1.5 * startMs,
        detail: { toUnlockScreen: stats(unlocks.map((u) => u.toScreen)), turningTheLockOnMs: sealMs },
      });
    }
    await context.close();
  }
  const ratio = stats(starts[LARGEST]!).median / stats(starts[0]!).median;
  figures.splice(3, 0, {
    name: `cold start offline, ${LARGEST.toLocaleString()} vs 0 entries`,
    value: `${ratio.toFixed(2)} (${stats(starts[LARGEST]!).median.toFixed(0)} vs ${stats(starts[0]!).median.toFixed(0)} ms)`,
    budget: 'at most 1.3',
    met: ratio <= 1.3,
    detail: Object.fromEntries(Object.entries(starts).map(([size, values]) => [size, stats(values)])),
  });
}
