/**
 * `npm run bench`: builds the production app, serves it on 127.0.0.1, drives Debian's
 * Chromium, and prints every figure with its budget; writes bench/results/<date>.json,
 * bench/RESULTS.json and bench/RESULTS.md. `-- --quick`: a small journal, one run each, to prove
 * the harness works. Nothing here fails on a slow figure: budgets are reported, not asserted.
 * `-- --tier 100k`: the figures of a 100,000-entry journal against an empty one (no bundle,
 * Lighthouse, typing, lock or sync), kept in bench/RESULTS-100k.json and shown in RESULTS.md.
 * `-- --sync-only`: only the sync figures (bench/sync.ts), printed and kept in bench/results/,
 * not in RESULTS.md. `-- --profile-sync`: also a CPU profile of the first run's syncs, summarized;
 * `-- --sync-runs=N`: N runs of the sync figures instead of 3.
 * The app is served on TEST_PORT (4200 if unset), the CouchDB-protocol server on
 * COUCH_TEST_PORT (5989 if unset), so two checkouts can run side by side.
 */
import { execSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { chromium } from 'playwright';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../tools/browser.ts';
import { startCouchServer } from '../tools/couch-server.ts';
import { PreviewServer } from '../tools/preview-server.ts';
import { measureBundle } from './bundle.ts';
import { generateJournal, type GeneratedJournal } from './generate-journal.ts';
import { type Bench, largestJournalFigures, repeat, startsWithJournal } from './journal-figures.ts';
import { runLighthouse } from './lighthouse.ts';
import { type Figure, renderTable, stats, writeReports } from './report.ts';
import { summarizeProfile, syncFigures, type SyncRun, syncRun } from './sync.ts';

const quick = process.argv.includes('--quick');
const tierArg = process.argv.find((arg) => arg.startsWith('--tier'));
const tierValue = tierArg === '--tier' ? process.argv[process.argv.indexOf(tierArg) + 1] : tierArg?.slice(7);
if (tierArg && tierValue !== '100k') throw new Error(`Unknown tier "${tierValue}": the one extra tier is 100k.`);
const tier = tierValue === '100k' ? '100k' : '10k';
const RUNS = quick ? 1 : 5;
const LIGHTHOUSE_RUNS = quick ? 1 : 3;
const SIZES = tier === '100k' ? [0, quick ? 1_000 : 100_000] : quick ? [0, 200] : [0, 1_000, 10_000];
const LARGEST = SIZES[SIZES.length - 1]!;
const syncOnly = process.argv.includes('--sync-only');
const profileSync = process.argv.includes('--profile-sync');
/** A first sync of 10,000 entries both ways takes about a minute here: 3 runs, not 5. */
const SYNC_RUNS = Number(process.argv.find((arg) => arg.startsWith('--sync-runs='))?.slice(12) ?? (quick ? 1 : 3));
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
const bench: Bench = { browser, origin: server.origin, runs: RUNS, quick, tier, log };
let largest: GeneratedJournal | null = null;
let syncProfile: Record<'up' | 'down', ReturnType<typeof summarizeProfile> | null> | undefined;

try {
  if (!syncOnly) await everythingButSync();

  const syncJournal = largest ?? generateJournal(LARGEST, Math.min(200, LARGEST));
  const runs: SyncRun[] = [];
  if (tier === '10k') log('sync');
  for (let run = 0; run < (tier === '10k' ? SYNC_RUNS : 0); run += 1) {
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
  if (runs.length > 0) figures.push(...syncFigures(runs, syncJournal));

  // A shared machine: how busy it was says how far to trust single times.
  const load = `load average ${loadAtStart.toFixed(1)} at the start, ${loadavg()[0]!.toFixed(1)} at the end`;
  const machine = `${cpus().length} x ${cpus()[0]?.model.trim()}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Chromium ${browser.version()}, Node ${process.version}; ${load}`;
  const when = new Date().toISOString();
  const result = {
    when,
    machine,
    quick,
    runs: RUNS,
    syncRuns: tier === '10k' ? SYNC_RUNS : 0,
    tier,
    sizes: SIZES,
    textBytes: syncJournal.textBytes,
    figures,
    syncProfile,
    minutes: (Date.now() - started) / 60_000,
  };
  console.log(renderTable(figures));
  mkdirSync('bench/results', { recursive: true });
  const suffix = `${tier === '100k' ? '-100k' : ''}${quick ? '-quick' : ''}${syncOnly ? '-sync' : ''}`;
  writeFileSync(`bench/results/${when.replaceAll(':', '-')}${suffix}.json`, JSON.stringify(result, null, 2));
  if (!quick && !syncOnly) {
    // Every figure with its runs, min and max: what RESULTS.md and the READMEs are made from.
    writeFileSync(
      tier === '100k' ? 'bench/RESULTS-100k.json' : 'bench/RESULTS.json',
      `${JSON.stringify(result, null, 2)}\n`,
    );
    writeReports();
  }
  log(`done in ${result.minutes.toFixed(1)} minutes`);
} finally {
  await browser.close();
  await server.stop();
  await couch.stop();
}

/** Every figure before sync's: bundle and Lighthouse (main tier), then the journals. */
async function everythingButSync() {
  if (tier === '10k') await firstScreenFigures();
  const starts: Record<number, number[]> = {};
  for (const size of SIZES.slice(0, -1)) {
    log(`cold starts with ${size.toLocaleString()} entries`);
    starts[size] = await startsWithJournal(bench, generateJournal(size, size === 0 ? 0 : Math.min(200, size)));
  }
  log(`the journal of ${LARGEST.toLocaleString()} entries`);
  largest = generateJournal(LARGEST, Math.min(200, LARGEST));
  figures.push(...(await largestJournalFigures(bench, largest, starts)));
}

async function firstScreenFigures() {
  const bundle = await measureBundle(browser, server.origin);
  figures.push({
    name: 'gzipped JS to show the first screen',
    value: `${bundle.firstScreenKb.toFixed(1)} kB`,
    budget: 'at most 150 kB',
    met: bundle.firstScreenKb <= 150,
    detail: { scripts: bundle.scripts },
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
    fcp: median((s) => s.metrics.fcp ?? NaN),
  };
  figures.push({
    name: 'Lighthouse mobile, median of 3: performance / accessibility / best practices; first contentful paint',
    value: `${lh.performance} / ${lh.accessibility} / ${lh.bestPractices}; ${(lh.fcp / 1000).toFixed(2)} s`,
    budget: '100 / 100 / 100; at most 1.0 s',
    met: lh.performance === 100 && lh.accessibility === 100 && lh.bestPractices === 100 && lh.fcp <= 1000,
    detail: { runs: scores },
  });
}
