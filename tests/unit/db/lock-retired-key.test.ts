import { beforeEach, describe, expect, it } from 'vitest';
import { exportBackup } from '../../../src/db/backup-repository';
import { database } from '../../../src/db/database';
import { createEntry, getEntry, listAllLiveEntries, listLatestDays } from '../../../src/db/entries-repository';
import { setLocked, setOff, setUnlocked } from '../../../src/db/keyring';
import { changePassphrase, turnOffLock, turnOnLock, unlock } from '../../../src/db/lock-repository';
import { listRunsForHistory } from '../../../src/db/runs-repository';
import { createRun } from '../../../src/db/run-writes';
import { withFreshDatabase } from '../../helpers/fresh-database';

// Few iterations keep the tests quick; the app uses 600,000 (PBKDF2_ITERATIONS).
const FAST = 1_000;
const FIRST = 'first passphrase';
const SECOND = 'second passphrase';

withFreshDatabase();
beforeEach(() => setOff());

/** Three entries and a run, sealed; the second entry's ciphertext then gets one bit changed on disk. */
async function journalWithOneDamagedEntry() {
  const entries = [];
  for (const text of ['first words', 'damaged words', 'third words']) entries.push(await createEntry({ text }));
  const run = await createRun({ packId: 'ditching-perfect', experimentId: 'send-it-with-a-typo', belief: 'a belief' });
  await turnOnLock(FIRST, undefined, FAST);
  const db = database();
  const stored = await db.entries.get(entries[1]!.id);
  if (!stored?.sealed) throw new Error('not sealed');
  const flipped = new Uint8Array(stored.sealed.data);
  flipped[0] = (flipped[0] ?? 0) ^ 0x80;
  await db.entries.put({ ...stored, sealed: { ...stored.sealed, data: flipped } });
  return { entries, run, damagedId: entries[1]!.id };
}

/** What a fresh tab sees: the journal opened with the passphrase only. */
async function openAsANewTab(passphrase: string | null) {
  setLocked();
  if (passphrase === null) setOff();
  else await unlock(passphrase);
}

describe('a record sealed with a key that no longer exists', () => {
  for (const change of ['changed', 'removed'] as const) {
    it(`after the passphrase is ${change}, is listed as damaged while everything else reads, searches and backs up`, async () => {
      const { damagedId } = await journalWithOneDamagedEntry();
      if (change === 'changed') await changePassphrase(FIRST, SECOND, undefined, FAST);
      else await turnOffLock(FIRST);
      // The damaged record could not be moved, so it is still sealed with the key just retired.
      const row = await database().lock.get('lock');
      const stored = await database().entries.get(damagedId);
      expect(stored?.sealed).toBeDefined();
      expect(row?.keyIds ?? []).not.toContain(stored?.sealed?.keyId);

      await openAsANewTab(change === 'changed' ? SECOND : null);
      await expect(getEntry(damagedId)).rejects.toMatchObject({ code: 'damaged' });
      expect((await listAllLiveEntries()).map((entry) => entry.text).sort()).toEqual(['first words', 'third words']);
      // Search reads every live entry: it skips the one nobody can open.
      expect((await listAllLiveEntries()).map((entry) => entry.text).sort()).toEqual(['first words', 'third words']);

      // History lists it, as one that can't be opened, beside the others.
      const page = await listLatestDays(60);
      expect(page.entries.map((entry) => entry.text).sort()).toEqual(['first words', 'third words']);
      expect(page.unopenable.map((record) => record.id)).toEqual([damagedId]);
      expect((await listRunsForHistory()).runs.map((run) => run.belief)).toEqual(['a belief']);

      // A backup can always be made; it says how many records it could not carry.
      let leftOut = 0;
      const backup = await exportBackup('test', new Date(), (count) => (leftOut += count));
      expect(backup.tables.entries.map((entry) => (entry as { text: string }).text).sort()).toEqual([
        'first words',
        'third words',
      ]);
      expect(backup.tables.runs).toHaveLength(1);
      expect(leftOut).toBe(1);
    });
  }

  it('is not mistaken for damage when this tab merely missed a passphrase change made elsewhere', async () => {
    const { entries } = await journalWithOneDamagedEntry();
    const before = await database().lock.get('lock');
    await changePassphrase(FIRST, SECOND, undefined, FAST);
    // As a tab that missed the change would be: unlocked, holding only the key just retired.
    setUnlocked(new Map(), before?.keyIds[0] ?? null);
    await expect(getEntry(entries[0]!.id)).rejects.toMatchObject({ code: 'locked' });
    await expect(listAllLiveEntries()).rejects.toMatchObject({ code: 'locked' });
  });
});
