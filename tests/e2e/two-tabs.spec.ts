import { expect, type Page, test } from './fixtures';
import { readStore } from './helpers';

/**
 * Two tabs open on the same entry, or the same experiment run, both being written in: 16
 * interleavings in `npm test` (TWO_TAB_SCHEDULES=50 for a longer soak), each a different random schedule of typing and pauses in either tab (so
 * saves cross in every order, sometimes within the same half second). Whatever the order,
 * nothing is overwritten: each tab's words end up saved, a second version is kept only when
 * the two really diverged, and the tab whose words became the copy says so.
 */
const TARGETS = [
  { kind: 'entry', path: '/journal/new', field: 'Your words', table: 'entries', key: 'text' },
  {
    kind: 'run',
    path: '/experiments/send-it-with-a-typo/runs/new',
    field: 'What do you predict will happen?',
    table: 'runs',
    key: 'prediction',
  },
] as const;
const SCHEDULES = Number(process.env.TWO_TAB_SCHEDULES ?? 16);
const MOST_STEPS = 6;

/** Every saved text of a table that starts with `token`. */
async function savedTexts(page: Page, table: string, key: string, token: string): Promise<string[]> {
  const records = await readStore(page, table);
  return records.map((record) => String(record[key] ?? '')).filter((text) => text.startsWith(token));
}

/** Waits until the tab has nothing waiting to be saved. */
async function settled(page: Page) {
  await expect(page.locator('.save-status')).not.toHaveText('Saving...', { timeout: 10_000 });
}

test(`the same entry and the same run written in two tabs, interleaved ${SCHEDULES} ways: nothing is overwritten, both versions are kept, the person is told`, async ({
  context,
}) => {
  test.setTimeout(600_000);
  const tabs = [await context.newPage(), await context.newPage()] as const;
  let seed = 2026;
  const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
  const counts = { schedules: 0, diverged: 0, copiesKept: 0, told: 0 };

  for (let schedule = 0; schedule < SCHEDULES; schedule += 1) {
    const target = TARGETS[schedule % TARGETS.length]!;
    const token = `t${String(schedule).padStart(2, '0')}x`;
    const [first, second] = tabs;
    // The record both tabs will write in: started in the first, then opened in the second.
    await first.goto(target.path);
    await first.getByRole('textbox', { name: target.field }).click();
    await first.keyboard.type(`${token} start`);
    await settled(first);
    await expect(first).toHaveURL(/\/[0-9a-f-]{36}$/);
    await second.goto(first.url());
    await expect(second.getByRole('textbox', { name: target.field })).toHaveValue(`${token} start`);

    // A random schedule: one to six bursts of words in one tab or the other, with pauses from
    // none to 0.8 s. Short ones often touch only one tab, which must then simply save.
    const typed: [number, number] = [0, 0];
    const steps = 1 + Math.floor(random() * MOST_STEPS);
    for (let step = 0; step < steps; step += 1) {
      const which = random() < 0.5 ? 0 : 1;
      const tab = tabs[which];
      const box = tab.getByRole('textbox', { name: target.field });
      await box.focus();
      await box.press('End');
      typed[which] += 1;
      await tab.keyboard.type(` ${which ? 'b' : 'a'}${typed[which]}`);
      await tab.waitForTimeout(Math.floor(random() * 800));
    }
    await Promise.all(tabs.map(settled));

    // A tab that wrote nothing still shows what it opened; only the words typed are versions.
    const onScreen = await Promise.all(
      tabs
        .filter((_, which) => typed[which]! > 0)
        .map((tab) => tab.getByRole('textbox', { name: target.field }).inputValue()),
    );
    const saved = await savedTexts(first, target.table, target.key, token);
    const where = `schedule ${schedule} (${target.kind}, typed ${typed.join('/')}): on screen ${JSON.stringify(onScreen)}, saved ${JSON.stringify(saved)}`;
    // Nothing lost: what each tab that wrote shows is saved, exactly.
    for (const text of onScreen) expect(saved, where).toContain(text);
    // Nothing made up or left stale: the saved versions are exactly the ones on screen.
    expect(new Set(saved), where).toEqual(new Set(onScreen));
    // A copy is kept only when both tabs wrote, and the tab holding it says so.
    const diverged = onScreen.length === 2;
    expect(saved.length, where).toBe(diverged ? 2 : 1);
    const told = await Promise.all(
      tabs.map((tab) => tab.getByRole('alert').filter({ hasText: 'Both versions are kept' }).isVisible()),
    );
    expect(told.filter(Boolean).length, where).toBe(diverged ? 1 : 0);
    counts.schedules += 1;
    counts.diverged += Number(diverged);
    counts.copiesKept += saved.length - 1;
    counts.told += told.filter(Boolean).length;
  }
  // Both kinds of schedule happened: some where one tab only wrote, some where both did.
  expect(counts.diverged).toBeGreaterThan(0);
  expect(counts.diverged).toBeLessThan(SCHEDULES);
  console.log(`two tabs: ${JSON.stringify(counts)}`);
});
