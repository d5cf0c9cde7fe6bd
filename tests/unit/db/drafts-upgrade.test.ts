import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { exportBackup } from '../../../src/db/backup-repository';
import { databaseInUse, type JournalDatabase, openJournalDatabase } from '../../../src/db/database';
import { createEntry, getEntry, listAllLiveEntries, updateEntry } from '../../../src/db/entries-repository';
import { keyFor, setLocked, setOff, writeKeyId } from '../../../src/db/keyring';
import { changePassphrase, turnOffLock, turnOnLock, unlock } from '../../../src/db/lock-repository';
import { SCHEMA_VERSIONS } from '../../../src/db/schema';
import { encryptJson } from '../../../src/crypto/cipher';
import { draftEntryId } from '../../../src/domain/backup/draft-entry';
import { currentTimeZone } from '../../../src/domain/dates';
import type { Draft } from '../../../src/domain/records';
import { localDayIn } from '../../../src/domain/time/zones';

/**
 * Schema version 4 removes the drafts table; every draft a journal holds (only ever from a
 * backup file) becomes a free entry, sealed ones included, without a word lost.
 */

// Few iterations keep the tests quick; the app uses 600,000 (PBKDF2_ITERATIONS).
const FAST = 1_000;
const PASSPHRASE = 'fixture passphrase';
const AT = Date.UTC(2026, 4, 2, 9, 30);
const V3 = SCHEMA_VERSIONS.filter((schema) => schema.version <= 3);

const plainDraft: Draft = {
  key: 'entry:new',
  fields: { title: 'Not yet', text: 'Half a thought ✍️\nstill going', mood: 3, tags: ['late'] },
  baseRev: null,
  updatedAt: AT,
};
const sealedDraft: Draft = {
  key: 'run:4d2c',
  fields: { prediction: 'They will laugh', outcome: 'Nobody laughed' },
  baseRev: 2,
  updatedAt: AT + 60_000,
};

let name = '';
let db: JournalDatabase | null = null;

/** Opens the journal with the versions given, as the database the repositories use. */
async function openWith(versions = SCHEMA_VERSIONS) {
  db?.close();
  db = openJournalDatabase(name, versions);
  await db.open();
  databaseInUse.setState({ db });
  return db;
}

/** A draft sealed the way versions 2 and 3 sealed it: bound to its table and key. */
async function sealAsDraft(draft: Draft) {
  const keyId = writeKeyId()!;
  const sealed = await encryptJson(keyFor(keyId)!, draft, `good-enough:drafts:${draft.key}`);
  return { key: draft.key, baseRev: draft.baseRev, updatedAt: draft.updatedAt, sealed: { ...sealed, keyId } };
}

beforeEach(() => {
  setOff();
  name = `drafts-${crypto.randomUUID()}`;
});
afterEach(() => {
  db?.close();
  db = null;
  databaseInUse.setState({ db: null });
});

