/**
 * The figures of the screens that hold the journal: search, the editor, the heap where the
 * journal is in memory, and the lock. Taken in the page the largest journal was imported into.
 */
import type { Page } from 'playwright';
import {
  coldStart,
  heapWithJournalOpen,
  percentile,
  searchAsYouType,
  searchManyQueries,
  type Stage,
  typingLatency,
  unlockTimes,
} from './figures.ts';
import { COMMON_QUERY, type GeneratedJournal, SEARCH_QUERIES } from './generate-journal.ts';
import type { Bench } from './journal-figures.ts';
import { type Figure, stats } from './report.ts';
import { searchLongTasks, searchTasksFigure } from './search-tasks.ts';
import { changePassphraseTasks, openInsights, type WorkTasks } from './work-tasks.ts';

const PASSPHRASE = 'kettle gravel orbit lantern';

async function repeat<T>(times: number, work: (run: number) => Promise<T>): Promise<T[]> {
  const values: T[] = [];
  for (let run = 0; run < times; run += 1) values.push(await work(run));
  return values;
}

const spread = (s: ReturnType<typeof stats>) => `${s.median.toFixed(0)} ms (${s.min.toFixed(0)}–${s.max.toFixed(0)})`;

/**
 * Fifty queries from the journal's own words (ten in the quick run), `runs` visits. The full
 * scan of every query is timed in each visit of the main tier; at 100,000 entries (where each
 * scan takes seconds and the budget is 50 ms alone) in the first visit only.
 */
export async function searchFigures(bench: Bench, page: Page, count: string): Promise<Figure[]> {
  bench.log('search');
  const queries = bench.quick ? SEARCH_QUERIES.filter((_, index) => index % 5 === 0) : SEARCH_QUERIES;
  const large = bench.tier === '100k';
  const searches = await repeat(bench.runs, (run) =>
    searchManyQueries(page, bench.origin, queries, !large || run === 0),
  );
  const p95s = stats(searches.map((run) => percentile(run.keys, 95)));
  const scans = stats(searches.flatMap((run) => run.scanMs));
  const p95 = p95s.median;
  const figures: Figure[] = [
    {
      name: `search as you type, ${count} entries, ${queries.length} queries from its own words: keystroke to results painted, p95`,
      value: `${spread(p95s)}; full scan ${spread(scans)} (${(p95 / scans.median).toFixed(2)} x)`,
      budget: large ? 'at most 50 ms' : 'at most 50 ms and 0.1 x a full scan',
      met: p95 <= 50 && (large || p95 <= scans.median / 10),
      detail: { queries, p95s, scans, keys: searches.map((run) => run.keys) },
    },
  ];
  const common = await searchAsYouType(page, bench.origin, COMMON_QUERY);
  figures.push({
    name: `search for a word nearly every entry has ("${COMMON_QUERY}"): slowest keystroke`,
    value: `${Math.max(...common.keys).toFixed(0)} ms; full scan ${common.scanMs.toFixed(0)} ms`,
    budget: 'reported',
    met: null,
    detail: { keys: common.keys },
  });
  const tasks = await repeat(bench.runs, () => searchLongTasks(page, bench.origin, queries));
  const tasksFigure = searchTasksFigure(Number(count.replaceAll(',', '')), queries.length, tasks);
  // The budget is at 10,000 entries; at 100,000 the figure is reported.
  figures.push(large ? { ...tasksFigure, budget: 'reported', met: null } : tasksFigure);
  return figures;
}

/** 200 keystrokes into the editor against a bare textarea, `runs` times. */
export async function typingFigure(bench: Bench, page: Page, count: string): Promise<Figure> {
  bench.log('typing');
  const text = 'Left the dishes until morning and nobody minded. '.repeat(5).slice(0, 200);
  const typings = await repeat(bench.runs, () => typingLatency(page, bench.origin, text));
  const appP95s = stats(typings.map((typing) => percentile(typing.app.keys, 95)));
  const bareP95s = stats(typings.map((typing) => percentile(typing.bare.keys, 95)));
  const longestEvent = Math.max(...typings.map((typing) => typing.app.longestEvent));
  const [appP95, bareP95] = [appP95s.median, bareP95s.median];
  return {
    name: `typing in the editor, ${count} entries, 200 keys, ${typings.length} runs: longest event; p95 vs a bare textarea`,
    value: `${longestEvent.toFixed(0)} ms; ${appP95.toFixed(1)} (${appP95s.min.toFixed(1)}–${appP95s.max.toFixed(1)}) vs ${bareP95.toFixed(1)} ms (${(appP95 / bareP95).toFixed(2)} x)`,
    budget: 'no event over 50 ms; at most 1.5 x',
    met: longestEvent <= 50 && appP95 <= bareP95 * 1.5,
    detail: { appP95s, bareP95s },
  };
}

