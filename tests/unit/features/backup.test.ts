import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { applyImport, exportBackup } from '../../../src/db/backup-repository';
import { database } from '../../../src/db/database';
import { createEntry, getEntry, listAllLiveEntries, updateEntry } from '../../../src/db/entries-repository';
import { createRunFromFields } from '../../../src/db/run-writes';
import { getSetting, setSetting } from '../../../src/db/settings-repository';
import { blankRunFields } from '../../../src/domain/experiments/run-fields';
import { encryptBackup, encryptedBackupBytes } from '../../../src/crypto/backup-envelope';
import { MAX_BACKUP_BYTES } from '../../../src/domain/backup/read-backup';
import { prepareImport } from '../../../src/features/backup/prepare-import';
import { withFreshDatabase } from '../../helpers/fresh-database';

withFreshDatabase();

const corpusDir = join(process.cwd(), 'tests/fixtures/bad-backups');
const corpus = readdirSync(corpusDir).filter((name) => !name.startsWith('good'));

async function fillJournal() {
  await createEntry({ title: 'Tuesday', text: 'Line one\nLine two 🌱', tags: ['work', 'calm'], mood: 4 });
  await createEntry({
    text: '<script>alert(1)</script> stays text',
    packId: 'ditching-perfect',
    questionId: 'what-it-costs',
  });
  await createRunFromFields(
    {
      id: crypto.randomUUID(),
      packId: 'ditching-perfect',
      experimentId: 'send-it-with-a-typo',
      experimentTitle: 'Send it',
    },
    { ...blankRunFields('People will think less of me'), beliefBefore: 80, outcome: 'Nobody noticed', beliefAfter: 30 },
  );
  await setSetting('lastBackupAt', 1_700_000_000_000);
}

/** Every record; `baseUpdatedAt` (which version a record came in as) left out when `asWritten`. */
async function snapshot(asWritten = false) {
  const db = database();
  const written = <T extends object>(records: T[]) =>
    asWritten ? records.map(({ baseUpdatedAt: _base, ...rest }: T & { baseUpdatedAt?: unknown }) => rest) : records;
  return JSON.stringify([
    written(await db.entries.orderBy('id').toArray()),
    written(await db.runs.orderBy('id').toArray()),
    await db.settings.orderBy('key').toArray(),
  ]);
}

/** Every longer string a file's records hold (ids and words alike). */
function stringsIn(text: string): string[] {
  let json: unknown = null;
  try {
    json = JSON.parse(text);
  } catch {
    return [];
  }
  const tables = (json as { tables?: Record<string, unknown[]> } | null)?.tables;
  if (typeof tables !== 'object' || tables === null) return [];
  return Object.values(tables)
    .filter(Array.isArray)
    .flatMap((records) => records.flatMap((record) => Object.values(record as object)))
    .flatMap((value) => (Array.isArray(value) ? value : [value]))
    .filter((value): value is string => typeof value === 'string' && value.length >= 4);
}

const asFile = (text: string) => new Blob([text], { type: 'application/json' });

