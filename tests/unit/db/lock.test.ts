import { beforeEach, describe, expect, it } from 'vitest';
import { applyImport, exportBackup } from '../../../src/db/backup-repository';
import { database } from '../../../src/db/database';
import {
  createEntry,
  getEntry,
  listAllTags,
  listAllLiveEntries,
  trashEntry,
  updateEntry,
} from '../../../src/db/entries-repository';
import { lockMode, setLocked, setOff } from '../../../src/db/keyring';
import { changePassphrase, finishPendingWork, turnOffLock, turnOnLock, unlock } from '../../../src/db/lock-repository';
import { lockNow, readLockStatus } from '../../../src/db/lock-status';
import { waitBeforeNextTry } from '../../../src/db/lock-row';
import { Autosaver } from '../../../src/db/autosaver';
import { DataError } from '../../../src/domain/data-error';
import { getRun } from '../../../src/db/runs-repository';
import { createRun, saveRunFields } from '../../../src/db/run-writes';
import { blankRunFields } from '../../../src/domain/experiments/run-fields';
import { withFreshDatabase } from '../../helpers/fresh-database';

// Few iterations keep the tests quick; the app uses 600,000 (PBKDF2_ITERATIONS).
const FAST = 1_000;
const MARKER = 'zebracorn';

withFreshDatabase();
beforeEach(() => setOff());

/** Everything IndexedDB holds, as one string: what someone with the device's files could read. */
async function rawText(): Promise<string> {
  const db = database();
  const tables = await Promise.all([db.entries, db.runs, db.settings].map((table) => table.toArray()));
  return JSON.stringify(tables);
}

async function writeSome(count = 3) {
  const entries = [];
  for (let index = 0; index < count; index += 1) {
    entries.push(
      await createEntry({
        title: `${MARKER} title ${index}`,
        text: `${MARKER} text ${index}`,
        tags: [`${MARKER}-tag`],
      }),
    );
  }
  const run = await createRun({
    packId: 'ditching-perfect',
    experimentId: 'send-it-with-a-typo',
    experimentTitle: 'Send it with a typo',
    belief: `${MARKER} belief`,
    beliefBefore: 80,
  });
  return { entries, run };
}

