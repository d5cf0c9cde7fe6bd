/**
 * Makes a schema fixture from a real build of the app: serves the build, writes a small,
 * varied journal through that version's own screens in Debian's Chromium, and saves the raw
 * IndexedDB database (stores, indexes, every record, the version) as JSON under
 * tests/fixtures/schema/. tests/e2e/schema-fixtures.spec.ts opens each fixture with the
 * current app. Fixtures are only ever added, one per schema version; see the README there.
 *
 *   npx tsx scripts/make-schema-fixture.ts --app /tmp/app-v1 --label v1
 *   npx tsx scripts/make-schema-fixture.ts --app . --label v2-locked --passphrase 'fixture passphrase 2026'
 *
 * `--app` is a checkout whose `dist` has been built (`npx vite build` there); its commit is
 * recorded. `--port` (default 4193) is where the build is served while the fixture is made.
 */
import { type Browser, type Page, chromium, expect } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { PreviewServer } from '../tools/preview-server.ts';
import { type DatabaseDump, dumpDatabase } from '../tools/idb-dump.ts';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../tools/browser.ts';

/** What is written, in the words a person would type; saved in the fixture as `written`. */
export const JOURNAL = {
  entry: {
    title: 'Drawer, left untidy',
    text: 'Left the drawer untidy 🌱\nIt was fine by the evening.',
    mood: 'Good',
    tags: ['home', 'tidy'],
  },
  trashed: { text: 'Deleted on purpose: this one waits in the trash.' },
  answer: {
    text: 'Relief, then the urge to check it again 😅',
    /** What the Questions page offers afterwards (the session was left at question 2). */
    resume: 'Continue from question 2 of 10',
  },
  /** An experiment run planned, with the "before" part filled in. */
  planned: {
    experimentId: 'send-it-with-a-typo',
    experimentTitle: 'Send it with a small typo',
    beliefBefore: 80,
    prediction: 'Two people will point out the typo.',
    planWhat: 'Email the team with one typo left in.',
    planWhen: '2026-12-01',
    planWhere: 'At my desk',
    discomfortBefore: 70,
  },
  /** An experiment run done, both parts filled in. */
  done: {
    experimentId: 'say-i-dont-know',
    experimentTitle: 'Say "I don\'t know"',
    beliefBefore: 60,
    prediction: 'Someone will laugh at me.',
    discomfortBefore: 50,
    outcome: 'Nobody laughed. One person said thanks.',
    discomfortDuring: 30,
    predictionCameTrue: 'No',
    beliefAfter: 20,
    learned: 'Not knowing is normal.',
    kinderRule: 'I can ask instead of pretending.',
    next: 'Repeat it',
  },
  /**
   * No version's screens write drafts; the one way a draft gets in through the app is a backup
   * brought in on Settings, so that is how this one comes. Versions 1 to 3 keep it in their
   * drafts table; from version 4 (which has none) it comes in as an entry.
   */
  draft: { key: 'entry:new', text: 'Half a thought, not saved yet ✍️' },
  settings: { backupSuggestions: false },
};

/** Only with a passphrase: written after the lock was turned on, and the auto-lock choice. */
export const LOCKED_EXTRA = {
  afterLock: { title: 'After the lock', text: 'Written after the lock 🔒\nSecond line, still sealed.' },
  lockAfterMinutes: 15,
};

/** Set by main(): the passphrase the journal is locked with, and where downloads go. */
let passphrase: string | null = null;
let downloads = '';

/** Waits until the last change is saved and stays saved (autosave runs a moment after typing). */
async function settled(page: Page) {
  const saved = page.getByRole('status').filter({ hasText: 'Saved on this device' });
  await expect(saved).toBeVisible({ timeout: 15_000 });
  await page.waitForTimeout(800);
  await expect(saved).toBeVisible();
}

/** Loads a screen, unlocking first when the journal asks for its passphrase. */
async function visit(page: Page, path: string) {
  await page.goto(path);
  const locked = page.getByText('Your journal is locked.');
  const main = page.getByRole('navigation', { name: 'Main' });
  await expect(locked.or(main)).toBeVisible({ timeout: 15_000 });
  if (await locked.isVisible()) {
    if (!passphrase) throw new Error('The journal asked for a passphrase');
    await page.getByLabel('Passphrase', { exact: true }).fill(passphrase);
    await page.getByRole('button', { name: 'Unlock' }).click();
  }
  await expect(main).toBeVisible({ timeout: 15_000 });
}