describe('schema version 4: drafts become entries', () => {
  it('turns a plain draft into a free entry and deletes the drafts table', async () => {
    const v3 = await openWith(V3);
    const written = await createEntry({ text: 'an entry already here' });
    await v3.table('drafts').bulkPut([plainDraft, { ...plainDraft, key: 'empty', fields: { text: '' } }]);

    const v4 = await openWith();
    expect(v4.verno).toBe(4);
    expect([...v4.backendDB().objectStoreNames]).not.toContain('drafts');
    expect(v4.tables.map((table) => table.name)).not.toContain('drafts');
    const timeZone = currentTimeZone();
    expect(await v4.entries.get(draftEntryId('entry:new'))).toEqual({
      id: draftEntryId('entry:new'),
      createdAt: AT,
      updatedAt: AT,
      rev: 1,
      deletedAt: null,
      kind: 'free',
      packId: null,
      questionId: null,
      title: 'Not yet',
      text: 'Half a thought ✍️\nstill going',
      mood: 3,
      tags: ['late'],
      day: localDayIn(AT, timeZone),
      timeZone,
    });
    // The empty draft had nothing to keep; the entry written before is as it was.
    expect(await v4.entries.count()).toBe(2);
    expect(await getEntry(written.id)).toEqual(written);
  });

  it('leaves an entry that already has the id as it is', async () => {
    const v3 = await openWith(V3);
    const here = await createEntry({ text: 'edited since', id: draftEntryId('entry:new') }, new Date(AT));
    await v3.table('drafts').put(plainDraft);
    const v4 = await openWith();
    expect(await getEntry(here.id)).toEqual(here);
    expect(await v4.entries.count()).toBe(1);
  });

  it('keeps a sealed draft sealed; unlocked, it opens as an entry, and a passphrase change reseals it as one', async () => {
    const v3 = await openWith(V3);
    await turnOnLock(PASSPHRASE, undefined, FAST);
    await v3.table('drafts').bulkPut([await sealAsDraft(sealedDraft), await sealAsDraft(plainDraft)]);
    setLocked();

    // Upgraded while locked, as a phone opening the new version would.
    const v4 = await openWith();
    const id = draftEntryId('run:4d2c');
    const stored = await v4.entries.get(id);
    expect(stored).toMatchObject({ id, kind: 'free', rev: 1, createdAt: AT + 60_000, sealedAs: 'drafts:run:4d2c' });
    expect(JSON.stringify(await v4.entries.toArray())).not.toMatch(/laugh|Half a thought/);
    await expect(getEntry(id)).rejects.toMatchObject({ code: 'locked' });

    await unlock(PASSPHRASE);
    const opened = await getEntry(id);
    expect(opened).toMatchObject({ title: '', text: 'Nobody laughed\n\nThey will laugh', mood: null, tags: [] });
    expect(opened).not.toHaveProperty('sealedAs');
    expect(await getEntry(draftEntryId('entry:new'))).toMatchObject({ title: 'Not yet', mood: 3, tags: ['late'] });
    // Lists (and search, which reads them) and backups open it like any entry.
    expect((await listAllLiveEntries()).map((entry) => entry.text).sort()).toEqual([
      'Half a thought ✍️\nstill going',
      'Nobody laughed\n\nThey will laugh',
    ]);
    const backup = await exportBackup('test');
    expect(backup.tables.drafts).toEqual([]);
    expect(backup.tables.entries.find((entry) => entry.id === id)).toEqual(opened);

    await changePassphrase(PASSPHRASE, 'a new passphrase', undefined, FAST);
    const moved = await v4.entries.get(id);
    expect(moved?.sealed?.keyId).not.toBe(stored?.sealed?.keyId);
    expect(moved).not.toHaveProperty('sealedAs');
    setLocked();
    await unlock('a new passphrase');
    expect(await getEntry(id)).toEqual(opened);

    await turnOffLock('a new passphrase');
    expect(await v4.entries.get(id)).toEqual(opened);
  });

  it('saves an edit of such an entry as an ordinary sealed entry', async () => {
    const v3 = await openWith(V3);
    await turnOnLock(PASSPHRASE, undefined, FAST);
    await v3.table('drafts').put(await sealAsDraft(sealedDraft));
    const v4 = await openWith();
    const id = draftEntryId('run:4d2c');
    const edited = await updateEntry(id, { text: 'Nobody laughed at all' }, 1);
    expect(await v4.entries.get(id)).not.toHaveProperty('sealedAs');
    expect(await getEntry(id)).toEqual(edited);
  });

  it('treats a seal bound to anything but its own draft as damaged', async () => {
    const v3 = await openWith(V3);
    await turnOnLock(PASSPHRASE, undefined, FAST);
    await v3.table('drafts').bulkPut([await sealAsDraft(sealedDraft), await sealAsDraft(plainDraft)]);
    const v4 = await openWith();
    const id = draftEntryId('run:4d2c');
    const stored = (await v4.entries.get(id))!;
    const other = (await v4.entries.get(draftEntryId('entry:new')))!;
    setLocked();
    await unlock(PASSPHRASE);
    for (const sealedAs of ['entries:' + id, 'drafts:entry:new', 'runs:run:4d2c', 42]) {
      await v4.entries.put({ ...stored, sealedAs } as typeof stored);
      await expect(getEntry(id)).rejects.toMatchObject({ code: 'damaged' });
    }
    // Another draft's seal moved onto this entry, or this entry's seal moved to another id.
    await v4.entries.put({ ...stored, sealed: other.sealed! });
    await expect(getEntry(id)).rejects.toMatchObject({ code: 'damaged' });
    await v4.entries.put({ ...stored, id: crypto.randomUUID() });
    expect((await listAllLiveEntries()).map((entry) => entry.text)).toEqual(['Half a thought ✍️\nstill going']);
  });
});
