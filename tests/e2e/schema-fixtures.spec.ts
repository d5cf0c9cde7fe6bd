import { type Page, expect, test } from './fixtures';
import { format } from 'date-fns';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SchemaFixture } from '../../scripts/make-schema-fixture.ts';
import { type DatabaseDump, dumpDatabase, restoreDatabase, type StoreDump } from '../../tools/idb-dump.ts';
import { SCHEMA_VERSIONS } from '../../src/db/schema';
import { draftEntryId } from '../../src/domain/backup/draft-entry';
import { WELCOME_SEEN_SETTING } from '../../src/db/settings-repository';

/**
 * Old data, new app. Each fixture is a raw database written by a real build of an earlier
 * schema version (tests/fixtures/schema/README.md). Its database is made again byte for byte
 * on a page that doesn't open it, then the current app opens it, upgrades it, and everything
 * written must be there as it was: on screen, as a person would look for it, and in the raw
 * database afterwards.
 */
const FIXTURE_DIR = join(process.cwd(), 'tests/fixtures/schema');
const FIXTURES: SchemaFixture[] = readdirSync(FIXTURE_DIR)
  .filter((name) => name.endsWith('.json'))
  .sort()
  .map((name) => JSON.parse(readFileSync(join(FIXTURE_DIR, name), 'utf8')));

test.use({ viewport: { width: 390, height: 844 } });

const LATEST = SCHEMA_VERSIONS[SCHEMA_VERSIONS.length - 1]!.version;
/** Every table the latest schema has: those ever declared, less those set to null later. */
const LATEST_STORES = [
  ...SCHEMA_VERSIONS.reduce((tables, { stores }) => {
    for (const [name, spec] of Object.entries(stores)) {
      if (spec === null) tables.delete(name);
      else tables.add(name);
    }
    return tables;
  }, new Set<string>()),
].sort();

/**
 * Entries and runs are never changed by looking at them, so they must come back byte for byte.
 * Entries gain one: the fixture's draft, which schema version 4 made an entry (drafts-upgrade.ts).
 */
const UNTOUCHED = ['entries', 'runs'];
/** Stores a later schema version removed: gone after the upgrade, their records moved elsewhere. */
const REMOVED = ['drafts'];

/**
 * Settings the app writes itself on opening an existing journal: it marks the welcome as seen,
 * since a journal with anything in it is never greeted as new. Nothing else may appear.
 */
const ADDED_ON_OPENING: Record<string, string[]> = { settings: [JSON.stringify(WELCOME_SEEN_SETTING)] };
/**
 * The keys a store must hold after opening: the fixture's own, and those the app adds. The
 * draft every fixture holds (in its drafts table, or, from version 4 on, brought in as an
 * entry already) is an entry after opening.
 */
const keysAfterOpening = (store: StoreDump, fixture: SchemaFixture) =>
  [
    ...new Set([
      ...primaryKeys(store),
      ...(ADDED_ON_OPENING[store.name] ?? []),
      ...(store.name === 'entries' ? [JSON.stringify(draftEntryId(fixture.written.draft.key))] : []),
    ]),
  ].sort();

const storeOf = (dump: DatabaseDump, name: string): StoreDump => {
  const store = dump.stores.find((candidate) => candidate.name === name);
  if (!store) throw new Error(`No ${name} store`);
  return store;
};
const primaryKeys = (store: StoreDump) =>
  (store.keys ?? store.records.map((record) => (record as Record<string, unknown>)[store.keyPath as string])).map(
    (key) => JSON.stringify(key),
  );
const plainSetting = (fixture: SchemaFixture, key: string) =>
  (storeOf(fixture.database, 'settings').records as { key: string; value: unknown }[]).find(
    (setting) => setting.key === key,
  )?.value;

async function openApp(page: Page, fixture: SchemaFixture) {
  await page.goto('/');
  const locked = page.getByText('Your journal is locked.');
  const main = page.locator('#root').getByRole('navigation', { name: 'Main' });
  if (fixture.passphrase) {
    await expect(locked).toBeVisible({ timeout: 15_000 });
    await page.getByLabel('Passphrase', { exact: true }).fill(fixture.passphrase);
    await page.getByRole('button', { name: 'Unlock' }).click();
  }
  await expect(main).toBeVisible({ timeout: 15_000 });
}