describe('the privacy lock', () => {
  it('seals every private word on disk, and the journal still reads the same while unlocked', async () => {
    const { entries, run } = await writeSome();
    expect(await rawText()).toContain(MARKER); // proves the check below can fail

    await turnOnLock('correct horse battery', undefined, FAST);
    expect(await rawText()).not.toContain(MARKER);
    expect((await getEntry(entries[0]!.id))?.text).toBe(`${MARKER} text 0`);
    expect((await getRun(run.id))?.beliefBefore).toBe(80);
    expect(await listAllTags()).toEqual([`${MARKER}-tag`]);

    // New writes and edits are sealed too.
    const later = await createEntry({ text: `${MARKER} later` });
    await updateEntry(later.id, { text: `${MARKER} edited`, mood: 4 }, later.rev);
    await saveRunFields(run.id, { ...blankRunFields(''), learned: `${MARKER} learned` }, run.rev);
    expect(await rawText()).not.toContain(MARKER);
    expect((await getEntry(later.id))?.text).toBe(`${MARKER} edited`);
    expect((await getRun(run.id))?.status).toBe('done'); // something learned counts as afterwards
    expect((await getRun(run.id))?.learned).toBe(`${MARKER} learned`);
  });

  it('shows nothing while locked, refuses a wrong passphrase, and waits longer after several', async () => {
    const { entries } = await writeSome(1);
    await turnOnLock('correct horse battery', undefined, FAST);
    await lockNow();
    expect(lockMode()).toBe('locked');
    await expect(getEntry(entries[0]!.id)).rejects.toMatchObject({ code: 'locked' });
    await expect(createEntry({ text: 'while locked' })).rejects.toMatchObject({ code: 'locked' });

    const start = Date.now();
    for (let attempt = 0; attempt < 3; attempt += 1) {
      await expect(unlock('wrong horse', start)).rejects.toMatchObject({ code: 'wrong-passphrase' });
    }
    expect((await readLockStatus(start)).waitMs).toBe(5_000);
    await expect(unlock('correct horse battery', start + 1_000)).rejects.toMatchObject({ code: 'wait' });
    await unlock('correct horse battery', start + 6_000);
    expect(lockMode()).toBe('unlocked');
    expect((await getEntry(entries[0]!.id))?.title).toBe(`${MARKER} title 0`);
    expect((await readLockStatus()).waitMs).toBe(0);
  });

  it('detects a changed ciphertext and a ciphertext moved to another record, and lists the rest', async () => {
    const { entries } = await writeSome(3);
    await turnOnLock('correct horse battery', undefined, FAST);
    const db = database();
    const [first, second] = await Promise.all(entries.map((entry) => db.entries.get(entry.id)));
    if (!first?.sealed || !second?.sealed) throw new Error('not sealed');
    expect((await getEntry(second.id))?.text).toBe(`${MARKER} text 1`); // opened once, remembered

    // Moved: the record's own id is bound into its ciphertext, remembered copies or not.
    await db.entries.put({ ...first, sealed: second.sealed });
    await expect(getEntry(first.id)).rejects.toMatchObject({ code: 'damaged' });

    const flipped = new Uint8Array(second.sealed.data);
    flipped[0] = (flipped[0] ?? 0) ^ 0x80;
    await db.entries.put({ ...second, sealed: { ...second.sealed, data: flipped } });
    await expect(getEntry(second.id)).rejects.toMatchObject({ code: 'damaged' });

    // The journal still lists, exports and re-encrypts the entry that is fine.
    expect((await listAllLiveEntries()).map((entry) => entry.text)).toEqual([`${MARKER} text 2`]);
    let leftOut = 0;
    const backup = await exportBackup('test', new Date(), (count) => (leftOut += count));
    expect(backup.tables.entries).toHaveLength(1);
    expect(leftOut).toBe(2);
    await changePassphrase('correct horse battery', 'another passphrase', undefined, FAST);
    expect((await database().lock.get('lock'))?.pending).toBeNull();
    expect((await listAllLiveEntries()).map((entry) => entry.text)).toEqual([`${MARKER} text 2`]);
  });

  it('moves to the trash and back without needing to open the record', async () => {
    const { entries } = await writeSome(1);
    await turnOnLock('correct horse battery', undefined, FAST);
    await trashEntry(entries[0]!.id);
    expect(await listAllLiveEntries()).toEqual([]);
    expect((await getEntry(entries[0]!.id))?.deletedAt).not.toBeNull();
  });

  it('refuses a write from a tab that missed the lock being turned on, and writes nothing', async () => {
    await writeSome(1);
    await turnOnLock('correct horse battery', undefined, FAST);
    setOff(); // as another tab would be, unaware of the lock
    await expect(createEntry({ text: `${MARKER} stale tab` })).rejects.toMatchObject({ code: 'locked' });
    expect(await database().entries.count()).toBe(1);
  });

  it('changes the passphrase; closed half-way, either passphrase opens everything and the change finishes', async () => {
    await writeSome(450); // more than two batches
    await turnOnLock('first passphrase', undefined, FAST);
    const before = (await exportBackup('test')).tables;

    let batches = 0;
    const closeTheTab = () => {
      batches += 1;
      if (batches === 2) throw new Error('tab closed');
    };
    await expect(changePassphrase('first passphrase', 'second passphrase', closeTheTab, FAST)).rejects.toThrow();
    const row = await database().lock.get('lock');
    expect(row?.pending).not.toBeNull();
    expect(new Set((await database().entries.toArray()).map((entry) => entry.sealed?.keyId)).size).toBe(2);

    for (const passphrase of ['first passphrase', 'second passphrase']) {
      setLocked();
      await unlock(passphrase);
      expect((await exportBackup('test')).tables).toEqual(before);
    }
    await finishPendingWork();
    const after = await database().lock.get('lock');
    expect(after?.pending).toBeNull();
    expect(after?.slots).toHaveLength(1);
    expect(after?.keyIds).toHaveLength(1);
    expect(new Set((await database().entries.toArray()).map((entry) => entry.sealed?.keyId))).toEqual(
      new Set(after?.keyIds),
    );

    setLocked();
    await expect(unlock('first passphrase')).rejects.toMatchObject({ code: 'wrong-passphrase' });
    await unlock('second passphrase');
    expect((await exportBackup('test')).tables).toEqual(before);
    expect(await rawText()).not.toContain(MARKER);
  });

  it('removes the lock, resuming after an interruption, and leaves every record plain', async () => {
    await writeSome(250);
    await turnOnLock('first passphrase', undefined, FAST);
    const before = (await exportBackup('test')).tables;
    await expect(
      turnOffLock('first passphrase', () => {
        throw new Error('tab closed');
      }),
    ).rejects.toThrow();
    setLocked();
    await unlock('first passphrase');
    await finishPendingWork();
    expect(lockMode()).toBe('off');
    expect(await database().lock.count()).toBe(0);
    expect(await rawText()).toContain(MARKER);
    expect((await exportBackup('test')).tables).toEqual(before);
  });

  it('seals what an import brings in, and exports plain words', async () => {
    await writeSome(2);
    const backup = await exportBackup('test');
    await database().entries.clear();
    await turnOnLock('correct horse battery', undefined, FAST);
    const counts = await applyImport(backup.tables);
    expect(counts.entries.added).toBe(2);
    expect(await rawText()).not.toContain(MARKER);
    // The same words come back out, each remembering the version it came in as.
    const cameIn = backup.tables.entries.map((entry) => ({ ...entry, baseUpdatedAt: entry.updatedAt }));
    expect((await exportBackup('test')).tables.entries).toEqual(cameIn);
  });

  it("brings a file's version in beside a damaged record here, never over it", async () => {
    const { entries } = await writeSome(1);
    const [entry] = entries;
    if (!entry) throw new Error('nothing written');
    await turnOnLock('correct horse battery', undefined, FAST);
    const db = database();
    const stored = await db.entries.get(entry.id);
    if (!stored?.sealed) throw new Error('not sealed');
    const flipped = new Uint8Array(stored.sealed.data);
    flipped[0] = (flipped[0] ?? 0) ^ 0x80;
    const damaged = { ...stored, sealed: { ...stored.sealed, data: flipped } };
    await db.entries.put(damaged);

    const counts = await applyImport({ entries: [entry], runs: [], drafts: [], settings: [] });
    expect(counts.entries.added).toBe(1);
    const after = await db.entries.get(entry.id);
    expect(after?.rev).toBe(damaged.rev);
    expect([...(after?.sealed?.data ?? [])]).toEqual([...flipped]);
    expect((await listAllLiveEntries()).map((kept) => kept.text)).toEqual([`${MARKER} text 0`]);
    // Again: nothing more.
    expect((await applyImport({ entries: [entry], runs: [], drafts: [], settings: [] })).entries.unchanged).toBe(1);
  });

  it('does not turn on twice, and asks for the current passphrase to change or remove it', async () => {
    await turnOnLock('correct horse battery', undefined, FAST);
    await expect(turnOnLock('another', undefined, FAST)).rejects.toMatchObject({ code: 'lock-state' });
    await expect(changePassphrase('wrong', 'new one', undefined, FAST)).rejects.toMatchObject({
      code: 'wrong-passphrase',
    });
    await expect(turnOffLock('wrong')).rejects.toMatchObject({ code: 'wrong-passphrase' });
    expect((await readLockStatus()).on).toBe(true);
  });

  it('does not lock while typed words are unsaved, so they never leave the screen', async () => {
    await turnOnLock('correct horse battery', undefined, FAST);
    let failing = true;
    const saver = new Autosaver<{ text: string }>({
      id: crypto.randomUUID(),
      savedRev: null,
      create: async (id, fields) => {
        if (failing) throw new DataError('storage-full', 'Could not save');
        return createEntry({ id, text: fields.text });
      },
      update: async () => ({ rev: 2 }),
      isEmpty: (fields) => fields.text === '',
      onNewRecord: () => {},
      onState: () => {},
    });
    saver.register();
    saver.change({ text: 'words that could not be saved' });
    expect(await lockNow()).toBe(false);
    expect(lockMode()).toBe('unlocked');
    failing = false;
    expect(await lockNow()).toBe(true);
    expect(lockMode()).toBe('locked');
    await saver.close();
  });

  it('caps the wait after wrong tries even when the clock was set back', () => {
    const later = Date.now() + 24 * 3600_000;
    expect(waitBeforeNextTry({ failedTries: 3, lastFailedAt: later }, Date.now())).toBe(5_000);
    expect(waitBeforeNextTry({ failedTries: 20, lastFailedAt: later }, Date.now())).toBe(300_000);
  });

  it('refuses a plain write while a passphrase change is unfinished', async () => {
    await writeSome(300);
    await turnOnLock('first passphrase', undefined, FAST);
    await expect(
      changePassphrase(
        'first passphrase',
        'second passphrase',
        () => {
          throw new Error('tab closed');
        },
        FAST,
      ),
    ).rejects.toThrow();
    setOff(); // a tab that missed every message
    await expect(createEntry({ text: `${MARKER} plain` })).rejects.toMatchObject({ code: 'locked' });
    expect(await rawText()).not.toContain(`${MARKER} plain`);
  });
});