/** Sets a 0-100 rating with the keyboard, in steps of 5. */
async function rate(page: Page, label: string, value: number) {
  const slider = page.getByRole('slider', { name: label });
  await slider.focus();
  await page.keyboard.press('Home');
  for (let step = 0; step < value / 5; step += 1) await page.keyboard.press('ArrowRight');
  await expect(slider).toHaveAttribute('aria-valuetext', new RegExp(`^${value}(%| out of 100)$`));
}

async function typeLines(page: Page, text: string) {
  const lines = text.split('\n');
  for (const [index, line] of lines.entries()) {
    if (index > 0) await page.keyboard.press('Enter');
    await page.keyboard.type(line);
  }
}

async function writeEntry(page: Page, fields: { title?: string; text: string; mood?: string; tags?: string[] }) {
  await visit(page, '/journal/new');
  await expect(page.getByRole('textbox', { name: 'Your words' })).toBeFocused();
  await typeLines(page, fields.text);
  if (fields.title) await page.getByRole('textbox', { name: 'Title (optional)' }).fill(fields.title);
  if (fields.mood) await page.getByRole('radio', { name: fields.mood, exact: true }).check({ force: true });
  for (const tag of fields.tags ?? []) {
    await page.getByRole('textbox', { name: 'Tags (optional)' }).fill(tag);
    await page.keyboard.press('Enter');
    await expect(page.getByRole('button', { name: `Remove tag ${tag}` })).toBeVisible();
  }
  await settled(page);
  await expect(page).toHaveURL(/\/journal\/[0-9a-f-]{36}$/);
  return page.url();
}

async function planRun(page: Page) {
  const run = JOURNAL.planned;
  await visit(page, `/experiments/${run.experimentId}`);
  await page.getByRole('link', { name: 'Try this experiment' }).click();
  await rate(page, 'How strongly do you believe it right now?', run.beliefBefore);
  await page.getByRole('textbox', { name: 'What do you predict will happen?' }).fill(run.prediction);
  await page.getByRole('textbox', { name: 'Your plan: what will you do?' }).fill(run.planWhat);
  await page.getByLabel('When?').fill(run.planWhen);
  await page.getByRole('textbox', { name: 'Where?' }).fill(run.planWhere);
  await rate(page, 'How uncomfortable do you feel about it now?', run.discomfortBefore);
  await settled(page);
  await expect(page).toHaveURL(/\/runs\/[0-9a-f-]{36}$/);
}

async function finishRun(page: Page) {
  const run = JOURNAL.done;
  await visit(page, `/experiments/${run.experimentId}`);
  await page.getByRole('link', { name: 'Try this experiment' }).click();
  await rate(page, 'How strongly do you believe it right now?', run.beliefBefore);
  await page.getByRole('textbox', { name: 'What do you predict will happen?' }).fill(run.prediction);
  await rate(page, 'How uncomfortable do you feel about it now?', run.discomfortBefore);
  await settled(page);
  await expect(page).toHaveURL(/\/runs\/[0-9a-f-]{36}$/);
  await page.getByRole('textbox', { name: 'What actually happened?' }).fill(run.outcome);
  await rate(page, 'How uncomfortable was it while you did it?', run.discomfortDuring);
  // Within its group: later versions ask other yes/no questions on the same page.
  await page
    .getByRole('group', { name: 'Did your prediction come true?' })
    .getByRole('radio', { name: run.predictionCameTrue, exact: true })
    .check({ force: true });
  await rate(page, 'How strongly do you believe it now?', run.beliefAfter);
  await page.getByRole('textbox', { name: 'What did you learn?' }).fill(run.learned);
  await page.getByRole('textbox', { name: 'A kinder, more flexible rule' }).fill(run.kinderRule);
  await page.getByRole('radio', { name: run.next, exact: true }).check({ force: true });
  await settled(page);
}

