import { expect } from './fixtures';
import type { Page } from './fixtures';

/** Every screen of the app, with a heading to wait for. */
export const SCREENS = [
  { path: '/', heading: /^(Good morning|Good afternoon|Good evening|Hello, night owl)$/ },
  { path: '/journal', heading: 'Journal' },
  { path: '/journal/new', heading: 'New entry' },
  { path: '/experiments', heading: 'Experiments' },
  { path: '/experiments/send-it-with-a-typo', heading: 'Send it with a small typo' },
  { path: '/questions', heading: 'Questions' },
  { path: '/questions/good-enough-today', heading: /good enough look like/ },
  { path: '/questions/session/ditching-perfect', heading: 'Questions, one at a time' },
  { path: '/journal/trash', heading: 'Trash' },
  { path: '/journal/search', heading: 'Search' },
  { path: '/journal/calendar', heading: 'Calendar' },
  { path: '/journal/print', heading: 'Print' },
  { path: '/journal/insights', heading: "What you've noticed" },
  { path: '/journal/day/2026-11-29', heading: 'Sunday 29 November 2026' },
  { path: '/settings', heading: 'Settings' },
  { path: '/about/ditching-perfect', heading: 'About this pack' },
  { path: '/experiments/your-own', heading: 'Design your own experiment' },
  { path: '/about/ditching-perfect/what-safety-behaviours-are', heading: 'What safety behaviours are' },
  { path: '/no-such-page', heading: "This page isn't here" },
] as const;

/** Every record of one table, read straight from the app's IndexedDB (as stored: sealed, if locked). */
export function readStore<T = Record<string, unknown>>(page: Page, store: string): Promise<T[]> {
  return page.evaluate(async (name) => {
    const open = indexedDB.open('good-enough');
    const db: IDBDatabase = await new Promise((resolve) => (open.onsuccess = () => resolve(open.result)));
    const all: T[] = await new Promise((resolve) => {
      const request = db.transaction(name).objectStore(name).getAll();
      request.onsuccess = () => resolve(request.result as T[]);
    });
    db.close();
    return all;
  }, store);
}

/**
 * Opens Today. A fresh profile first meets the welcome (first-run.spec.ts tests it): skip
 * it, as a person may, then come back to Today. `origin` for contexts without a baseURL.
 */
export async function openToday(page: Page, origin = ''): Promise<void> {
  await page.goto(`${origin}/`);
  const skip = page.getByRole('button', { name: 'Skip' });
  // The app's own heading, not the static first frame's (index.html), which shows before the
  // app has started.
  const today = page.locator('#root').getByRole('heading', { level: 1, name: SCREENS[0].heading });
  await expect(skip.or(today)).toBeVisible();
  if (!(await skip.isVisible())) return;
  await skip.click();
  await page.waitForURL('**/journal/new');
  await page.goto(`${origin}/`);
  await expect(today).toBeVisible();
}
