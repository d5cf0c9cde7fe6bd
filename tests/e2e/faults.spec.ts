import { type Browser, type BrowserContext, expect, type Page, test } from './fixtures';
import { readStore, openToday } from './helpers';

/**
 * Faults a phone brings: here, the system killing the app mid-sentence. The other faults of
 * docs/PROMISES.md each have their own spec (two-tabs, storage-full, update, schema-fixtures,
 * no-storage, offline-first-launch, time-changes).
 */

const FIELDS = [
  { path: '/journal/new', field: 'Your words', table: 'entries', key: 'text' },
  { path: '/questions/session/ditching-perfect', field: 'Your answer (optional)', table: 'entries', key: 'text' },
  {
    path: '/experiments/send-it-with-a-typo/runs/new',
    field: 'What do you predict will happen?',
    table: 'runs',
    key: 'prediction',
  },
] as const;

/** Every saved text of a table that starts with `token`. */
async function savedTexts(page: Page, table: string, key: string, token: string): Promise<string[]> {
  const records = await readStore(page, table);
  return records.map((record) => String(record[key] ?? '')).filter((text) => text.startsWith(token));
}

/**
 * Closes the tab from the browser's side, with no unload events: what the system does to an
 * app. Returns when the close was sent (the DevTools sessions it needs take a while to open
 * on a busy machine, and the page saves on meanwhile).
 */
async function kill(context: BrowserContext, browser: Browser, page: Page): Promise<number> {
  const pageSession = await context.newCDPSession(page);
  const { targetInfo } = await pageSession.send('Target.getTargetInfo');
  const browserSession = await browser.newBrowserCDPSession();
  const killedAt = Date.now();
  await browserSession.send('Target.closeTarget', { targetId: targetInfo.targetId });
  return killedAt;
}

/**
 * How old a keystroke must be to be safe from a kill: the half second saving waits
 * (SAVE_DELAY_MS in src/db/autosaver.ts), and the write itself, which on a busy two-core
 * machine can take a few hundred milliseconds.
 */
const SAFE_AFTER_MS = 500 + 500;

test('killed 20 times at random moments while typing an entry, an answer and a run: only the last second of typing can be missing', async ({
  context,
  browser,
}) => {
  test.setTimeout(300_000);
  const setup = await context.newPage();
  await openToday(setup);
  let seed = 7;
  const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
  const report: string[] = [];
  for (let round = 0; round < 20; round += 1) {
    const target = FIELDS[round % FIELDS.length]!;
    const token = `k${String(round).padStart(2, '0')}q`;
    // Long enough that typing is still going on when the kill comes.
    const text = `${token} ${'it was fine in the end and nobody minded at all '.repeat(10)}`;
    const page = await context.newPage();
    await page.goto(target.path);
    const box = page.getByRole('textbox', { name: target.field });
    await box.click();
    // The question session reopens its answer from the round before: these words replace it.
    await page.keyboard.press('Control+A');
    // Type a key at a time, noting when each went in; the kill comes at a random moment.
    const killAt = Date.now() + 1_000 + random() * 2_500;
    const typedAt: number[] = [];
    for (const character of text) {
      if (Date.now() >= killAt) break;
      await page.keyboard.type(character);
      typedAt.push(Date.now());
    }
    const killedAt = await kill(context, browser, page);
    const mustHave = typedAt.filter((at) => at < killedAt - SAFE_AFTER_MS).length;
    const saved = await savedTexts(setup, target.table, target.key, token);
    const longest = saved.sort((a, b) => b.length - a.length)[0] ?? '';
    report.push(`${target.table}/${target.key}: typed ${typedAt.length}, saved ${longest.length}, needed ${mustHave}`);
    expect(text.startsWith(longest), `round ${round}: saved text is what was typed`).toBe(true);
    expect(longest.length, `round ${round}: ${report.at(-1)}`).toBeGreaterThanOrEqual(mustHave);
  }
  console.log(report.join('\n'));
});