async function answerQuestion(page: Page) {
  await visit(page, '/questions');
  await page.getByRole('link', { name: 'Answer them one at a time' }).first().click();
  await expect(page.getByText('Question 1 of 10')).toBeVisible();
  await page.getByRole('textbox', { name: 'Your answer (optional)' }).fill(JOURNAL.answer.text);
  await settled(page);
  await page.getByRole('button', { name: 'Next' }).click();
  await expect(page.getByText('Question 2 of 10')).toBeVisible();
  await visit(page, '/questions');
  await expect(page.getByRole('link', { name: JOURNAL.answer.resume })).toBeVisible();
}

async function trashEntry(page: Page) {
  await writeEntry(page, { text: JOURNAL.trashed.text });
  await page.getByRole('button', { name: 'Delete this entry' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Journal' })).toBeVisible();
}

/** Backup suggestions off; a backup made (so "last backup" is set), then brought back with a draft in it. */
async function settingsAndDraft(page: Page) {
  await visit(page, '/settings');
  const suggest = page.getByRole('checkbox', { name: /Suggest a backup now and then/ });
  await expect(suggest).toBeChecked();
  // Its state comes back from the database a moment later, so a click and a wait, not uncheck().
  await suggest.click();
  await expect(suggest).not.toBeChecked();
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Make a backup' }).click();
  const backupPath = join(downloads, 'backup.json');
  await (await downloading).saveAs(backupPath);
  await expect(page.getByTestId('last-backup')).toContainText('Last backup:');
  const backup = JSON.parse(readFileSync(backupPath, 'utf8'));
  backup.tables.drafts.push({
    key: JOURNAL.draft.key,
    fields: { title: '', text: JOURNAL.draft.text, mood: null, tags: [] },
    baseRev: null,
    updatedAt: Date.now(),
  });
  const withDraft = join(downloads, 'backup-with-draft.json');
  writeFileSync(withDraft, JSON.stringify(backup));
  const asEntries = (await storeNames(page)).includes('drafts') ? 0 : 1;
  await page.getByLabel('Bring in a backup, or a Day One or jrnl export').setInputFiles(withDraft);
  const dialog = page.getByRole('dialog', { name: 'Bring this in?' });
  await expect(dialog).toContainText(`Entries: ${asEntries} new`);
  await dialog.getByRole('button', { name: 'Bring it in' }).click();
  await expect(page.getByText(new RegExp(`Done\\. ${asEntries} added and 0 updated`))).toBeVisible();
}

/** The stores of the app's database as it is now. */
function storeNames(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    const request = indexedDB.open('good-enough');
    const db = await new Promise<IDBDatabase>((done) => (request.onsuccess = () => done(request.result)));
    const names = [...db.objectStoreNames];
    db.close();
    return names;
  });
}

async function turnOnLock(page: Page, phrase: string) {
  await visit(page, '/settings');
  await page.getByRole('button', { name: 'Set a passphrase' }).click();
  await page.getByLabel('New passphrase', { exact: true }).fill(phrase);
  await page.getByLabel('The same passphrase again', { exact: true }).fill(phrase);
  await page.getByRole('button', { name: 'Lock my journal with this passphrase' }).click();
  await expect(page.getByText('Your journal is now locked with your passphrase.')).toBeVisible({ timeout: 60_000 });
  await page
    .getByLabel('Lock again after the app has been out of sight for')
    .selectOption(String(LOCKED_EXTRA.lockAfterMinutes));
}

export interface SchemaFixture {
  about: string;
  label: string;
  madeWith: {
    commit: string;
    uncommittedChanges: boolean;
    schemaVersion: number;
    browser: string;
    madeAt: string;
    command: string;
  };
  passphrase: string | null;
  written: typeof JOURNAL & Partial<typeof LOCKED_EXTRA>;
  database: DatabaseDump;
}

/** Resolves once the lock row says its work is done and every entry, run and draft (up to version 3) is sealed. */
async function sealingFinished(page: Page) {
  await expect
    .poll(
      () =>
        page.evaluate(async () => {
          const request = indexedDB.open('good-enough');
          const db = await new Promise<IDBDatabase>((done) => (request.onsuccess = () => done(request.result)));
          const all = (store: string) =>
            new Promise<{ sealed?: unknown; pending?: unknown }[]>((done) => {
              const req = db.transaction(store).objectStore(store).getAll();
              req.onsuccess = () => done(req.result);
            });
          const [lock] = await all('lock');
          const stores = ['entries', 'runs', 'drafts'].filter((name) => db.objectStoreNames.contains(name));
          const records = (await Promise.all(stores.map(all))).flat();
          db.close();
          return Boolean(lock && lock.pending === null && records.every((record) => record.sealed));
        }),
      { timeout: 60_000 },
    )
    .toBe(true);
}