describe('backup', () => {
  it('round-trips: export, wipe, import gives back identical records', async () => {
    await fillJournal();
    const before = await snapshot();
    const backup = await exportBackup('test');
    const text = JSON.stringify(backup);

    const db = database();
    await Promise.all([db.entries.clear(), db.runs.clear(), db.settings.clear()]);
    expect(await db.entries.count()).toBe(0);

    const prepared = await prepareImport(asFile(text));
    if (!prepared.ok) throw new Error(prepared.problem);
    expect(prepared.preview.entries).toEqual({ added: 2, updated: 0, unchanged: 0, keptBoth: 0 });
    expect(prepared.preview.runs).toEqual({ added: 1, updated: 0, unchanged: 0, keptBoth: 0 });
    expect(await snapshot()).not.toBe(before); // the preview wrote nothing
    await applyImport(prepared.tables);
    expect(await snapshot(true)).toBe(before);
    // Each record remembers the version it came in as, so a later import can tell who changed it.
    for (const entry of await listAllLiveEntries()) expect(entry.baseUpdatedAt).toBe(entry.updatedAt);
  });

  it('merges by id: newer wins, older and equal are left alone, nothing is deleted', async () => {
    await fillJournal();
    const backup = await exportBackup('test');
    const [first, second] = (await listAllLiveEntries()).sort((a, b) => a.createdAt - b.createdAt);
    if (!first || !second) throw new Error('seed failed');
    await updateEntry(first.id, { text: 'edited after the backup' }, first.rev);
    const onlyHere = await createEntry({ text: 'written after the backup' });
    // Edited on another device that had brought this version in: only the file changed it.
    const newerInFile = {
      ...second,
      text: 'newer in the file',
      updatedAt: second.updatedAt + 60_000,
      rev: second.rev + 1,
      baseUpdatedAt: second.updatedAt,
    };
    const tables = { ...backup.tables, entries: [first, newerInFile] };

    const counts = await applyImport(tables);
    expect(counts.entries).toEqual({ added: 0, updated: 1, unchanged: 1, keptBoth: 0 });
    expect((await getEntry(first.id))?.text).toBe('edited after the backup');
    expect((await getEntry(second.id))?.text).toBe('newer in the file');
    expect(await getEntry(onlyHere.id)).toBeDefined();

    const again = await applyImport(tables);
    expect(again.entries).toEqual({ added: 0, updated: 0, unchanged: 2, keptBoth: 0 });
    expect(await listAllLiveEntries()).toHaveLength(3);
  });

  it("an import raises the revision above an open editor's: its next save is a conflict, and both versions are kept", async () => {
    const entry = await createEntry({ text: 'written here' });
    // The same revision as the editor holds, a newer time, other words.
    const theirs = { ...entry, text: 'written there', updatedAt: entry.updatedAt + 60_000 };
    const counts = await applyImport({ entries: [theirs], runs: [], drafts: [], settings: [] });
    expect(counts.entries).toEqual({ added: 0, updated: 1, unchanged: 0, keptBoth: 1 });
    expect(await getEntry(entry.id)).toMatchObject({ text: 'written there', rev: entry.rev + 1 });
    await expect(updateEntry(entry.id, { text: 'written here, and more' }, entry.rev)).rejects.toMatchObject({
      code: 'conflict',
    });
    expect((await listAllLiveEntries()).map((kept) => kept.text).sort()).toEqual(['written here', 'written there']);
    // The same file again keeps nothing twice.
    expect((await applyImport({ entries: [theirs], runs: [], drafts: [], settings: [] })).entries.keptBoth).toBe(0);
    expect(await listAllLiveEntries()).toHaveLength(2);
  });

  it('names the first record out of bounds by its place and field, never its words', async () => {
    const backup = JSON.parse(readFileSync(join(corpusDir, 'good-backup.json'), 'utf8'));
    const first = backup.tables.entries[0];
    backup.tables.entries = [first, { ...first, id: crypto.randomUUID(), text: 'private words', day: '2024-99-99' }];
    const prepared = await prepareImport(asFile(JSON.stringify(backup)));
    expect(prepared).toEqual({
      ok: false,
      problem:
        'This backup has a problem in entry number 2: "day" is not a real day between 1900 and 2200, written as yyyy-MM-dd. Nothing was changed.',
    });
  });

  it("takes a file's settings key by key: never the lock's, nor unknown keys or odd values, and says which", async () => {
    await setSetting('lock.afterMinutes', 1);
    const backup = JSON.parse(readFileSync(join(corpusDir, 'good-backup.json'), 'utf8'));
    const at = Date.UTC(2026, 10, 1);
    backup.tables.settings = [
      { key: 'lock.afterMinutes', value: null, updatedAt: at },
      { key: 'backupSuggestions', value: false, updatedAt: at },
      { key: 'backupSuggestionSnoozedUntil', value: 1e300, updatedAt: at },
      { key: 'made.up', value: 'x', updatedAt: at },
    ];
    const prepared = await prepareImport(asFile(JSON.stringify(backup)));
    if (!prepared.ok) throw new Error(prepared.problem);
    expect(prepared.droppedSettings).toEqual([
      { key: 'lock.afterMinutes', label: 'Lock again after the app has been out of sight', reason: 'lock' },
      { key: 'backupSuggestionSnoozedUntil', label: 'Backup suggestions paused until', reason: 'invalid' },
      { key: 'made.up', reason: 'unknown' },
    ]);
    await applyImport(prepared.tables);
    expect(await getSetting('lock.afterMinutes')).toBe(1);
    expect(await getSetting('backupSuggestions')).toBe(false);
    expect(await database().settings.get('made.up')).toBeUndefined();
  });

  it('writes all of an import or none of it: a failure part-way leaves the journal as it was', async () => {
    await fillJournal();
    const before = await snapshot();
    const backup = await exportBackup('test');
    const fresh = { ...backup.tables.entries[0]!, id: crypto.randomUUID(), text: 'would be new' };
    // A setting without its key cannot be stored: the database refuses it after the entries were written.
    const broken = { ...backup.tables, entries: [fresh], settings: [{ value: 1, updatedAt: 1 }] };
    await expect(applyImport(broken as unknown as typeof backup.tables)).rejects.toThrow();
    expect(await snapshot()).toBe(before);
  });

  it('keeps a corpus of at least 20 bad files', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(20);
  });

  for (const name of corpus) {
    it(`refuses ${name} with a kind message and changes nothing`, async () => {
      await fillJournal();
      const before = await snapshot();
      const prepared = await prepareImport(asFile(readFileSync(join(corpusDir, name), 'utf8')));
      expect(prepared.ok).toBe(false);
      if (prepared.ok) return;
      expect(prepared.problem).toMatch(/^This (file|backup|zip)/);
      expect(prepared.problem).not.toMatch(/undefined|\[object|Error/);
      // It names a place and a field, never what the file holds there.
      for (const words of stringsIn(readFileSync(join(corpusDir, name), 'utf8'))) {
        expect(prepared.problem).not.toContain(words);
      }
      expect(await snapshot()).toBe(before);
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    });
  }

  it('refuses a file too large to be a journal, without reading it', async () => {
    const huge = {
      size: 200 * 1024 * 1024,
      // Only its first bytes are looked at, to tell a zip from a backup.
      slice: () => new Blob(['{"format"']),
      arrayBuffer: () => Promise.reject(new Error('must not read')),
    } as unknown as Blob;
    expect(await prepareImport(huge)).toEqual({
      ok: false,
      problem: "This file is too large to be a journal backup (over 100 MB), so it wasn't opened.",
    });
  });

  it('opens an encrypted backup as large as the largest the app makes, and refuses one byte more', async () => {
    const envelope = JSON.stringify(await encryptBackup('{}', 'harbour maple seven', 100_000));
    const ofSize = (size: number) =>
      ({
        size,
        slice: () => new Blob([envelope.slice(0, 4)]),
        arrayBuffer: () => new Blob([envelope]).arrayBuffer(),
      }) as unknown as Blob;
    // The largest plain backup the app will make, encrypted: a third larger, plus its header.
    const largest = encryptedBackupBytes(MAX_BACKUP_BYTES);
    expect(largest).toBeGreaterThan(MAX_BACKUP_BYTES * (4 / 3));
    expect(await prepareImport(ofSize(largest))).toMatchObject({ ok: false, needsPassphrase: true });
    expect(await prepareImport(ofSize(largest + 1))).toEqual({
      ok: false,
      problem: "This file is too large to be a journal backup (over 100 MB), so it wasn't opened.",
    });
  });

  it('refuses a zip that is not a zip', async () => {
    const bytes = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5]);
    const prepared = await prepareImport(new Blob([bytes]));
    expect(prepared).toEqual({
      ok: false,
      problem: "This zip file couldn't be opened, or it has no journal file inside.",
    });
  });

  it('accepts the good sample from the corpus folder', async () => {
    const prepared = await prepareImport(asFile(readFileSync(join(corpusDir, 'good-backup.json'), 'utf8')));
    expect(prepared.ok).toBe(true);
  });
});

