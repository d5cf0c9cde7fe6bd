import type { Page } from 'playwright';
import type { BenchWindow } from './figures.ts';
import type { Figure } from './report.ts';

type Task = { start: number; duration: number };

/**
 * Main-thread tasks over 50 ms (Long Tasks API, recorded by MARKS_SCRIPT, which the context
 * must have) while search opens on the journal already brought in, and while queries are
 * typed into it. Search is opened from the Journal screen's link, as a person opens it, so
 * the app's own start (a navigation) is not counted against it; opening ends when the form
 * stops being busy (the index is built).
 */
export async function searchLongTasks(page: Page, origin: string, queries: string[]) {
  await page.goto(`${origin}/journal`);
  const link = page.getByRole('link', { name: 'Search', exact: true });
  await link.waitFor();
  // Let the Journal screen's own first work finish, so it is not counted as search's.
  await page.waitForTimeout(1500);
  const opened = await page.evaluate(() => performance.now());
  await link.click();
  await page.locator('form[role="search"][aria-busy="false"]').waitFor({ timeout: 600_000 });
  const ready = await page.evaluate(() => performance.now());
  const field = page.getByRole('searchbox');
  for (const query of queries) {
    await field.fill('');
    await field.focus();
    await page.keyboard.type(query, { delay: 80 });
    await page.waitForTimeout(300);
  }
  const done = await page.evaluate(() => performance.now());
  const tasks = await page.evaluate(() => (window as BenchWindow).__bench?.longTasks ?? []);
  const within = (from: number, to: number) => tasks.filter((task) => task.start >= from && task.start < to);
  return { openMs: ready - opened, opening: within(opened, ready), typing: within(ready, done) };
}

/** The figure for RUNS visits: the longest task while opening and while typing, and how many in all. */
export function searchTasksFigure(
  size: number,
  queries: number,
  runs: Awaited<ReturnType<typeof searchLongTasks>>[],
): Figure {
  const longest = (tasks: Task[]) => Math.max(0, ...tasks.map((task) => task.duration));
  const opening = longest(runs.flatMap((run) => run.opening));
  const typing = longest(runs.flatMap((run) => run.typing));
  const count = runs.reduce((sum, run) => sum + run.opening.length + run.typing.length, 0);
  const openMs = [...runs.map((run) => run.openMs)].sort((a, b) => a - b)[Math.floor((runs.length - 1) / 2)] ?? NaN;
  return {
    name: `main-thread tasks while opening search on ${size.toLocaleString()} entries and typing ${queries} queries, ${runs.length} visits: longest opening / typing, and how many over 50 ms`,
    value: `${opening.toFixed(0)} / ${typing.toFixed(0)} ms; ${count} (opening took ${openMs.toFixed(0)} ms)`,
    budget: 'none over 50 ms',
    met: count === 0,
    detail: runs,
  };
}