/** Goes to a screen through the address bar, unlocking again if the reload locked the journal. */
async function visit(page: Page, path: string, fixture: SchemaFixture) {
  await page.goto(path);
  const locked = page.getByText('Your journal is locked.');
  const main = page.locator('#root').getByRole('navigation', { name: 'Main' });
  await expect(locked.or(main)).toBeVisible({ timeout: 15_000 });
  if (await locked.isVisible()) {
    await page.getByLabel('Passphrase', { exact: true }).fill(fixture.passphrase ?? '');
    await page.getByRole('button', { name: 'Unlock' }).click();
  }
  await expect(main).toBeVisible({ timeout: 15_000 });
}

/** Reads a text as the journal list shows it: lines run together. */
const oneLine = (text: string) => text.replace(/\s+/g, ' ');
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

test('there is a fixture for every schema version the app has had', () => {
  const covered = new Set(FIXTURES.map((fixture) => fixture.madeWith.schemaVersion));
  expect([...covered].sort((a, b) => a - b)).toEqual(SCHEMA_VERSIONS.map((schema) => schema.version));
});

for (const fixture of FIXTURES) {
  test(`a journal written by schema version ${fixture.madeWith.schemaVersion} (${fixture.label}, ${fixture.madeWith.commit.slice(0, 7)}) opens in this app with every record intact`, async ({
    page,
  }) => {
    test.setTimeout(120_000);
    const written = fixture.written;
    const problems: string[] = [];
    page.on('pageerror', (error) => problems.push(error.message));
    expect(fixture.database.version).toBe(fixture.madeWith.schemaVersion * 10);

    // The old database, made again on a page of this origin that doesn't open it: robots.txt,
    // a plain file of the build.
    await page.goto('/robots.txt');
    await expect(page.getByText('User-agent')).toBeVisible();
    await restoreDatabase(page, fixture.database);
    expect(await dumpDatabase(page)).toEqual(fixture.database);

    // The current app opens it (and upgrades it) and asks for the passphrase if there is one.
    await openApp(page, fixture);

    // The journal: the entry with its title and words, the answer, the entry written after the lock.
    await visit(page, '/journal', fixture);
    const list = page.getByRole('main');
    await expect(list.getByRole('link', { name: new RegExp(escape(written.entry.title)) })).toContainText(
      oneLine(written.entry.text.split('\n')[0]!),
    );
    await expect(list.getByRole('link', { name: new RegExp(escape(written.answer.text)) })).toBeVisible();
    if (written.afterLock) {
      await expect(list.getByRole('link', { name: new RegExp(escape(written.afterLock.title)) })).toBeVisible();
    }
    // The draft, brought in with a backup and never on any screen before, is an entry now.
    await expect(list.getByRole('link', { name: new RegExp(escape(written.draft.text)) })).toBeVisible();
    await expect(list.getByText(written.trashed.text)).toHaveCount(0);
    await list.getByRole('link', { name: new RegExp(escape(written.entry.title)) }).click();
    await expect(page.getByRole('textbox', { name: 'Your words' })).toHaveValue(written.entry.text);
    await expect(page.getByRole('textbox', { name: 'Title (optional)' })).toHaveValue(written.entry.title);
    await expect(page.getByRole('radio', { name: written.entry.mood, exact: true })).toBeChecked();
    for (const tag of written.entry.tags) {
      await expect(page.getByRole('button', { name: `Remove tag ${tag}` })).toBeVisible();
    }
    if (written.afterLock) {
      await visit(page, '/journal', fixture);
      await page.getByRole('link', { name: new RegExp(escape(written.afterLock.title)) }).click();
      await expect(page.getByRole('textbox', { name: 'Your words' })).toHaveValue(written.afterLock.text);
    }
    await visit(page, '/journal', fixture);
    await page.getByRole('link', { name: new RegExp(escape(written.draft.text)) }).click();
    await expect(page).toHaveURL(new RegExp(`/journal/${draftEntryId(written.draft.key)}$`));
    await expect(page.getByRole('textbox', { name: 'Your words' })).toHaveValue(written.draft.text);

    // The deleted entry is still in the trash.
    await visit(page, '/journal/trash', fixture);
    await expect(page.getByRole('main').getByText(written.trashed.text)).toBeVisible();

    // The answer, on its question's page; the session resumes where it was left.
    const answer = (storeOf(fixture.database, 'entries').records as { kind: string; questionId: string }[]).find(
      (entry) => entry.kind === 'answer',
    )!;
    await visit(page, `/questions/${answer.questionId}`, fixture);
    await expect(page.getByRole('main').getByText(written.answer.text)).toBeVisible();
    await visit(page, '/questions', fixture);
    await expect(page.getByRole('link', { name: written.answer.resume })).toBeVisible();

    // The planned run: waiting on Today, and on its experiment's page with its "before" ratings.
    const planned = written.planned;
    await visit(page, '/', fixture);
    await expect(
      page
        .getByRole('region', { name: 'Waiting for you' })
        .getByRole('link', { name: new RegExp(planned.experimentTitle) }),
    ).toBeVisible();
    await visit(page, `/experiments/${planned.experimentId}`, fixture);
    const plannedCard = page.getByRole('main').getByRole('link', { name: /Run 1/ });
    await expect(plannedCard).toContainText('Planned, waiting for you');
    await expect(plannedCard).toContainText(`Belief ${planned.beliefBefore}% before, not rated after`);
    await plannedCard.click();
    await expect(page.getByRole('slider', { name: 'How strongly do you believe it right now?' })).toHaveAttribute(
      'aria-valuetext',
      `${planned.beliefBefore}%`,
    );
    await expect(page.getByRole('slider', { name: 'How uncomfortable do you feel about it now?' })).toHaveAttribute(
      'aria-valuetext',
      `${planned.discomfortBefore} out of 100`,
    );
    await expect(page.getByRole('textbox', { name: 'What do you predict will happen?' })).toHaveValue(
      planned.prediction,
    );
    await expect(page.getByRole('textbox', { name: 'Your plan: what will you do?' })).toHaveValue(planned.planWhat);
    await expect(page.getByLabel('When?')).toHaveValue(planned.planWhen);
    await expect(page.getByRole('textbox', { name: 'Where?' })).toHaveValue(planned.planWhere);
    await expect(page.getByRole('slider', { name: 'How strongly do you believe it now?' })).toHaveAttribute(
      'aria-valuetext',
      'Not rated',
    );

    // The finished run, both halves.
    const done = written.done;
    await visit(page, `/experiments/${done.experimentId}`, fixture);
    const doneCard = page.getByRole('main').getByRole('link', { name: /Run 1/ });
    await expect(doneCard).toContainText('Done');
    await expect(doneCard).toContainText(`Belief ${done.beliefBefore}% before, ${done.beliefAfter}% after`);
    await doneCard.click();
    const ratings = {
      'How strongly do you believe it right now?': `${done.beliefBefore}%`,
      'How uncomfortable do you feel about it now?': `${done.discomfortBefore} out of 100`,
      'How uncomfortable was it while you did it?': `${done.discomfortDuring} out of 100`,
      'How strongly do you believe it now?': `${done.beliefAfter}%`,
    };
    for (const [label, spoken] of Object.entries(ratings)) {
      await expect(page.getByRole('slider', { name: label })).toHaveAttribute('aria-valuetext', spoken);
    }
    await expect(page.getByRole('textbox', { name: 'What do you predict will happen?' })).toHaveValue(done.prediction);
    await expect(page.getByRole('textbox', { name: 'What actually happened?' })).toHaveValue(done.outcome);
    await expect(
      page
        .getByRole('group', { name: 'Did your prediction come true?' })
        .getByRole('radio', { name: done.predictionCameTrue, exact: true }),
    ).toBeChecked();
    // Written before the run's newer parts existed: they open blank.
    await expect(page.getByRole('textbox', { name: 'What will you not do this time?' })).toHaveValue('');
    await expect(page.getByRole('textbox', { name: 'What did you learn?' })).toHaveValue(done.learned);
    await expect(page.getByRole('textbox', { name: 'A kinder, more flexible rule' })).toHaveValue(done.kinderRule);
    await expect(page.getByRole('radio', { name: done.next, exact: true })).toBeChecked();

    // Settings: backup suggestions off, the last backup's time, the auto-lock choice.
    await visit(page, '/settings', fixture);
    await expect(page.getByRole('checkbox', { name: /Suggest a backup now and then/ })).toBeChecked({
      checked: written.settings.backupSuggestions,
    });
    const lastBackupAt = plainSetting(fixture, 'lastBackupAt') as number;
    await expect(page.getByTestId('last-backup')).toHaveText(
      `Last backup: ${format(lastBackupAt, 'd MMMM yyyy, HH:mm')}.`,
    );
    if (written.lockAfterMinutes) {
      await expect(page.getByLabel('Lock again after it has gone unused for')).toHaveValue(
        String(written.lockAfterMinutes),
      );
    }

    // A plain backup made now holds every record, opened, the draft among the entries, and an
    // empty drafts table (older versions of the app need one to read the file).
    if (fixture.passphrase)
      await page.getByRole('checkbox', { name: 'Protect the backup with a passphrase' }).uncheck();
    const downloading = page.waitForEvent('download', { timeout: 15_000 });
    await page.getByRole('button', { name: 'Make a backup' }).click();
    const backup = JSON.parse(readFileSync((await (await downloading).path())!, 'utf8'));
    expect(backup.tables.drafts).toEqual([]);
    for (const table of ['entries', 'runs', 'settings']) {
      const inBackup = backup.tables[table].map((record: Record<string, unknown>) =>
        JSON.stringify(table === 'entries' || table === 'runs' ? record.id : record.key),
      );
      expect(inBackup.sort(), table).toEqual(keysAfterOpening(storeOf(fixture.database, table), fixture));
    }
    expect(backup.tables.entries.map((entry: { text: string }) => entry.text).sort()).toEqual(
      [written.entry.text, written.trashed.text, written.answer.text, written.afterLock?.text, written.draft.text]
        .filter((text) => text !== undefined)
        .sort(),
    );
    expect(
      backup.tables.entries.find((entry: { id: string }) => entry.id === draftEntryId(written.draft.key)),
    ).toMatchObject({
      kind: 'free',
      title: '',
      text: written.draft.text,
      mood: null,
      tags: [],
      rev: 1,
      deletedAt: null,
    });

    // The raw database now: the latest version, every store of the latest schema, no record lost.
    const upgraded = await dumpDatabase(page);
    expect(upgraded.version).toBe(LATEST * 10);
    expect(upgraded.stores.map((store) => store.name).sort()).toEqual(LATEST_STORES);
    for (const old of fixture.database.stores) {
      if (REMOVED.includes(old.name)) continue; // not among LATEST_STORES, checked above
      const store = storeOf(upgraded, old.name);
      expect(primaryKeys(store).sort(), `${old.name}: keys`).toEqual(keysAfterOpening(old, fixture));
      expect(store.keyPath, `${old.name}: key path`).toEqual(old.keyPath);
      for (const index of old.indexes) expect(store.indexes, `${old.name}: indexes`).toContainEqual(index);
      if (UNTOUCHED.includes(old.name)) {
        const keys = primaryKeys(old);
        const kept = store.records.filter((_, index) => keys.includes(primaryKeys(store)[index]!));
        expect(kept, `${old.name}: records`).toEqual(old.records);
      }
    }
    expect(LATEST_STORES).not.toContain('drafts');
    // The draft as an entry on disk: plain, or (in a locked journal) still under its own seal,
    // its words nowhere outside it, until the entry is next written.
    const fromDraft = (storeOf(upgraded, 'entries').records as Record<string, unknown>[]).find(
      (entry) => entry.id === draftEntryId(written.draft.key),
    )!;
    const oldDraft = fixture.database.stores
      .find((store) => store.name === 'drafts')
      ?.records.find((draft) => (draft as { key: string }).key === written.draft.key) as
      { sealed?: unknown; updatedAt: number } | undefined;
    expect(fromDraft).toMatchObject({ kind: 'free', rev: 1, deletedAt: null });
    if (oldDraft) expect(fromDraft).toMatchObject({ createdAt: oldDraft.updatedAt, updatedAt: oldDraft.updatedAt });
    if (oldDraft?.sealed) {
      expect(fromDraft).toMatchObject({ sealed: oldDraft.sealed, sealedAs: `drafts:${written.draft.key}` });
      expect(JSON.stringify(fromDraft)).not.toContain(written.draft.text);
    } else if (!fixture.passphrase) {
      expect(fromDraft).toMatchObject({ text: written.draft.text });
    }
    expect(problems).toEqual([]);
  });
}