/** Where the journal is in memory: search (with its worker), history, insights; page and workers together. */
export async function heapFigure(bench: Bench, page: Page, journal: GeneratedJournal): Promise<Figure> {
  bench.log('heap');
  const heaps = await repeat(bench.runs, () => heapWithJournalOpen(page, bench.origin));
  const textMb = journal.textBytes / 1e6;
  const where = ['search', 'history', 'insights'] as const;
  const heapMb = Object.fromEntries(
    where.map((screen) => [screen, stats(heaps.map((heap) => (heap[screen].page + heap[screen].workers) / 1e6))]),
  ) as Record<(typeof where)[number], ReturnType<typeof stats>>;
  const largest = Math.max(...where.map((screen) => heapMb[screen].median));
  return {
    name: `JS heap with ${journal.entries.toLocaleString()} entries in memory (page and workers): search open / history scrolled to the end / insights open`,
    value: `${where.map((screen) => heapMb[screen].median.toFixed(1)).join(' / ')} MB; text ${textMb.toFixed(1)} MB (${(largest / textMb).toFixed(2)} x at most)`,
    budget: 'at most 3 x the text',
    met: largest <= 3 * textMb,
    detail: { heapMb, runs: heaps },
  };
}

/** Turning the lock on, then unlocking against the unlocked cold start, both in this context. */
export async function lockFigure(bench: Bench, stage: Stage, page: Page, count: string): Promise<Figure> {
  bench.log('the lock');
  const { context, origin } = stage;
  const onlineStarts = await repeat(bench.runs, () => coldStart(stage, false));
  await page.goto(`${origin}/settings`);
  await page.getByRole('button', { name: 'Set a passphrase' }).click();
  await page.getByLabel('New passphrase', { exact: true }).fill(PASSPHRASE);
  await page.getByLabel('The same passphrase again', { exact: true }).fill(PASSPHRASE);
  const lockFrom = Date.now();
  await page.getByRole('button', { name: 'Lock my journal with this passphrase' }).click();
  await page.getByText('Your journal is now locked with your passphrase.').waitFor({ timeout: 600_000 });
  const sealMs = Date.now() - lockFrom;
  const unlocks = await repeat(bench.runs, () => unlockTimes(context, origin, PASSPHRASE));
  const unlockMs = stats(unlocks.map((u) => u.unlock)).median;
  const startMs = stats(onlineStarts).median;
  return {
    name: `unlock with the lock on, ${count} entries: pressing Unlock to a usable Today`,
    value: `${unlockMs.toFixed(0)} ms = ${(unlockMs / startMs).toFixed(2)} x the cold start (${startMs.toFixed(0)} ms)`,
    budget: 'at most 1.5 x',
    met: unlockMs <= 1.5 * startMs,
    detail: { toUnlockScreen: stats(unlocks.map((u) => u.toScreen)), turningTheLockOnMs: sealMs },
  };
}

/**
 * Heavy work on the whole journal, with the lock on, leaves the page free (issue #18): opening
 * insights, and changing the passphrase (to and fro between two), `runs` times each.
 */
export async function workOffThePageFigures(bench: Bench, page: Page, count: string): Promise<Figure[]> {
  bench.log('work off the page');
  const insightsRuns = await repeat(bench.runs, () => openInsights(page, bench.origin, PASSPHRASE));
  const other = `${PASSPHRASE} again`;
  const changes = await repeat(bench.runs, (run) => {
    const [from, to] = run % 2 === 0 ? [PASSPHRASE, other] : [other, PASSPHRASE];
    return changePassphraseTasks(page, bench.origin, from, to);
  });
  return (
    [
      ['opening insights', insightsRuns],
      ['changing the passphrase', changes],
    ] as const
  ).map(([what, runs]) => {
    const tasks = runs.flatMap((run: WorkTasks) => run.longTasks);
    return {
      name: `main-thread tasks while ${what} on ${count} entries (lock on), ${runs.length} runs: longest, how many over 50 ms; time taken`,
      value: `${Math.max(0, ...tasks.map((task) => task.duration)).toFixed(0)} ms; ${tasks.length}; ${spread(stats(runs.map((run) => run.ms)))}`,
      budget: 'none over 50 ms',
      met: tasks.length === 0,
      detail: runs,
    };
  });
}