describe('encrypted backups', () => {
  it('asks for the passphrase, refuses a wrong one and a damaged file, and opens with the right one', async () => {
    await fillJournal();
    const plain = JSON.stringify(await exportBackup('test'));
    const envelope = JSON.stringify(await encryptBackup(plain, 'harbour maple seven', 100_000));
    expect(envelope).not.toContain('Tuesday');
    await database().entries.clear();

    expect(await prepareImport(asFile(envelope))).toMatchObject({ ok: false, needsPassphrase: true });
    const wrong = await prepareImport(asFile(envelope), undefined, undefined, 'harbour maple eight');
    expect(wrong).toMatchObject({ ok: false, needsPassphrase: true });
    if (!wrong.ok) expect(wrong.problem).toMatch(/doesn't open this backup/);
    const cut = await prepareImport(asFile(envelope.slice(0, 300)), undefined, undefined, 'harbour maple seven');
    expect(cut).toMatchObject({ ok: false });
    expect(await database().entries.count()).toBe(0);

    const right = await prepareImport(asFile(envelope), undefined, undefined, 'harbour maple seven');
    expect(right.ok).toBe(true);
    if (!right.ok) return;
    await applyImport(right.tables);
    expect((await listAllLiveEntries()).length).toBeGreaterThan(0);
  });
});