async function makeJournal(browser: Browser, origin: string) {
  const context = await browser.newContext({ baseURL: origin, viewport: { width: 390, height: 844 } });
  // tsx keeps function names with a `__name` helper that the page doesn't have.
  await context.addInitScript('globalThis.__name = (target) => target;');
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(error.message));
  await visit(page, '/');
  const entryUrl = await writeEntry(page, JOURNAL.entry);
  await trashEntry(page);
  await answerQuestion(page);
  await planRun(page);
  await finishRun(page);
  await settingsAndDraft(page);
  if (passphrase) {
    await turnOnLock(page, passphrase);
    await writeEntry(page, LOCKED_EXTRA.afterLock);
    await sealingFinished(page);
  }

  // A check that what was typed is what was kept, read back by this version after a reload.
  await visit(page, new URL(entryUrl).pathname);
  await expect(page.getByRole('textbox', { name: 'Your words' })).toHaveValue(JOURNAL.entry.text);
  await expect(page.getByRole('textbox', { name: 'Title (optional)' })).toHaveValue(JOURNAL.entry.title);
  const database = await dumpDatabase(page);
  const browserVersion = browser.version();
  await context.close();
  if (problems.length) throw new Error(`The app reported errors: ${problems.join('; ')}`);
  return { database, browserVersion };
}

async function main() {
  const { values: args } = parseArgs({
    options: {
      app: { type: 'string' },
      label: { type: 'string' },
      passphrase: { type: 'string' },
      port: { type: 'string', default: '4193' },
      out: { type: 'string', default: 'tests/fixtures/schema' },
    },
  });
  if (!args.app || !args.label) {
    throw new Error('Usage: npx tsx scripts/make-schema-fixture.ts --app <checkout> --label <name> [--passphrase <p>]');
  }
  const app = resolve(args.app);
  const dist = join(app, 'dist');
  if (!existsSync(join(dist, 'index.html'))) throw new Error(`No build in ${dist}: run npx vite build there first`);
  passphrase = args.passphrase ?? null;
  const git = (...rest: string[]) => execFileSync('git', ['-C', app, ...rest], { encoding: 'utf8' }).trim();
  const commit = git('rev-parse', 'HEAD');
  const dirty = git('status', '--porcelain', '--', 'src', 'prompts', 'public', 'index.html', 'vite.config.ts') !== '';
  downloads = mkdtempSync(join(tmpdir(), 'good-enough-fixture-'));

  const server = new PreviewServer(Number(args.port), dist);
  await server.start();
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  try {
    const { database, browserVersion } = await makeJournal(browser, server.origin);
    const fixture: SchemaFixture = {
      about:
        'A raw IndexedDB database written by a real build of Good Enough through its own screens. Made by scripts/make-schema-fixture.ts; read by tests/e2e/schema-fixtures.spec.ts. Never edit: add a new fixture instead.',
      label: args.label,
      madeWith: {
        commit,
        uncommittedChanges: dirty,
        schemaVersion: database.version / 10,
        browser: `Chromium ${browserVersion}`,
        madeAt: new Date().toISOString(),
        command: `npx tsx scripts/make-schema-fixture.ts --app <checkout of ${commit.slice(0, 7)}> --label ${args.label}${
          passphrase ? ` --passphrase '${passphrase}'` : ''
        }`,
      },
      passphrase,
      written: passphrase ? { ...JOURNAL, ...LOCKED_EXTRA } : JOURNAL,
      database,
    };
    mkdirSync(args.out, { recursive: true });
    const file = join(args.out, `${args.label}.json`);
    writeFileSync(file, `${JSON.stringify(fixture, null, 2)}\n`);
    const counts = database.stores.map((store) => `${store.name} ${store.records.length}`).join(', ');
    console.log(`${file}: IndexedDB version ${database.version}; ${counts}`);
  } finally {
    await browser.close();
    await server.stop();
    rmSync(downloads, { recursive: true, force: true });
  }
}

// The spec imports the fixture format from here; only running the file makes a fixture.
if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await main();
